import CCairo
import Plotting

/// How two raster images differ, in the units of matplotlib's `compare_images`: channel values on the
/// 0–255 scale, over the union of both canvases (a pixel one image lacks counts as transparent black).
public struct PixelMetrics: Sendable, Equatable, Codable {
    public var widthBefore: Int
    public var heightBefore: Int
    public var widthAfter: Int
    public var heightAfter: Int
    /// √(Σ (a − b)² / n) over the R, G, B and A channels of every pixel.
    public var rms: Double
    /// Pixels where any channel differs.
    public var changedPixels: Int
    /// Pixels of the union canvas.
    public var totalPixels: Int
    /// The largest |a − b| of any channel of any pixel.
    public var maxChannelDifference: Int

    public var sizeChanged: Bool { widthBefore != widthAfter || heightBefore != heightAfter }
    /// `changedPixels / totalPixels`, in [0, 1].
    public var changedFraction: Double { totalPixels == 0 ? 0 : Double(changedPixels) / Double(totalPixels) }
    public var identical: Bool { !sizeChanged && changedPixels == 0 }
}

/// Pixel comparison of two images and the pictures that show it: a colour-mapped difference map and the
/// `before | after | difference` strip.
public enum ImageDiff {
    /// The metrics of `before` against `after`.
    public static func metrics(_ before: PNGImage, _ after: PNGImage) -> PixelMetrics {
        let w = max(before.width, after.width), h = max(before.height, after.height)
        var sum = 0.0, changed = 0, largest = 0
        forEachPixel(before, after, width: w, height: h) { _, _, p, q in
            var pixelLargest = 0
            for k in 0..<4 {
                let d = abs(Int(p[k]) - Int(q[k]))
                sum += Double(d * d)
                pixelLargest = max(pixelLargest, d)
            }
            if pixelLargest > 0 { changed += 1 }
            largest = max(largest, pixelLargest)
        }
        let n = w * h
        return PixelMetrics(widthBefore: before.width, heightBefore: before.height, widthAfter: after.width, heightAfter: after.height,
                            rms: n == 0 ? 0 : (sum / Double(4 * n)).squareRoot(), changedPixels: changed, totalPixels: n,
                            maxChannelDifference: largest)
    }

    /// The difference map: unchanged pixels as a dark grey ghost of `after` (for orientation), changed
    /// pixels in the inferno colour map, amplified so that the largest difference is the brightest colour
    /// and even a one-level difference stands out (t = 0.3 + 0.7 · d / d_max, d = largest channel difference
    /// of the pixel). Returns the map and the amplification 255 / d_max.
    public static func differenceMap(_ before: PNGImage, _ after: PNGImage) -> (image: PNGImage, gain: Double) {
        let w = max(before.width, after.width), h = max(before.height, after.height)
        var largest = 0
        forEachPixel(before, after, width: w, height: h) { _, _, p, q in
            for k in 0..<4 { largest = max(largest, abs(Int(p[k]) - Int(q[k]))) }
        }
        let palette = (0..<256).map { ColorMap.named("inferno")!.color(atFraction: 0.3 + 0.7 * Double($0) / 255) }
        var map = PNGImage(width: w, height: h)
        forEachPixel(before, after, width: w, height: h) { x, y, p, q in
            var d = 0
            for k in 0..<4 { d = max(d, abs(Int(p[k]) - Int(q[k]))) }
            let i = (y * w + x) * 4
            if d == 0 {
                // Luminance of the pixel composited on white, squeezed into dark greys 24…84.
                let a = Double(q[3]) / 255
                let luminance = (0.299 * Double(q[0]) + 0.587 * Double(q[1]) + 0.114 * Double(q[2])) * a + 255 * (1 - a)
                let grey = UInt8(24 + (luminance * 60 / 255).rounded())
                (map.rgba[i], map.rgba[i + 1], map.rgba[i + 2]) = (grey, grey, grey)
            } else {
                let c = palette[min(255, d * 255 / max(1, largest))]
                map.rgba[i] = UInt8((c.red * 255).rounded())
                map.rgba[i + 1] = UInt8((c.green * 255).rounded())
                map.rgba[i + 2] = UInt8((c.blue * 255).rounded())
            }
            map.rgba[i + 3] = 255
        }
        return (map, largest == 0 ? 1 : 255 / Double(largest))
    }

    /// `before | after | difference` side by side on a light grey strip, each panel captioned, as PNG bytes
    /// written by cairo's PNG writer.
    public static func sideBySidePNG(_ before: PNGImage, _ after: PNGImage) throws -> [UInt8] {
        let (difference, gain) = differenceMap(before, after)
        let panels = [(before, "before"), (after, "after"), (difference, "difference (amplified ×\(Int(gain.rounded())); dark = small, yellow = largest)")]
        let gap = 12.0, header = 30.0
        let panelWidth = Double(max(before.width, after.width, 1)), panelHeight = Double(max(before.height, after.height, 1))
        let width = Int(3 * panelWidth + 4 * gap), height = Int(panelHeight + header + gap)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        applyDeterministicFontOptions(cr)
        cairo_set_source_rgb(cr, 0.91, 0.91, 0.91)
        cairo_paint(cr)
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(cr, 16)
        for (index, (image, caption)) in panels.enumerated() {
            let x = gap + Double(index) * (panelWidth + gap)
            cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)
            cairo_move_to(cr, x, header - 9)
            cairo_show_text(cr, caption)
            cairo_new_path(cr)
            // A checkerboard under each panel shows transparency and the area an image does not cover.
            cairo_rectangle(cr, x, header, panelWidth, panelHeight)
            cairo_set_source_rgb(cr, 0.8, 0.8, 0.8)
            cairo_fill(cr)
            let bitmap = image.makeSurface()
            cairo_set_source_surface(cr, bitmap, x, header)
            cairo_paint(cr)
            cairo_surface_destroy(bitmap)
        }
        let status = cairo_status(cr)
        cairo_destroy(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "cannot compose the side-by-side image: cairo: " + String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(surface)
        return try encodePNG(surface)
    }

    /// Calls `body(x, y, before pixel, after pixel)` over the `width × height` union canvas; a pixel outside
    /// an image is transparent black.
    static func forEachPixel(_ before: PNGImage, _ after: PNGImage, width: Int, height: Int,
                             _ body: (Int, Int, SIMD4<UInt8>, SIMD4<UInt8>) -> Void) {
        func pixel(_ image: PNGImage, _ x: Int, _ y: Int) -> SIMD4<UInt8> {
            guard x < image.width, y < image.height else { return .zero }
            let i = (y * image.width + x) * 4
            return SIMD4(image.rgba[i], image.rgba[i + 1], image.rgba[i + 2], image.rgba[i + 3])
        }
        for y in 0..<height {
            for x in 0..<width { body(x, y, pixel(before, x, y), pixel(after, x, y)) }
        }
    }
}
