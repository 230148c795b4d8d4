import CCairo
import Foundation

/// Pixel comparison as matplotlib's `testing/compare.py` does it: decode both PNGs, take the RMS of the
/// channel differences on the 0–255 scale and compare it with a tolerance.
enum ImageComparison {
    /// A decoded image: straight-alpha RGBA bytes, row by row.
    struct Pixels {
        var width: Int
        var height: Int
        var rgba: [UInt8]
    }

    /// Decodes PNG bytes with cairo (`cairo_image_surface_create_from_png_stream` + `get_data`).
    static func decode(png bytes: [UInt8]) -> Pixels? {
        let reader = Reader(bytes: bytes)
        let surface = cairo_image_surface_create_from_png_stream(readFromReader, Unmanaged.passUnretained(reader).toOpaque())
        guard let surface else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        return pixels(of: surface)
    }

    /// The pixels of an image surface, un-premultiplied to straight RGBA.
    static func pixels(of surface: OpaquePointer) -> Pixels? {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        rgba.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let word = row[x]
                    let a = opaque ? 255 : Int(word >> 24)
                    let i = (y * width + x) * 4
                    // Un-premultiply: c_straight = c·255/a, rounded.
                    out[i] = a == 0 ? 0 : UInt8(min(255, (Int((word >> 16) & 0xFF) * 255 + a / 2) / a))
                    out[i + 1] = a == 0 ? 0 : UInt8(min(255, (Int((word >> 8) & 0xFF) * 255 + a / 2) / a))
                    out[i + 2] = a == 0 ? 0 : UInt8(min(255, (Int(word & 0xFF) * 255 + a / 2) / a))
                    out[i + 3] = UInt8(a)
                }
            }
        }
        return Pixels(width: width, height: height, rgba: rgba)
    }

    /// RMS of the differences over R, G, B and A on the 0–255 scale; nil when the sizes differ.
    static func rms(_ a: Pixels, _ b: Pixels) -> Double? {
        guard a.width == b.width, a.height == b.height else { return nil }
        var sum = 0
        a.rgba.withUnsafeBufferPointer { p in
            b.rgba.withUnsafeBufferPointer { q in
                for i in 0..<p.count {
                    let d = Int(p[i]) - Int(q[i])
                    sum += d * d
                }
            }
        }
        return (Double(sum) / Double(max(1, a.rgba.count))).squareRoot()
    }

    /// The image averaged over `factor × factor` blocks: a blur that keeps shapes and colours but
    /// forgives the sub-pixel antialiasing differences between two rasterisers.
    static func downsampled(_ p: Pixels, by factor: Int) -> Pixels {
        let w = p.width / factor, h = p.height / factor
        var rgba = [UInt8](repeating: 0, count: w * h * 4)
        p.rgba.withUnsafeBufferPointer { source in
            for y in 0..<h {
                for x in 0..<w {
                    var sums = [0, 0, 0, 0]
                    for dy in 0..<factor {
                        let row = ((y * factor + dy) * p.width + x * factor) * 4
                        for dx in 0..<factor {
                            for k in 0..<4 { sums[k] += Int(source[row + dx * 4 + k]) }
                        }
                    }
                    for k in 0..<4 { rgba[(y * w + x) * 4 + k] = UInt8(sums[k] / (factor * factor)) }
                }
            }
        }
        return Pixels(width: w, height: h, rgba: rgba)
    }

    /// Writes actual | expected | difference (×4, on black) side by side as one PNG in a temporary
    /// directory and returns its path.
    static func writeSideBySide(actual: Pixels, expected: Pixels, name: String) -> String {
        let w = max(actual.width, expected.width), h = max(actual.height, expected.height)
        func pixel(_ p: Pixels, _ x: Int, _ y: Int) -> [Int] {
            guard x < p.width, y < p.height else { return [0, 0, 0, 255] }
            let i = (y * p.width + x) * 4
            return p.rgba[i..<(i + 4)].map(Int.init)
        }
        var rgba = [UInt8](repeating: 0, count: 3 * w * h * 4)
        for y in 0..<h {
            for x in 0..<w {
                let a = pixel(actual, x, y), e = pixel(expected, x, y)
                let diff = (0..<3).map { min(255, 4 * abs(a[$0] - e[$0])) } + [255]
                for (panel, value) in [a, e, diff].enumerated() {
                    let i = (y * 3 * w + panel * w + x) * 4
                    for k in 0..<4 { rgba[i + k] = UInt8(value[k]) }
                }
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairo-renderer-tests").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/\(name)-actual-expected-diff.png"
        _ = writePNG(Pixels(width: 3 * w, height: h, rgba: rgba), to: path)
        return path
    }

    /// Encodes straight RGBA pixels as a PNG file with cairo.
    static func writePNG(_ p: Pixels, to path: String) -> Bool {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(p.width), Int32(p.height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for y in 0..<p.height {
            let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<p.width {
                let i = (y * p.width + x) * 4
                let a = UInt32(p.rgba[i + 3])
                func premultiplied(_ c: UInt8) -> UInt32 { (UInt32(c) * a + 127) / 255 }
                row[x] = (a << 24) | (premultiplied(p.rgba[i]) << 16) | (premultiplied(p.rgba[i + 1]) << 8) | premultiplied(p.rgba[i + 2])
            }
        }
        cairo_surface_mark_dirty(surface)
        return cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS
    }
}

/// The byte source of `cairo_image_surface_create_from_png_stream`.
private final class Reader {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
}

private let readFromReader: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    reader.bytes.withUnsafeBufferPointer { buffer in
        data.update(from: buffer.baseAddress! + reader.offset, count: count)
    }
    reader.offset += count
    return CAIRO_STATUS_SUCCESS
}
