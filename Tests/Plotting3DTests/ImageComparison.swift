import CCairo
import Foundation

/// Golden-image comparison as matplotlib's `testing/compare.py` does it: the RMS of the channel
/// differences on the 0–255 scale, with a tolerance; failures leave actual / expected / diff side by side.
enum ImageComparison {
    struct Pixels {
        var width: Int
        var height: Int
        /// ARGB32 words as cairo stores them (premultiplied), row by row.
        var words: [UInt32]
    }

    /// Decodes PNG bytes with cairo.
    static func decode(png bytes: [UInt8]) -> Pixels? {
        let path = NSTemporaryDirectory() + "plotting3d-decode-\(UUID().uuidString).png"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return decode(file: path)
    }

    static func decode(file path: String) -> Pixels? {
        guard let surface = cairo_image_surface_create_from_png(path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var words = [UInt32](repeating: 0, count: w * h)
        for row in 0..<h {
            let base = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for col in 0..<w { words[row * w + col] = base[col] }
        }
        return Pixels(width: w, height: h, words: words)
    }

    /// RMS over all channels (r, g, b, a) on the 0–255 scale; nil when the sizes differ.
    static func rms(_ a: Pixels, _ b: Pixels) -> Double? {
        guard a.width == b.width, a.height == b.height else { return nil }
        var sum = 0.0
        for (p, q) in zip(a.words, b.words) {
            for shift in stride(from: 0, to: 32, by: 8) {
                let d = Double(Int((p >> UInt32(shift)) & 0xFF) - Int((q >> UInt32(shift)) & 0xFF))
                sum += d * d
            }
        }
        return (sum / Double(a.words.count * 4)).squareRoot()
    }

    /// Writes actual | expected | |difference|×4 side by side as one PNG; returns its path.
    static func writeSideBySide(actual: Pixels, expected: Pixels, name: String) -> String {
        let w = max(actual.width, expected.width), h = max(actual.height, expected.height)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(3 * w), Int32(h))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        func put(_ x: Int, _ y: Int, _ word: UInt32) {
            UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)[x] = word
        }
        for y in 0..<h {
            for x in 0..<w {
                let a = (x < actual.width && y < actual.height) ? actual.words[y * actual.width + x] : 0xFF00_0000
                let e = (x < expected.width && y < expected.height) ? expected.words[y * expected.width + x] : 0xFF00_0000
                put(x, y, a)
                put(w + x, y, e)
                var diff: UInt32 = 0xFF00_0000
                for shift: UInt32 in [0, 8, 16] {
                    let d = abs(Int((a >> shift) & 0xFF) - Int((e >> shift) & 0xFF))
                    diff |= UInt32(min(255, 4 * d)) << shift
                }
                put(2 * w + x, y, diff)
            }
        }
        cairo_surface_mark_dirty(surface)
        let directory = NSTemporaryDirectory() + "plotting3d-failures"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/\(name)-actual-expected-diff.png"
        cairo_surface_write_to_png(surface, path)
        return path
    }
}
