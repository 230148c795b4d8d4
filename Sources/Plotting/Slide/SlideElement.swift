/// What a figure holds besides its plots, as a slide does: text blocks (titles, formula columns), diagrams
/// and outlined block arrows. Positions are figure fractions (x right, y up), as for annotations.
public enum SlideElement: Sendable, Equatable {
    /// A text block whose box is put at `anchor` of the point `at`; with `maxWidth` (a fraction of the figure
    /// width) a wider block is scaled down to fit.
    case block(MathBlock, at: Point, anchor: TextAnchor, maxWidth: Double? = nil)
    /// A diagram in its own frame of figure pixels.
    case diagram(Diagram)
    /// An outlined block arrow.
    case blockArrow(BlockArrow)
}

/// A slide's outlined block arrow (⇦, ⇨, ⇔): a shaft with one or two triangular heads, outlined and
/// optionally filled, centred on a point given as figure fractions; lengths in pixels.
public struct BlockArrow: Sendable, Equatable {
    public enum Heads: Sendable, Equatable { case left, right, both }
    public var center: Point
    public var length: Double
    /// The width of the heads; the shaft is half of it.
    public var thickness: Double
    public var heads: Heads
    public var edge: Color
    public var fill: Color?
    public var edgeWidth: Double
    /// Each head's length as a fraction of `thickness` (the heads' width).
    public var headLengthRatio = 0.9

    public init(center: Point, length: Double, thickness: Double, heads: Heads, edge: Color, fill: Color? = nil, edgeWidth: Double = 2) {
        self.center = center
        self.length = length
        self.thickness = thickness
        self.heads = heads
        self.edge = edge
        self.fill = fill
        self.edgeWidth = edgeWidth
    }

    /// The outline around pixel `c`, clockwise from the left end.
    public func outline(at c: Point) -> [Point] {
        let half = length / 2, shaft = thickness / 4, head = thickness / 2
        let headLength = min(headLengthRatio * thickness, half)
        let leftHead = heads != .right, rightHead = heads != .left
        let x0 = c.x - half, x1 = c.x + half
        let l = leftHead ? x0 + headLength : x0, r = rightHead ? x1 - headLength : x1
        var top: [Point] = []
        if leftHead { top += [Point(x0, c.y), Point(l, c.y - head)] } else { top += [Point(x0, c.y + shaft)] }
        top += [Point(l, c.y - shaft), Point(r, c.y - shaft)]
        if rightHead { top += [Point(r, c.y - head), Point(x1, c.y), Point(r, c.y + head)] } else { top += [Point(x1, c.y - shaft), Point(x1, c.y + shaft)] }
        top += [Point(r, c.y + shaft), Point(l, c.y + shaft)]
        if leftHead { top += [Point(l, c.y + head)] } else { top += [Point(x0, c.y - shaft)] }
        return top
    }
}

extension SlideElement {
    /// The element's commands in a figure of size `bounds`.
    func commands(in bounds: Rect, text: MathLayout, foreground: Color) -> [DrawCommand] {
        func pixel(_ p: Point) -> Point { Point(bounds.minX + p.x * bounds.width, bounds.maxY - p.y * bounds.height) }
        switch self {
        case let .block(block, at, anchor, maxWidth):
            var laid = text.layout(block, color: foreground)
            if let maxWidth, laid.width > maxWidth * bounds.width {
                laid = text.layout(block.scaled(by: maxWidth * bounds.width / laid.width), color: foreground)
            }
            return laid.commands(at: laid.origin(placing: anchor, at: pixel(at)))
        case let .diagram(diagram):
            return diagram.commands(text: text, foreground: foreground)
        case let .blockArrow(arrow):
            let path = Path.polygon(arrow.outline(at: pixel(arrow.center)))
            var out: [DrawCommand] = []
            if let fill = arrow.fill { out.append(.fill(path, fill)) }
            out.append(.stroke(path, StrokeStyle(color: arrow.edge, widthPixels: arrow.edgeWidth, lineJoin: .miter)))
            return out
        }
    }
}
