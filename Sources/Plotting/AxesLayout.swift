/// The resolved geometry of an axes: limits, plot area and scales, computed once and shared by every
/// lowering step (and by tests, which check it as plain data).
public struct AxesGeometry: Sendable, Equatable {
    public var xLimits: ClosedRange<Double>
    public var yLimits: ClosedRange<Double>
    public var plotArea: Rect
    public var xScale: LinearScale
    public var yScale: LinearScale

    /// Resolves `axes`: automatic limits get 5 % margins around the marks' data; equal aspect shrinks the
    /// plot area about its centre so that one unit has the same length on both axes.
    public init(_ axes: Axes) {
        let bounds = Self.dataBounds(axes.marks)
        xLimits = axes.xLimits ?? Self.withMargins(bounds.x)
        yLimits = axes.yLimits ?? Self.withMargins(bounds.y)
        var area = axes.frame
        if axes.equalAspect {
            let xSpan = xLimits.upperBound - xLimits.lowerBound
            let ySpan = yLimits.upperBound - yLimits.lowerBound
            let pixelsPerUnit = min(area.width / xSpan, area.height / ySpan)
            let w = xSpan * pixelsPerUnit, h = ySpan * pixelsPerUnit
            area = Rect(x: area.center.x - w / 2, y: area.center.y - h / 2, width: w, height: h)
        }
        plotArea = area
        xScale = .horizontal(lower: xLimits.lowerBound, upper: xLimits.upperBound, in: area)
        yScale = .vertical(lower: yLimits.lowerBound, upper: yLimits.upperBound, in: area)
    }

    /// Data → figure pixels.
    public func pixel(_ p: Point) -> Point { Point(xScale.pixel(p.x), yScale.pixel(p.y)) }

    /// A position in the given coordinates → figure pixels.
    public func pixel(_ p: Point, in coordinates: Coordinates, figure: Rect) -> Point {
        switch coordinates {
        case .data: return pixel(p)
        case .axesFraction: return Point(plotArea.minX + p.x * plotArea.width, plotArea.maxY - p.y * plotArea.height)
        case .figureFraction: return Point(figure.minX + p.x * figure.width, figure.maxY - p.y * figure.height)
        }
    }

    static func withMargins(_ r: ClosedRange<Double>?) -> ClosedRange<Double> {
        guard let r else { return 0...1 }
        let span = r.upperBound - r.lowerBound
        let m = span > 0 ? 0.05 * span : 0.5
        return (r.lowerBound - m)...(r.upperBound + m)
    }

    static func dataBounds(_ marks: [Mark]) -> (x: ClosedRange<Double>?, y: ClosedRange<Double>?) {
        var xs: [Double] = [], ys: [Double] = []
        for mark in marks {
            switch mark {
            case let .scatter(s): xs += s.points.map(\.x); ys += s.points.map(\.y)
            case let .line(l): xs += l.points.map(\.x); ys += l.points.map(\.y)
            case let .heatmap(h): xs += [h.xMin, h.xMax]; ys += [h.yMin, h.yMax]
            case let .quiver(q): xs += q.origins.map(\.x); ys += q.origins.map(\.y)
            case let .arrow(a): xs += a.points.map(\.x); ys += a.points.map(\.y)
            case let .polygon(points, _, _, _): xs += points.map(\.x); ys += points.map(\.y)
            case .annotation: break
            }
        }
        let fx = xs.filter(\.isFinite), fy = ys.filter(\.isFinite)
        return (fx.isEmpty ? nil : fx.min()!...fx.max()!, fy.isEmpty ? nil : fy.min()!...fy.max()!)
    }
}
