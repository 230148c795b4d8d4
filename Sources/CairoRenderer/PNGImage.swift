import CCairo

/// A decoded raster image: straight (non-premultiplied) RGBA bytes, row by row, four per pixel.
///
/// Decoding and encoding go through cairo's PNG reader and writer, so an image read from a figure and
/// written back has exactly the pixels cairo drew.
public struct PNGImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var rgba: [UInt8]

    /// An image of `width × height` pixels, all `fill` (straight RGBA, default transparent black).
    public init(width: Int, height: Int, fill: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)) {
        self.width = width
        self.height = height
        rgba = [UInt8](repeating: 0, count: width * height * 4)
        if fill != (0, 0, 0, 0) {
            for i in stride(from: 0, to: rgba.count, by: 4) {
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = fill
            }
        }
    }

    public init(width: Int, height: Int, rgba: [UInt8]) {
        precondition(rgba.count == width * height * 4, "PNGImage: \(rgba.count) bytes for \(width) × \(height) pixels")
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// The four channels of pixel (x, y).
    public func pixel(_ x: Int, _ y: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        let i = (y * width + x) * 4
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
    }

    /// Decodes PNG bytes with cairo (`cairo_image_surface_create_from_png_stream` + `get_data`).
    public init(png bytes: [UInt8]) throws {
        let reader = PNGByteReader(bytes: bytes)
        let surface = cairo_image_surface_create_from_png_stream(readPNGBytes, Unmanaged.passUnretained(reader).toOpaque())!
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "cannot decode PNG (\(bytes.count) bytes): cairo: " + String(cString: cairo_status_to_string(status)))
        }
        self = try PNGImage(surface: surface)
    }

    /// The pixels of a cairo image surface (ARGB32 or RGB24), un-premultiplied.
    init(surface: OpaquePointer) throws {
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else {
            throw RenderError(description: "unsupported cairo image format \(format.rawValue)")
        }
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var rgba = [UInt8](repeating: 0, count: w * h * 4)
        if w > 0, h > 0, let data = cairo_image_surface_get_data(surface) {
            let opaque = format == CAIRO_FORMAT_RGB24
            for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<w {
                    let word = row[x]
                    let a = opaque ? 255 : Int(word >> 24)
                    let i = (y * w + x) * 4
                    if a == 255 {
                        rgba[i] = UInt8((word >> 16) & 0xFF)
                        rgba[i + 1] = UInt8((word >> 8) & 0xFF)
                        rgba[i + 2] = UInt8(word & 0xFF)
                    } else if a > 0 {
                        rgba[i] = UInt8(min(255, (Int((word >> 16) & 0xFF) * 255 + a / 2) / a))
                        rgba[i + 1] = UInt8(min(255, (Int((word >> 8) & 0xFF) * 255 + a / 2) / a))
                        rgba[i + 2] = UInt8(min(255, (Int(word & 0xFF) * 255 + a / 2) / a))
                    }
                    rgba[i + 3] = UInt8(a)
                }
            }
        }
        self.init(width: w, height: h, rgba: rgba)
    }

    /// A new ARGB32 cairo surface holding these pixels (premultiplied); the caller destroys it.
    func makeSurface() -> OpaquePointer {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if width > 0, height > 0, let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let i = (y * width + x) * 4
                    let a = UInt32(rgba[i + 3])
                    func premultiplied(_ c: UInt8) -> UInt32 { (UInt32(c) * a + 127) / 255 }
                    row[x] = (a << 24) | (premultiplied(rgba[i]) << 16) | (premultiplied(rgba[i + 1]) << 8) | premultiplied(rgba[i + 2])
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    /// Encodes the image as PNG bytes with cairo's PNG writer.
    public func pngBytes() throws -> [UInt8] {
        let surface = makeSurface()
        defer { cairo_surface_destroy(surface) }
        return try encodePNG(surface)
    }

    /// Encodes the image as PNG bytes with `writer` (libpng's also records `dpi` in a `pHYs` chunk).
    public func pngBytes(writer: PNGWriter, dpi: Double = 100) throws -> [UInt8] {
        let surface = makeSurface()
        defer { cairo_surface_destroy(surface) }
        return try PNGEncoder.encode(surface, dpi: dpi, writer: writer)
    }
}

/// Encodes an image surface as PNG bytes with cairo's writer.
func encodePNG(_ surface: OpaquePointer) throws -> [UInt8] {
    let sink = ByteSink()
    let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }, Unmanaged.passUnretained(sink).toOpaque())
    guard status == CAIRO_STATUS_SUCCESS else {
        throw RenderError(description: "cannot encode PNG: cairo: " + String(cString: cairo_status_to_string(status)))
    }
    return sink.bytes
}

/// The byte source of `cairo_image_surface_create_from_png_stream`.
private final class PNGByteReader {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
}

private let readPNGBytes: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let reader = Unmanaged<PNGByteReader>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    reader.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + reader.offset, count: count) }
    reader.offset += count
    return CAIRO_STATUS_SUCCESS
}
