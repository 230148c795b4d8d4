#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A block diagram drawn in its own units (x right, y down), scaled uniformly and centred into a frame of
/// figure pixels: outlined nodes and boxes, arrows, small marks and labels. Stroke widths, arrowheads and
/// label sizes are in diagram units too, so a diagram keeps its look at any size.
public struct Diagram: Sendable, Equatable {
    /// The figure pixels the diagram is fitted into.
    public var frame: Rect
    /// The diagram-unit rectangle mapped onto the frame.
    public var extent: Rect
    public var shapes: [DiagramShape]
    /// Outline and arrow widths, in diagram units.
    public var strokeWidth: Double
    public var arrowWidth: Double
    /// Arrowhead length and width, in diagram units.
    public var headLength: Double
    public var headWidth: Double

    public init(frame: Rect, extent: Rect, shapes: [DiagramShape], strokeWidth: Double = 0.085, arrowWidth: Double = 0.045,
                headLength: Double = 0.42, headWidth: Double = 0.34) {
        self.frame = frame
        self.extent = extent
        self.shapes = shapes
        self.strokeWidth = strokeWidth
        self.arrowWidth = arrowWidth
        self.headLength = headLength
        self.headWidth = headWidth
    }

    /// Pixels per diagram unit.
    public var scale: Double { min(frame.width / extent.width, frame.height / extent.height) }

    /// The figure pixel of the diagram point `p`.
    public func pixel(_ p: Point) -> Point {
        let s = scale
        let offset = Point(frame.minX + (frame.width - s * extent.width) / 2, frame.minY + (frame.height - s * extent.height) / 2)
        return Point(offset.x + s * (p.x - extent.minX), offset.y + s * (p.y - extent.minY))
    }
}

/// One element of a `Diagram`, in diagram units.
public enum DiagramShape: Sendable, Equatable {
    /// A node: a circle, outlined in `edge`, filled when `fill` is given (an observed variable).
    case circle(center: Point, radius: Double, edge: Color, fill: Color?)
    /// A box outline of the given kind.
    case box(DiagramBox, rect: Rect, edge: Color)
    /// An open polyline.
    case line([Point], color: Color)
    /// An ellipse outline.
    case ellipse(center: Point, radii: Point, color: Color)
    /// An arrow along the polyline, its head at the last point; nil colour: the theme's foreground.
    case arrow([Point], color: Color?)
    /// A label centred on `at`, its font sizes in diagram units.
    case label(MathBlock, at: Point)
}

/// The outline of a diagram box.
public enum DiagramBox: Sendable, Equatable {
    /// A plain rectangle (the energy term).
    case rectangle
    /// A "D": slightly rounded left corners and a rounded right side (a decoder).
    case dee
    /// A half-dome: a flat base and a rounded top (a predictor).
    case dome
}

extension Diagram {
    /// The diagram's draw commands in figure pixels, its labels laid out with `text`.
    public func commands(text: MathLayout, foreground: Color) -> [DrawCommand] {
        let s = scale
        let outline = { (c: Color) in StrokeStyle(color: c, widthPixels: strokeWidth * s, lineCap: .round, lineJoin: .round) }
        var out: [DrawCommand] = []
        for shape in shapes {
            switch shape {
            case let .circle(center, radius, edge, fill):
                let path = Path.circle(center: pixel(center), radius: radius * s)
                if let fill { out.append(.fill(path, fill)) }
                out.append(.stroke(path, outline(edge)))
            case let .box(kind, rect, edge):
                out.append(.stroke(.polygon(Self.outline(kind, rect).map(pixel)), outline(edge)))
            case let .line(points, color):
                out.append(.stroke(.polyline(points.map(pixel)), outline(color)))
            case let .ellipse(center, radii, color):
                let ring = (0...72).map { k -> Point in
                    let a = 2 * Double.pi * Double(k) / 72
                    return pixel(Point(center.x + radii.x * cos(a), center.y + radii.y * sin(a)))
                }
                out.append(.stroke(.polyline(ring), outline(color)))
            case let .arrow(points, color):
                out += arrow(points.map(pixel), color: color ?? foreground, scale: s)
            case let .label(block, at):
                let laid = text.layout(block.scaled(by: s), color: foreground)
                out += laid.commands(at: laid.origin(placing: .center, at: pixel(at)))
            }
        }
        return out
    }

    /// A shaft ending at the base of a filled triangular head whose tip is the last point.
    private func arrow(_ points: [Point], color: Color, scale s: Double) -> [DrawCommand] {
        guard points.count >= 2 else { return [] }
        let tip = points[points.count - 1], from = points[points.count - 2]
        let d = tip - from
        guard d.length > 0 else { return [] }
        let u = d * (1 / d.length), n = Point(-u.y, u.x)
        let length = headLength * s, half = headWidth * s / 2
        let base = tip - u * length
        var shaft = points
        shaft[shaft.count - 1] = tip - u * (0.8 * length)
        return [.stroke(.polyline(shaft), StrokeStyle(color: color, widthPixels: arrowWidth * s, lineCap: .butt, lineJoin: .miter)),
                .fill(.polygon([tip, base + n * half, base - n * half]), color)]
    }

    /// The outline of a box kind in `r`, clockwise from the top-left.
    static func outline(_ kind: DiagramBox, _ r: Rect) -> [Point] {
        func corner(_ c: Point, _ radius: Point, from a0: Double, to a1: Double) -> [Point] {
            (0...12).map { k in
                let a = a0 + (a1 - a0) * Double(k) / 12
                return Point(c.x + radius.x * cos(a), c.y + radius.y * sin(a))
            }
        }
        let pi = Double.pi
        switch kind {
        case .rectangle:
            return [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        case .dee:
            // Left corners rounded by a tenth of the height; the right side a flattened half-ellipse.
            let small = 0.1 * r.height, bulge = Point(0.3 * r.height, r.height / 2)
            return corner(Point(r.minX + small, r.minY + small), Point(small, small), from: pi, to: 1.5 * pi)
                + corner(Point(r.maxX - bulge.x, r.minY + bulge.y), bulge, from: 1.5 * pi, to: 2.5 * pi)
                + corner(Point(r.minX + small, r.maxY - small), Point(small, small), from: 0.5 * pi, to: pi)
        case .dome:
            // Straight sides up to the middle, then quarter-ellipse shoulders joined by a flat top.
            let shoulder = Point(min(0.55 * r.height, r.width / 2), 0.55 * r.height)
            return [Point(r.minX, r.maxY)]
                + corner(Point(r.minX + shoulder.x, r.minY + shoulder.y), shoulder, from: pi, to: 1.5 * pi)
                + corner(Point(r.maxX - shoulder.x, r.minY + shoulder.y), shoulder, from: 1.5 * pi, to: 2 * pi)
                + [Point(r.maxX, r.maxY)]
        }
    }
}
