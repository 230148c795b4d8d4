/// Lays out labels with the project's TeX subset (see `MathParser`), choosing the font per glyph run:
/// italic Greek and bold italic letters from the math symbol family as TeX's math letters (`MathAlphabet`);
/// otherwise the theme's serif (Computer Modern) when it has the glyphs, else its upright face, else the math
/// symbol family (Latin Modern Math: ≥, ∞, ′ in the Computer Modern design), else the fallback.
public struct MathLayout: Sendable {
    public var metrics: any TextMeasuring
    public var family: String
    public var fallbackFamily: String
    /// The family for symbols the serif lacks, before the fallback.
    public var symbolFamily: String?
    /// The family of `\mathsf` / `\textsf` parts.
    public var sansFamily: String
    /// The family of light slide words (titles).
    public var lightSansFamily: String = "CMU Bright"
    /// Every text size is multiplied by this (a style sheet's `fontScale`).
    public var sizeScale: Double = 1
    /// The face of upright, regular serif text (digits, signs, words) instead of `family`'s regular, when it has
    /// the glyphs; italic, bold, sans and math-font text keep theirs. A style sheet's `tickLabelFace` (see
    /// `withUprightFace`).
    public var uprightFace: TextFace?

    /// What a part of a label inherits from its enclosing groups.
    struct RunStyle {
        var color: Color?
        var sans = false
    }

    /// Script size relative to the base size (TeX's \scriptstyle ≈ 0.7).
    static let scriptScale = 0.7

    public init(metrics: any TextMeasuring, family: String, fallbackFamily: String, symbolFamily: String? = nil,
                sansFamily: String = "CMU Sans Serif") {
        self.metrics = metrics
        self.family = family
        self.fallbackFamily = fallbackFamily
        self.symbolFamily = symbolFamily
        self.sansFamily = sansFamily
    }

    public init(metrics: any TextMeasuring, theme: Theme) {
        self.init(metrics: metrics, family: theme.serifFamily, fallbackFamily: theme.fallbackFamily,
                  symbolFamily: theme.symbolFamily, sansFamily: theme.sansFamily)
        lightSansFamily = theme.lightSansFamily
        sizeScale = theme.fontScale
    }

    /// This layout with upright regular text in `face` (nil: unchanged).
    public func withUprightFace(_ face: TextFace?) -> MathLayout {
        guard let face else { return self }
        var copy = self
        copy.uprightFace = face
        return copy
    }

    /// Lays out `text` at `sizePixels`.
    public func layout(_ text: String, sizePixels: Double) -> TextLayout {
        layout(MathParser.parse(text), size: sizePixels * sizeScale)
    }

    /// `inScript`: TeX drops the space around relations and binary operators in script style
    /// (`|_{y_1=0}` sets "y₁=0" tight), so the parser's spaced operators lose their spaces there.
    func layout(_ node: MathNode, size: Double, inScript: Bool = false, style: RunStyle = RunStyle()) -> TextLayout {
        switch node {
        case let .glyphs(text, italic, bold):
            return glyphs(text, italic: italic, bold: bold, size: size, style: style)
        case let .colored(color, inner):
            var inner_ = style
            inner_.color = color
            return layout(inner, size: size, inScript: inScript, style: inner_)
        case let .sans(inner):
            var inner_ = style
            inner_.sans = true
            return layout(inner, size: size, inScript: inScript, style: inner_)
        case let .space(em):
            return TextLayout(width: em * size)
        case let .row(nodes):
            if inScript, nodes.count == 3, case .space = nodes[0], case .glyphs = nodes[1], case .space = nodes[2] {
                return layout(nodes[1], size: size, inScript: true, style: style)
            }
            return row(nodes.map { layout($0, size: size, inScript: inScript, style: style) })
        case let .scripts(base, sub, sup):
            return scripts(layout(base, size: size, inScript: inScript, style: style),
                           sub: sub.map { layout($0, size: size * Self.scriptScale, inScript: true, style: style) },
                           sup: sup.map { layout($0, size: size * Self.scriptScale, inScript: true, style: style) }, size: size,
                           baseIsItalic: Self.endsItalic(base))
        case let .accent(accent, base):
            return accented(layout(base, size: size, inScript: inScript, style: style), accent: accent, size: size,
                            italic: Self.endsItalic(base), bold: Self.isBold(base), style: style)
        }
    }

    func font(italic: Bool, bold: Bool, size: Double, for text: String, sans: Bool = false) -> FontSpec {
        // A letter written as a mathematical alphanumeric symbol (𝜃, 𝒰) is the math font's, as a mapped one is:
        // a text face that also has the code point may draw it in another shape (CMU Serif's 𝜃 is upright).
        if !sans, let symbolFamily, MathAlphabet.isMathLetter(text) {
            let symbol = FontSpec(family: symbolFamily, sizePixels: size)
            if metrics.hasGlyphs(for: text, font: symbol) { return symbol }
        }
        if let face = uprightFace, !italic, !bold, !sans {
            let upright = FontSpec(family: face.family, bold: face.bold, sizePixels: size)
            if metrics.hasGlyphs(for: text, font: upright) { return upright }
        }
        let preferred = FontSpec(family: sans ? sansFamily : family, italic: italic, bold: bold, sizePixels: size)
        if metrics.hasGlyphs(for: text, font: preferred) { return preferred }
        let upright = FontSpec(family: preferred.family, italic: false, bold: bold, sizePixels: size)
        if italic, metrics.hasGlyphs(for: text, font: upright) { return upright }
        if !sans, let symbolFamily {
            // The math font has one (regular) face: bold symbols keep their Computer Modern shape (and are overprinted).
            let symbol = FontSpec(family: symbolFamily, sizePixels: size)
            if metrics.hasGlyphs(for: text, font: symbol) { return symbol }
        }
        return FontSpec(family: fallbackFamily, italic: italic, bold: bold, sizePixels: size)
    }

    /// How far amsmath's `\pmb` ("poor man's bold") spreads its overprinted copies, in em: bold symbols the math
    /// font has no bold face for (the prime of **y′**, ∞) are drawn three times across this width, which thickens
    /// the strokes as TeX's bold symbol font does (the slide's **y′** has a wedge prime as heavy as the letter).
    static let poorBoldSpread = 0.05

    private func glyphs(_ text: String, italic: Bool, bold: Bool, size: Double, style: RunStyle) -> TextLayout {
        // Split into runs that one font can draw (e.g. "F∞": F in italic CM, ∞ from the symbol family).
        var runs: [(text: String, font: FontSpec, overprint: Bool)] = []
        for character in text {
            var s = String(character)
            var f: FontSpec
            var mapped = false
            if italic, !style.sans, let letter = mathLetter(character, bold: bold, size: size) {
                (s, f) = letter
                mapped = true
            } else {
                f = font(italic: italic && !style.sans, bold: bold, size: size, for: s, sans: style.sans)
            }
            // A bold symbol that only the (one-weight) math font has: overprinted, as \boldsymbol falls back to \pmb.
            let overprint = bold && !mapped && !f.bold && f.family == symbolFamily
            if let last = runs.last, last.font == f, last.overprint == overprint {
                runs[runs.count - 1].text += s
            } else {
                runs.append((s, f, overprint))
            }
        }
        return row(runs.map { run in
            if run.text == " " { return TextLayout(width: 0.33 * size) }
            let e = metrics.extents(of: run.text, font: run.font)
            guard run.overprint else {
                return TextLayout(items: [.glyphs(run.text, font: run.font, offset: Point(0, 0), color: style.color)],
                                  width: e.advance, ascent: e.ascent, descent: e.descent)
            }
            // Copies either side of the glyph's place, as \pmb spreads them (the box grows by the right-hand half).
            let spread = Self.poorBoldSpread * size
            return TextLayout(items: [-0.5, 0, 0.5].map { .glyphs(run.text, font: run.font, offset: Point($0 * spread, 0), color: style.color) },
                              width: e.advance + spread / 2, ascent: e.ascent, descent: e.descent)
        })
    }

    /// The math font's letter for an italic `character` (see `MathAlphabet`), when there is a math font that has it.
    private func mathLetter(_ character: Character, bold: Bool, size: Double) -> (String, FontSpec)? {
        guard let symbolFamily, let letter = MathAlphabet.italic(character, bold: bold) else { return nil }
        let font = FontSpec(family: symbolFamily, sizePixels: size)
        return metrics.hasGlyphs(for: String(letter), font: font) ? (String(letter), font) : nil
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

    private func accented(_ base: TextLayout, accent: MathAccent, size: Double, italic: Bool, bold: Bool,
                          style: RunStyle) -> TextLayout {
        // The accent is centred over the ink, nudged right for italic letters (TeX's skew).
        let skew = italic ? 0.1 * base.ascent : 0
        let cx = base.width / 2 + skew
        if let glyph = accent.glyph {
            // TeX's \tilde and \check are the font's own accent glyphs (narrow, fixed width), not drawn curves: set
            // the serif's spacing accent centred over the base, raised by how much the base outgrows the x-height.
            let font = FontSpec(family: family, italic: italic, bold: bold, sizePixels: size)
            if metrics.hasGlyphs(for: glyph, font: font) {
                let e = metrics.extents(of: glyph, font: font)
                let xHeight = metrics.extents(of: "x", font: font).ascent
                let raise = max(0, base.ascent - xHeight)
                var result = base
                result.items.append(.glyphs(glyph, font: font, offset: Point(cx - e.advance / 2, -raise), color: style.color))
                result.ascent = max(base.ascent, e.ascent + raise)
                return result
            }
        }
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
        result.items.append(.stroke(path, widthPixels: 0.055 * size, color: style.color))
        result.ascent = max(base.ascent, -bottom + 1.5 * h)
        return result
    }

    static func shift(_ item: TextLayout.Item, by d: Point) -> TextLayout.Item {
        switch item {
        case let .glyphs(text, font, offset, color): return .glyphs(text, font: font, offset: offset + d, color: color)
        case let .stroke(path, width, color): return .stroke(path.translated(by: d), widthPixels: width, color: color)
        }
    }

    static func isBold(_ node: MathNode) -> Bool {
        switch node {
        case let .glyphs(_, _, bold): return bold
        case .space: return false
        case let .scripts(base, _, _), let .accent(_, base), let .colored(_, base), let .sans(base): return isBold(base)
        case let .row(nodes): return nodes.contains { isBold($0) }
        }
    }

    static func endsItalic(_ node: MathNode) -> Bool {
        switch node {
        case let .glyphs(_, italic, _): return italic
        case .space: return false
        case let .scripts(base, _, _): return endsItalic(base)
        case let .accent(_, base): return endsItalic(base)
        case let .colored(_, inner): return endsItalic(inner)
        case .sans: return false
        case let .row(nodes): return nodes.last.map(endsItalic) ?? false
        }
    }
}
