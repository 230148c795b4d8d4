// Encodes a cairo image surface (native-endian premultiplied ARGB32) as a PNG with libpng, in memory.
// The pixels written are exactly those cairo's own writer produces (8-bit RGB when every pixel is opaque, 8-bit
// RGBA with un-premultiplied channels otherwise, a white bKGD), so a decoder sees the same image; the zlib level,
// strategy and row filter are the caller's. libpng reports errors by longjmp, which is why this lives in C.
#ifndef EBM_FIGURES_CPNG_SHIM_H
#define EBM_FIGURES_CPNG_SHIM_H

#include <png.h>
#include <zlib.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned char *bytes;
    size_t count;
    size_t capacity;
    int failed;
} ebm_png_buffer;

static inline void ebm_png_write_bytes(png_structp png, png_bytep data, size_t length) {
    ebm_png_buffer *out = (ebm_png_buffer *)png_get_io_ptr(png);
    if (out->failed) return;
    if (out->count + length > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 65536;
        while (capacity < out->count + length) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(out->bytes, capacity);
        if (!grown) { out->failed = 1; png_error(png, "out of memory"); return; }
        out->bytes = grown;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->count, data, length);
    out->count += length;
}

static inline void ebm_png_flush(png_structp png) { (void)png; }

static inline void ebm_png_error(png_structp png, png_const_charp message) {
    (void)message;
    png_longjmp(png, 1);
}

static inline void ebm_png_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

/// 1 when every pixel of the premultiplied ARGB32 rows has alpha 255.
static inline int ebm_png_is_opaque(const unsigned char *data, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < width; x++) if ((row[x] >> 24) != 0xff) return 0;
    }
    return 1;
}

/// Writes the PNG of `width × height` premultiplied ARGB32 pixels (`stride` bytes a row) into `out` (malloc'd; the
/// caller frees `out->bytes`). `level` is the zlib level (0…9), `strategy` the zlib strategy, `filters` libpng's
/// PNG_FILTER_* mask, `pixelsPerMetre` the pHYs value (0: no pHYs). Returns 0 on success.
static inline int ebm_png_encode(const unsigned char *data, int width, int height, int stride, int level, int strategy,
                                 int filters, unsigned int pixelsPerMetre, ebm_png_buffer *out) {
    out->bytes = NULL;
    out->count = 0;
    out->capacity = 0;
    out->failed = 0;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, ebm_png_error, ebm_png_warning);
    if (!png) return 1;
    png_infop info = png_create_info_struct(png);
    unsigned char *volatile row = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : NULL);
        free(row);
        free(out->bytes);
        out->bytes = NULL;
        out->count = 0;
        return 1;
    }
    int opaque = ebm_png_is_opaque(data, width, height, stride);
    int channels = opaque ? 3 : 4;
    png_set_write_fn(png, out, ebm_png_write_bytes, ebm_png_flush);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_set_compression_buffer_size(png, 65536);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_color_16 white;
    memset(&white, 0, sizeof white);
    white.red = white.green = white.blue = white.gray = 0xff;
    png_set_bKGD(png, info, &white);
    if (pixelsPerMetre > 0) png_set_pHYs(png, info, pixelsPerMetre, pixelsPerMetre, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    row = (unsigned char *)malloc((size_t)width * (size_t)channels + 1);
    if (!row) png_error(png, "out of memory");
    for (int y = 0; y < height; y++) {
        const uint32_t *pixels = (const uint32_t *)(data + (size_t)y * (size_t)stride);
        unsigned char *o = row;
        if (opaque) {
            for (int x = 0; x < width; x++) {
                uint32_t p = pixels[x];
                o[0] = (unsigned char)(p >> 16); o[1] = (unsigned char)(p >> 8); o[2] = (unsigned char)p;
                o += 3;
            }
        } else {
            // Cairo's un-premultiplication: c · 255 / α rounded, transparent pixels all zero.
            for (int x = 0; x < width; x++) {
                uint32_t p = pixels[x];
                uint32_t a = p >> 24;
                if (a == 0) {
                    o[0] = o[1] = o[2] = o[3] = 0;
                } else {
                    o[0] = (unsigned char)((((p >> 16) & 0xff) * 255 + a / 2) / a);
                    o[1] = (unsigned char)((((p >> 8) & 0xff) * 255 + a / 2) / a);
                    o[2] = (unsigned char)(((p & 0xff) * 255 + a / 2) / a);
                    o[3] = (unsigned char)a;
                }
                o += 4;
            }
        }
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    return out->failed;
}

#endif
