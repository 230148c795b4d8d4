import CCairo
import Plotting

/// Sets the font options that make cairo's output byte-identical from run to run: grey antialiasing,
/// no hinting, no hinted metrics.
func applyDeterministicFontOptions(_ cr: OpaquePointer) {
    let options = cairo_font_options_create()
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_set_font_options(cr, options)
    cairo_font_options_destroy(options)
}

/// Selects `font` on `cr` through cairo's toy text API.
func select(_ font: FontSpec, on cr: OpaquePointer) {
    cairo_select_font_face(cr, font.family, font.italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                           font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
    cairo_set_font_size(cr, font.sizePixels)
}

/// Appends `path` to the current cairo path.
func append(_ path: Path, to cr: OpaquePointer) {
    cairo_new_path(cr)
    for element in path.elements {
        switch element {
        case let .move(p): cairo_move_to(cr, p.x, p.y)
        case let .line(p): cairo_line_to(cr, p.x, p.y)
        case let .curve(a, b, c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
        case let .arc(center, r, s, t): cairo_arc(cr, center.x, center.y, r, s, t)
        case .close: cairo_close_path(cr)
        }
    }
}

func setColor(_ c: Color, on cr: OpaquePointer) {
    cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
}
