/// A laid-out label: draw items relative to its origin (left end of the baseline), and its box.
public struct TextLayout: Sendable, Equatable {
    /// One piece of a label.
    public enum Item: Sendable, Equatable {
        /// Glyphs in one font with the baseline-left at `offset`; `color` overrides the label's colour.
        case glyphs(String, font: FontSpec, offset: Point, color: Color? = nil)
        /// A stroked path (accents), in coordinates relative to the origin; `color` overrides the label's colour.
        case stroke(Path, widthPixels: Double, color: Color? = nil)
    }

    public var items: [Item]
    public var width: Double
    /// Ink height above the baseline (positive).
    public var ascent: Double
    /// Ink depth below the baseline (positive).
    public var descent: Double

    public init(items: [Item] = [], width: Double = 0, ascent: Double = 0, descent: Double = 0) {
        self.items = items
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Double { ascent + descent }

    /// The draw commands of this label with its origin at `origin`.
    public func commands(at origin: Point, color: Color) -> [DrawCommand] {
        items.map { item in
            switch item {
            case let .glyphs(text, font, offset, own):
                return .text(text, font: font, origin: origin + offset, color: own ?? color)
            case let .stroke(path, width, own):
                return .stroke(path.translated(by: origin),
                               StrokeStyle(color: own ?? color, widthPixels: width, lineCap: .round, lineJoin: .round))
            }
        }
    }

    /// The ink box when the origin is at `origin`.
    public func box(at origin: Point) -> Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent)
    }

    /// The origin that puts the label's box at `anchor` of the point `p` (e.g. centred above a tick).
    public func origin(placing anchor: TextAnchor, at p: Point) -> Point {
        let x: Double
        switch anchor.horizontal {
        case .left: x = p.x
        case .center: x = p.x - width / 2
        case .right: x = p.x - width
        }
        let y: Double
        switch anchor.vertical {
        case .top: y = p.y + ascent
        case .center: y = p.y + (ascent - descent) / 2
        case .baseline: y = p.y
        case .bottom: y = p.y - descent
        }
        return Point(x, y)
    }
}

/// Where a label's box sits relative to its anchor point.
public struct TextAnchor: Sendable, Equatable {
    public enum Horizontal: Sendable, Equatable { case left, center, right }
    public enum Vertical: Sendable, Equatable { case top, center, baseline, bottom }
    public var horizontal: Horizontal
    public var vertical: Vertical
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }
    public static let center = TextAnchor(.center, .center)
}

extension Path {
    /// The same path moved by `d`.
    public func translated(by d: Point) -> Path {
        Path(elements.map { e in
            switch e {
            case let .move(p): return .move(p + d)
            case let .line(p): return .line(p + d)
            case let .curve(a, b, c): return .curve(a + d, b + d, c + d)
            case let .arc(center, r, s, t): return .arc(center: center + d, radius: r, startAngle: s, endAngle: t)
            case .close: return .close
            }
        })
    }
}
