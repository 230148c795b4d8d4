import CCairo
import CPNG

/// How a PNG is encoded from the rendered image surface.
public enum PNGWriter: Sendable, Equatable {
    /// libpng directly, at the given zlib level (0…9), with one row filter (`PNGEncoder`).
    case libpng(level: Int32, filter: PNGRowFilter)
    /// cairo's own writer (`cairo_surface_write_to_png_stream`: zlib's default level 6, libpng's adaptive filter
    /// choice per row). Kept to compare against: same decoded pixels, several times slower.
    case cairo

    /// The figures' setting: zlib level 3, no row filter. Figures are mostly flat colour, which deflate's fast
    /// levels compress well unfiltered; on the shipped figures this gives files slightly smaller than cairo's writer
    /// at well under half its time (`ebm-figures bench` compares the two; README, Performance).
    public static let figures = PNGWriter.libpng(level: 3, filter: .none)
}

/// A PNG row filter (the PNG specification's filter types; libpng applies the one chosen to every row).
public enum PNGRowFilter: String, Sendable, CaseIterable {
    case none, sub, up, average, paeth

    var libpngMask: Int32 {
        switch self {
        case .none: return PNG_FILTER_NONE
        case .sub: return PNG_FILTER_SUB
        case .up: return PNG_FILTER_UP
        case .average: return PNG_FILTER_AVG
        case .paeth: return PNG_FILTER_PAETH
        }
    }
}

/// Encodes a cairo ARGB32 image surface with libpng (through the CPNG shim, which owns libpng's longjmp error path).
/// The pixels written are cairo's writer's: RGB when every pixel is opaque, else un-premultiplied RGBA; a white
/// `bKGD`; a `pHYs` with the dpi in pixels per metre. The bytes depend only on the pixels and the settings.
enum PNGEncoder {
    /// The PNG of `surface` written by `writer` (cairo's writer adds no `pHYs`).
    static func encode(_ surface: OpaquePointer, dpi: Double, writer: PNGWriter) throws -> [UInt8] {
        switch writer {
        case let .libpng(level, filter): return try encode(surface, dpi: dpi, level: level, filter: filter)
        case .cairo: return try encodePNG(surface)
        }
    }

    static func encode(_ surface: OpaquePointer, dpi: Double, level: Int32, filter: PNGRowFilter) throws -> [UInt8] {
        cairo_surface_flush(surface)
        let width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface)
        let stride = cairo_image_surface_get_stride(surface)
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32, let data = cairo_image_surface_get_data(surface) else {
            throw RenderError(description: "libpng: the surface is not a \(width) × \(height) ARGB32 image")
        }
        var buffer = ebm_png_buffer()
        let status = ebm_png_encode(data, width, height, stride, level, Z_DEFAULT_STRATEGY, filter.libpngMask,
                                    pixelsPerMetre(dpi: dpi), &buffer)
        defer { free(buffer.bytes) }
        guard status == 0, let bytes = buffer.bytes else {
            throw RenderError(description: "libpng could not encode a \(width) × \(height) image")
        }
        return Array(UnsafeBufferPointer(start: bytes, count: buffer.count))
    }

    /// The `pHYs` value: dots per inch as pixels per metre (1 in = 0.0254 m), rounded; 100 dpi → 3937.
    static func pixelsPerMetre(dpi: Double) -> UInt32 { UInt32((dpi / 0.0254).rounded()) }
}
