/// A block of slide text built from labels: math labels, words in the sans-serif face, rows, stacked
/// lines, fractions and fences (brackets, parentheses) drawn at the height of what they enclose. It is
/// what a slide's title, formula column or grid formula is made of; `BlockLayout` measures and draws it.
public indirect enum MathBlock: Sendable, Equatable {
    /// A label in the project's TeX subset (`$\beta = 2$`) at `size` pixels; nil colour: the theme's foreground.
    case math(String, size: Double, color: Color? = nil)
    /// Plain words in the theme's sans-serif face (diagram words), or its light face (`light`: slide titles).
    case words(String, size: Double, color: Color? = nil, bold: Bool = false, light: Bool = false)
    /// Blocks side by side on one baseline, `gap` pixels apart.
    case row([MathBlock], gap: Double = 0)
    /// Blocks one under the other, `gap` pixels between ink boxes, aligned left, centre or right. With an
    /// `axis` font size the stack's middle sits on that size's math axis (a matrix's rows), otherwise the
    /// first line's baseline is the block's baseline (a column of formulas).
    case lines([MathBlock], gap: Double, align: TextAnchor.Horizontal = .left, axis: Double? = nil)
    /// A fraction: numerator over denominator with a bar, both centred; `size` sets the bar and the axis.
    case fraction(MathBlock, over: MathBlock, size: Double)
    /// `content` between two fences as tall as its ink; `size` sets their stroke and reach.
    case fenced(MathBlock, left: Fence, right: Fence, size: Double)
    /// `content` raised by `up` pixels (a superscript after a fence).
    case raised(MathBlock, up: Double)
    /// Empty space, `width` pixels wide.
    case space(Double)
    /// A drawn display-size integral sign for text of `size` pixels (fonts hold only the text-size ∫).
    case integral(size: Double)
    /// `content` drawn as it is but measured as reaching `ascent` pixels above its baseline and `descent` below (TeX's
    /// `\smash` with a strut): a fence around it spans that height rather than the content's ink.
    case strut(MathBlock, ascent: Double, descent: Double)
    /// `content` with a horizontal rule drawn through it (a crossed letter, as Computer Modern's calligraphic Z with
    /// its bar): `length` pixels long, centred on the content's width, `thickness` pixels thick, its middle `height`
    /// pixels above the baseline; nil colour: the block's colour. The rule is drawn over the content and changes no
    /// measurement.
    case ruled(MathBlock, length: Double, height: Double, thickness: Double, color: Color? = nil)
    /// `content` drawn as it is but measured as if its box were `horizontal` pixels narrower at each side, `top` pixels
    /// shorter above and `bottom` pixels shorter below (negative: wider, taller): a fence around it hugs it that much
    /// closer (or stands that much further off).
    case inset(MathBlock, horizontal: Double, top: Double, bottom: Double)
    /// `content` overprinted three times along its baseline, the copies spread over `spread` pixels: its vertical strokes
    /// thicken by that much, a weight between the face's regular and bold (a slide's heavier diagram words).
    case overprinted(MathBlock, spread: Double)

    /// A drawn delimiter.
    public enum Fence: Sendable, Equatable {
        /// "[" and "]".
        case openBracket, closeBracket
        /// "(" and ")".
        case openParenthesis, closeParenthesis
        case none
    }
}

/// A laid-out `MathBlock`: draw commands relative to its origin (left end of its baseline) and its ink box.
public struct BlockLayout: Sendable, Equatable {
    public var commands: [DrawCommand]
    public var width: Double
    /// Ink above the baseline (positive up) and below it (positive down).
    public var ascent: Double
    public var descent: Double

    public init(commands: [DrawCommand] = [], width: Double = 0, ascent: Double = 0, descent: Double = 0) {
        self.commands = commands
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Double { ascent + descent }

    /// The block's commands with its origin at `origin`.
    public func commands(at origin: Point) -> [DrawCommand] { commands.map { $0.translated(by: origin) } }

    /// The ink box when the origin is at `origin`.
    public func box(at origin: Point) -> Rect { Rect(x: origin.x, y: origin.y - ascent, width: width, height: height) }

    /// The origin that puts the block's box at `anchor` of `p`.
    public func origin(placing anchor: TextAnchor, at p: Point) -> Point {
        TextLayout(width: width, ascent: ascent, descent: descent).origin(placing: anchor, at: p)
    }
}

extension MathLayout {
    /// Lays out `block`, drawing uncoloured parts in `color`.
    public func layout(_ block: MathBlock, color: Color) -> BlockLayout {
        switch block {
        case let .math(text, size, c):
            let t = layout(text, sizePixels: size)
            return BlockLayout(commands: t.commands(at: Point(0, 0), color: c ?? color), width: t.width, ascent: t.ascent, descent: t.descent)
        case let .words(text, size, c, bold, light):
            let font = FontSpec(family: light ? lightSansFamily : sansFamily, bold: bold, sizePixels: size)
            let e = metrics.extents(of: text, font: font)
            return BlockLayout(commands: [.text(text, font: font, origin: Point(0, 0), color: c ?? color)], width: e.advance,
                               ascent: e.ascent, descent: e.descent)
        case let .row(parts, gap):
            var out = BlockLayout()
            for (k, part) in parts.enumerated() {
                let p = layout(part, color: color)
                let x = out.width + (k == 0 ? 0 : gap)
                out.commands += p.commands(at: Point(x, 0))
                out.width = x + p.width
                out.ascent = max(out.ascent, p.ascent)
                out.descent = max(out.descent, p.descent)
            }
            return out
        case let .lines(parts, gap, align, axis):
            let laid = parts.map { layout($0, color: color) }
            let width = laid.map(\.width).max() ?? 0
            var out = BlockLayout(width: width)
            var top = 0.0
            var baselines: [Double] = []
            for p in laid {
                baselines.append(top + p.ascent)
                top += p.height + gap
            }
            let total = max(0, top - gap)
            // Shift so that the first baseline (or the stack's middle, on the math axis) is at y = 0.
            let shift = axis.map { -(total / 2) - 0.25 * $0 } ?? -(baselines.first ?? 0)
            for (p, baseline) in zip(laid, baselines) {
                let x: Double
                switch align {
                case .left: x = 0
                case .center: x = (width - p.width) / 2
                case .right: x = width - p.width
                }
                out.commands += p.commands(at: Point(x, baseline + shift))
            }
            out.ascent = -shift
            out.descent = total + shift
            return out
        case let .fraction(numerator, denominator, size):
            let n = layout(numerator, color: color), d = layout(denominator, color: color)
            let rule = 0.05 * size, pad = 0.12 * size
            let width = max(n.width, d.width) + 0.2 * size
            let axis = 0.25 * size
            var out = BlockLayout(width: width)
            out.commands += n.commands(at: Point((width - n.width) / 2, -axis - rule / 2 - pad - n.descent))
            out.commands += d.commands(at: Point((width - d.width) / 2, -axis + rule / 2 + pad + d.ascent))
            out.commands.append(.fill(.rect(Rect(x: 0.05 * size, y: -axis - rule / 2, width: width - 0.1 * size, height: rule)), color))
            out.ascent = axis + rule / 2 + pad + n.height
            out.descent = -axis + rule / 2 + pad + d.height
            return out
        case let .fenced(content, left, right, size):
            let c = layout(content, color: color)
            let reach = 0.08 * size
            let top = -(c.ascent + reach), bottom = c.descent + reach
            let fenceWidth = 0.32 * size, stroke = 0.055 * size, gap = 0.08 * size
            var out = BlockLayout()
            out.commands += Self.fence(left, x: 0, width: fenceWidth, top: top, bottom: bottom, stroke: stroke, color: color)
            let leftWidth = left == .none ? 0 : fenceWidth + gap
            out.commands += c.commands(at: Point(leftWidth, 0))
            let x = leftWidth + c.width + (right == .none ? 0 : gap)
            out.commands += Self.fence(right, x: x, width: fenceWidth, top: top, bottom: bottom, stroke: stroke, color: color)
            out.width = x + (right == .none ? 0 : fenceWidth)
            out.ascent = -top
            out.descent = bottom
            return out
        case let .strut(content, ascent, descent):
            let c = layout(content, color: color)
            return BlockLayout(commands: c.commands, width: c.width, ascent: ascent, descent: descent)
        case let .raised(content, up):
            let c = layout(content, color: color)
            return BlockLayout(commands: c.commands(at: Point(0, -up)), width: c.width, ascent: c.ascent + up, descent: max(0, c.descent - up))
        case let .space(width):
            return BlockLayout(width: width)
        case let .integral(size):
            // A slanted stem between two hooks, the upper turning right, the lower left, as TeX's display ∫.
            let top = -1.15 * size, bottom = 0.5 * size, w = 0.6 * size
            var path = Path()
            path.move(to: Point(0.78 * w, top + 0.1 * size))
            path.elements.append(.curve(Point(0.76 * w, top - 0.03 * size), Point(0.58 * w, top - 0.03 * size), Point(0.5 * w, top + 0.14 * size)))
            path.elements.append(.curve(Point(0.42 * w, top + 0.55 * size), Point(0.36 * w, bottom - 0.55 * size), Point(0.28 * w, bottom - 0.14 * size)))
            path.elements.append(.curve(Point(0.2 * w, bottom + 0.03 * size), Point(0.02 * w, bottom + 0.03 * size), Point(0.0, bottom - 0.1 * size)))
            let stroke = StrokeStyle(color: color, widthPixels: 0.065 * size, lineCap: .round, lineJoin: .round)
            return BlockLayout(commands: [.stroke(path, stroke)], width: w, ascent: -top + 0.05 * size, descent: bottom + 0.05 * size)
        case let .ruled(content, length, height, thickness, c):
            var out = layout(content, color: color)
            let bar = Rect(x: (out.width - length) / 2, y: -height - thickness / 2, width: length, height: thickness)
            out.commands.append(.fill(.rect(bar), c ?? color))
            return out
        case let .inset(content, horizontal, top, bottom):
            let c = layout(content, color: color)
            return BlockLayout(commands: c.commands(at: Point(-horizontal, 0)), width: c.width - 2 * horizontal,
                               ascent: c.ascent - top, descent: c.descent - bottom)
        case let .overprinted(content, spread):
            let c = layout(content, color: color)
            // Each command's copies follow one another, so that a label reader sees one overprinted run.
            let copies = c.commands.flatMap { command in [0.0, 0.5, 1.0].map { command.translated(by: Point($0 * spread, 0)) } }
            return BlockLayout(commands: copies, width: c.width + spread, ascent: c.ascent, descent: c.descent)
        }
    }

    /// A fence's strokes in the box x…x+width, top…bottom (y down).
    static func fence(_ fence: MathBlock.Fence, x: Double, width: Double, top: Double, bottom: Double, stroke: Double,
                      color: Color) -> [DrawCommand] {
        let style = StrokeStyle(color: color, widthPixels: stroke, lineCap: .butt, lineJoin: .miter)
        let inner = x + 0.25 * width, outer = x + 0.75 * width
        switch fence {
        case .none:
            return []
        case .openBracket, .closeBracket:
            let (spine, tip) = fence == .openBracket ? (inner, outer) : (outer, inner)
            return [.stroke(.polyline([Point(tip, top), Point(spine, top), Point(spine, bottom), Point(tip, bottom)]), style)]
        case .openParenthesis, .closeParenthesis:
            // A flat arc: a quadratic bulge approximated by a cubic through the side.
            let (tips, belly) = fence == .openParenthesis ? (outer, inner - 0.1 * width) : (inner, outer + 0.1 * width)
            var path = Path()
            path.move(to: Point(tips, top))
            let h = bottom - top
            path.elements.append(.curve(Point(belly, top + 0.2 * h), Point(belly, bottom - 0.2 * h), Point(tips, bottom)))
            return [.stroke(path, StrokeStyle(color: color, widthPixels: stroke, lineCap: .round, lineJoin: .round))]
        }
    }
}

extension DrawCommand {
    /// The same command moved by `d` pixels.
    public func translated(by d: Point) -> DrawCommand {
        switch self {
        case let .fill(path, color): return .fill(path.translated(by: d), color)
        case let .stroke(path, style): return .stroke(path.translated(by: d), style)
        case let .image(image, rect, smooth): return .image(image, rect: Rect(x: rect.x + d.x, y: rect.y + d.y, width: rect.width, height: rect.height), smooth: smooth)
        case let .text(s, font, origin, color): return .text(s, font: font, origin: origin + d, color: color)
        case let .pushClip(rect): return .pushClip(Rect(x: rect.x + d.x, y: rect.y + d.y, width: rect.width, height: rect.height))
        case .popClip, .popTransform: return self
        case let .pushRotation(radians, center): return .pushRotation(radians: radians, center: center + d)
        }
    }
}

extension MathBlock {
    /// The block with every size and length multiplied by `k`.
    public func scaled(by k: Double) -> MathBlock {
        switch self {
        case let .math(text, size, color): return .math(text, size: size * k, color: color)
        case let .words(text, size, color, bold, light): return .words(text, size: size * k, color: color, bold: bold, light: light)
        case let .row(parts, gap): return .row(parts.map { $0.scaled(by: k) }, gap: gap * k)
        case let .lines(parts, gap, align, axis): return .lines(parts.map { $0.scaled(by: k) }, gap: gap * k, align: align, axis: axis.map { $0 * k })
        case let .fraction(n, d, size): return .fraction(n.scaled(by: k), over: d.scaled(by: k), size: size * k)
        case let .fenced(c, left, right, size): return .fenced(c.scaled(by: k), left: left, right: right, size: size * k)
        case let .raised(c, up): return .raised(c.scaled(by: k), up: up * k)
        case let .space(w): return .space(w * k)
        case let .integral(size): return .integral(size: size * k)
        case let .strut(c, ascent, descent): return .strut(c.scaled(by: k), ascent: ascent * k, descent: descent * k)
        case let .ruled(c, length, height, thickness, color):
            return .ruled(c.scaled(by: k), length: length * k, height: height * k, thickness: thickness * k, color: color)
        case let .inset(c, horizontal, top, bottom):
            return .inset(c.scaled(by: k), horizontal: horizontal * k, top: top * k, bottom: bottom * k)
        case let .overprinted(c, spread): return .overprinted(c.scaled(by: k), spread: spread * k)
        }
    }
}
