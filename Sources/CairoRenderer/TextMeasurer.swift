import CCairo
import Plotting
import Synchronization

/// Text measurement through cairo's toy API on a private 1 × 1 surface, with the same font options the
/// renderer uses, so layout and drawing agree. Extents are in layout units (1/100 in). The runner lays figures out
/// at 100 dpi, so the layout does not depend on the dpi; `init(dpi:)` measures the glyphs as a canvas of that
/// dpi draws them (the font scaled by dpi/100, the extents scaled back), to check a layout at another dpi.
public final class CairoTextMeasurer: TextMeasuring, @unchecked Sendable {
    private let surface: OpaquePointer
    /// A cairo context is not thread-safe: each measurer owns one, reached only through the mutex.
    private let context: Mutex<OpaquePointer>

    public init(dpi: Double = 100) {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        let context = cairo_create(surface)!
        applyDeterministicFontOptions(context)
        if dpi != 100 { cairo_scale(context, dpi / 100, dpi / 100) }
        self.context = Mutex(context)
    }

    deinit {
        context.withLock { cairo_destroy($0) }
        cairo_surface_destroy(surface)
    }

    public func extents(of text: String, font: FontSpec) -> TextExtents {
        context.withLock { context in
            select(font, on: context)
            var e = cairo_text_extents_t()
            cairo_text_extents(context, text, &e)
            return TextExtents(advance: e.x_advance, ascent: max(0, -e.y_bearing), descent: max(0, e.height + e.y_bearing))
        }
    }

    public func hasGlyphs(for text: String, font: FontSpec) -> Bool {
        context.withLock { context in
            select(font, on: context)
            guard let scaled = cairo_get_scaled_font(context) else { return false }
            var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
            var count: Int32 = 0
            let status = cairo_scaled_font_text_to_glyphs(scaled, 0, 0, text, -1, &glyphs, &count, nil, nil, nil)
            defer { if glyphs != nil { cairo_glyph_free(glyphs) } }
            guard status == CAIRO_STATUS_SUCCESS, let glyphs else { return false }
            for i in 0..<Int(count) where glyphs[i].index == 0 { return false }
            return true
        }
    }
}
