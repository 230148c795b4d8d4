/// Lays out labels with the project's TeX subset (see `MathParser`), choosing the font per glyph run:
/// the theme's serif (Computer Modern) when it has the glyphs, else its upright face, else the fallback.
public struct MathLayout: Sendable {
    public var metrics: any TextMeasuring
    public var family: String
    public var fallbackFamily: String

    /// Script size relative to the base size (TeX's \scriptstyle ≈ 0.7).
    static let scriptScale = 0.7

    public init(metrics: any TextMeasuring, family: String, fallbackFamily: String) {
        self.metrics = metrics
        self.family = family
        self.fallbackFamily = fallbackFamily
    }

    public init(metrics: any TextMeasuring, theme: Theme) {
        self.init(metrics: metrics, family: theme.serifFamily, fallbackFamily: theme.fallbackFamily)
    }

    /// Lays out `text` at `sizePixels`.
    public func layout(_ text: String, sizePixels: Double) -> TextLayout {
        layout(MathParser.parse(text), size: sizePixels)
    }

    /// `inScript`: TeX drops the space around relations and binary operators in script style
    /// (`|_{y_1=0}` sets "y₁=0" tight), so the parser's spaced operators lose their spaces there.
    func layout(_ node: MathNode, size: Double, inScript: Bool = false) -> TextLayout {
        switch node {
        case let .glyphs(text, italic, bold):
            return glyphs(text, italic: italic, bold: bold, size: size)
        case let .space(em):
            return TextLayout(width: em * size)
        case let .row(nodes):
            if inScript, nodes.count == 3, case .space = nodes[0], case .glyphs = nodes[1], case .space = nodes[2] {
                return layout(nodes[1], size: size, inScript: true)
            }
            return row(nodes.map { layout($0, size: size, inScript: inScript) })
        case let .scripts(base, sub, sup):
            return scripts(layout(base, size: size, inScript: inScript),
                           sub: sub.map { layout($0, size: size * Self.scriptScale, inScript: true) },
                           sup: sup.map { layout($0, size: size * Self.scriptScale, inScript: true) }, size: size,
                           baseIsItalic: Self.endsItalic(base))
        case let .accent(accent, base):
            return accented(layout(base, size: size, inScript: inScript), accent: accent, size: size, italic: Self.endsItalic(base))
        }
    }

    func font(italic: Bool, bold: Bool, size: Double, for text: String) -> FontSpec {
        let preferred = FontSpec(family: family, italic: italic, bold: bold, sizePixels: size)
        if metrics.hasGlyphs(for: text, font: preferred) { return preferred }
        let upright = FontSpec(family: family, italic: false, bold: bold, sizePixels: size)
        if italic, metrics.hasGlyphs(for: text, font: upright) { return upright }
        return FontSpec(family: fallbackFamily, italic: italic, bold: bold, sizePixels: size)
    }

    private func glyphs(_ text: String, italic: Bool, bold: Bool, size: Double) -> TextLayout {
        // Split into runs that one font can draw (e.g. "F∞": F in italic CM, ∞ in the fallback).
        var runs: [(String, FontSpec)] = []
        for character in text {
            let s = String(character)
            let f = font(italic: italic, bold: bold, size: size, for: s)
            if let last = runs.last, last.1 == f { runs[runs.count - 1].0 += s } else { runs.append((s, f)) }
        }
        return row(runs.map { run in
            if run.0 == " " { return TextLayout(width: 0.33 * size) }
            let e = metrics.extents(of: run.0, font: run.1)
            return TextLayout(items: [.glyphs(run.0, font: run.1, offset: Point(0, 0))],
                              width: e.advance, ascent: e.ascent, descent: e.descent)
        })
    }

    private func row(_ parts: [TextLayout]) -> TextLayout {
        var result = TextLayout()
        for part in parts {
            result.items += part.items.map { Self.shift($0, by: Point(result.width, 0)) }
            result.width += part.width
            result.ascent = max(result.ascent, part.ascent)
            result.descent = max(result.descent, part.descent)
        }
        return result
    }

    private func scripts(_ base: TextLayout, sub: TextLayout?, sup: TextLayout?, size: Double, baseIsItalic: Bool) -> TextLayout {
        var result = base
        var extra = 0.0
        if let sup {
            let rise = max(0.42 * size, base.ascent - 0.3 * size)
            let dx = base.width + (baseIsItalic ? 0.06 * size : 0.02 * size)
            result.items += sup.items.map { Self.shift($0, by: Point(dx, -rise)) }
            result.ascent = max(result.ascent, rise + sup.ascent)
            extra = max(extra, dx - base.width + sup.width)
        }
        if let sub {
            let drop = sup == nil ? 0.2 * size : 0.3 * size
            let dx = base.width - (baseIsItalic ? 0.04 * size : 0) + 0.02 * size
            result.items += sub.items.map { Self.shift($0, by: Point(dx, drop)) }
            result.descent = max(result.descent, drop + sub.descent)
            extra = max(extra, dx - base.width + sub.width)
        }
        result.width = base.width + extra + 0.03 * size
        return result
    }

    private func accented(_ base: TextLayout, accent: MathAccent, size: Double, italic: Bool) -> TextLayout {
        // The accent is centred over the ink, nudged right for italic letters (TeX's skew).
        let skew = italic ? 0.1 * base.ascent : 0
        let cx = base.width / 2 + skew
        let half = min(max(0.2 * size, base.width * 0.45), 0.3 * size)
        let bottom = -(base.ascent + 0.09 * size)
        let h = 0.1 * size
        var path = Path()
        switch accent {
        case .tilde:
            path.move(to: Point(cx - half, bottom - 0.2 * h))
            path.elements.append(.curve(Point(cx - half * 0.5, bottom - 1.5 * h), Point(cx - half * 0.1, bottom - 0.9 * h),
                                        Point(cx, bottom - 0.55 * h)))
            path.elements.append(.curve(Point(cx + half * 0.1, bottom - 0.2 * h), Point(cx + half * 0.5, bottom + 0.45 * h),
                                        Point(cx + half, bottom - 0.9 * h)))
        case .check:
            path = Path.polyline([Point(cx - half * 0.8, bottom - h), Point(cx, bottom), Point(cx + half * 0.8, bottom - h)])
        case .hat:
            path = Path.polyline([Point(cx - half * 0.8, bottom), Point(cx, bottom - h), Point(cx + half * 0.8, bottom)])
        case .bar:
            path = Path.polyline([Point(cx - half, bottom - 0.5 * h), Point(cx + half, bottom - 0.5 * h)])
        case .dot:
            path = Path.circle(center: Point(cx, bottom - 0.5 * h), radius: 0.04 * size)
        }
        var result = base
        result.items.append(.stroke(path, widthPixels: 0.055 * size))
        result.ascent = max(base.ascent, -bottom + 1.5 * h)
        return result
    }

    static func shift(_ item: TextLayout.Item, by d: Point) -> TextLayout.Item {
        switch item {
        case let .glyphs(text, font, offset): return .glyphs(text, font: font, offset: offset + d)
        case let .stroke(path, width): return .stroke(path.translated(by: d), widthPixels: width)
        }
    }

    static func endsItalic(_ node: MathNode) -> Bool {
        switch node {
        case let .glyphs(_, italic, _): return italic
        case .space: return false
        case let .scripts(base, _, _): return endsItalic(base)
        case let .accent(_, base): return endsItalic(base)
        case let .row(nodes): return nodes.last.map(endsItalic) ?? false
        }
    }
}
