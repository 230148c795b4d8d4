#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lowers the marks of one axes (all positions through the axes' scales).
struct MarkLowering {
    let geometry: AxesGeometry
    let theme: Theme
    let text: MathLayout
    let figure: Rect

    func commands(for mark: Mark) -> [DrawCommand] {
        switch mark {
        case let .heatmap(h):
            let topLeft = geometry.pixel(Point(h.xMin, h.yMax)), bottomRight = geometry.pixel(Point(h.xMax, h.yMin))
            let rect = Rect(x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y)
            return [.image(h.raster(), rect: rect, smooth: false)]
        case let .scatter(s):
            return s.points.enumerated().flatMap { i, p in
                var style = s.marker
                if let colors = s.colors { style.fill = colors[i] }
                return Markers.commands(style, at: geometry.pixel(p))
            }
        case let .line(l):
            var out: [DrawCommand] = []
            let pixels = l.points.filter { $0.x.isFinite && $0.y.isFinite }.map(geometry.pixel)
            if l.widthPixels > 0, pixels.count > 1 {
                out.append(.stroke(.polyline(pixels), StrokeStyle(color: l.color, widthPixels: l.widthPixels * theme.lineScale, dash: l.dash, lineCap: .round)))
            }
            if let marker = l.marker { out += pixels.flatMap { Markers.commands(marker, at: $0) } }
            return out
        case let .quiver(q):
            return quiver(q)
        case let .arrow(a):
            return Arrows.commands(a, points: a.points.map(geometry.pixel))
        case let .annotation(a):
            return text.place(a, at: geometry.pixel(a.position, in: a.coordinates, figure: figure), defaultColor: theme.foreground)
        case let .polygon(points, fill, edge, width):
            let path = Path.polygon(points.map(geometry.pixel))
            var out: [DrawCommand] = []
            if let fill { out.append(.fill(path, fill)) }
            if let edge { out.append(.stroke(path, StrokeStyle(color: edge, widthPixels: width))) }
            return out
        }
    }

    /// matplotlib's quiver arrow: shaft width w, head width 3w, head length 5w, head axis length 4.5w;
    /// arrows shorter than the head are scaled down as a whole.
    private func quiver(_ q: Quiver) -> [DrawCommand] {
        let axesWidth = geometry.plotArea.width
        let w = q.shaftWidthFraction * axesWidth
        let scale = q.effectiveScale
        var path = Path()
        for (origin, v) in zip(q.origins, q.vectors) {
            let length = v.length / scale * axesWidth
            guard length > 0, length.isFinite else { continue }
            let start = geometry.pixel(origin)
            let direction = Point(v.x * geometry.xScale.pixelsPerUnit, -v.y * geometry.yScale.pixelsPerUnit)
            let d = direction * (1 / direction.length)
            let n = Point(-d.y, d.x)
            let k = min(1, length / (5 * w))
            let (hl, hal, hw, sw) = (5 * w * k, 4.5 * w * k, 1.5 * w * k, 0.5 * w * k)
            let local: [(Double, Double)] = [(0, -sw), (length - hal, -sw), (length - hl, -hw), (length, 0), (length - hl, hw), (length - hal, sw), (0, sw)]
            for (i, (a, b)) in local.enumerated() {
                let p = start + d * a + n * b
                if i == 0 { path.move(to: p) } else { path.line(to: p) }
            }
            path.close()
        }
        return path.elements.isEmpty ? [] : [.fill(path, q.color)]
    }
}

/// Marker shapes in pixels.
public enum Markers {
    /// The commands of one marker centred at `p`.
    public static func commands(_ style: MarkerStyle, at p: Point) -> [DrawCommand] {
        let r = style.sizePixels / 2
        switch style.shape {
        case .circle, .square, .boldX:
            let path: Path
            switch style.shape {
            case .circle: path = .circle(center: p, radius: r)
            case .square: path = .rect(Rect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r))
            default: path = boldX(center: p, radius: r)
            }
            var out: [DrawCommand] = []
            if let fill = style.fill { out.append(.fill(path, fill)) }
            if let edge = style.edge, style.edgeWidthPixels > 0 {
                out.append(.stroke(path, StrokeStyle(color: edge, widthPixels: style.edgeWidthPixels, lineJoin: .miter)))
            }
            return out
        case .thinX, .plus:
            let a = style.shape == .plus ? 0.0 : Double.pi / 4
            var path = Path()
            for k in 0..<2 {
                let angle = a + Double(k) * Double.pi / 2
                let d = Point(cos(angle) * r, sin(angle) * r)
                path.move(to: p - d)
                path.line(to: p + d)
            }
            let color = style.edge ?? style.fill ?? .white
            return [.stroke(path, StrokeStyle(color: color, widthPixels: max(1, style.edgeWidthPixels), lineCap: .butt))]
        }
    }

    /// matplotlib's `X`: a filled diagonal cross whose arms are 2/5 of the marker size thick.
    /// matplotlib's filled "X": its filled plus turned 45°, arms reaching `r` from the centre along the diagonals
    /// with a half-thickness of r/3.
    static func boldX(center p: Point, radius r: Double) -> Path {
        let halfThickness = r / 3
        let t = halfThickness * 2.0.squareRoot()   // the arm's half thickness, measured along x or y
        let e = r / 2.0.squareRoot() + t / 2
        let pts: [(Double, Double)] = [
            (-e, -e + t), (-e + t, -e), (0, -t), (e - t, -e), (e, -e + t), (t, 0),
            (e, e - t), (e - t, e), (0, t), (-e + t, e), (-e, e - t), (-t, 0),
        ]
        return .polygon(pts.map { Point(p.x + $0.0, p.y + $0.1) })
    }
}

/// Single arrows (straight, curved, dashed) in pixels.
enum Arrows {
    static func commands(_ a: ArrowMark, points: [Point]) -> [DrawCommand] {
        guard points.count >= 2 else { return [] }
        var polyline = a.smooth ? catmullRom(points, samplesPerSegment: 16) : points
        let tip = polyline.last!
        // Back off along the polyline by the head length so the shaft does not poke through the head.
        var remaining = a.headLengthPixels * 0.8
        while polyline.count > 1, remaining > 0 {
            let last = polyline[polyline.count - 1], previous = polyline[polyline.count - 2]
            let segment = (last - previous).length
            if segment > remaining {
                polyline[polyline.count - 1] = last - (last - previous) * (remaining / segment)
                remaining = 0
            } else {
                polyline.removeLast()
                remaining -= segment
            }
        }
        var out: [DrawCommand] = []
        if polyline.count > 1 {
            out.append(.stroke(.polyline(polyline), StrokeStyle(color: a.color, widthPixels: a.widthPixels, dash: a.dash, dashOffset: a.dashOffset, lineCap: .butt)))
        }
        let back = points.count > 1 ? (a.smooth ? catmullRom(points, samplesPerSegment: 16).dropLast().last! : points[points.count - 2]) : tip
        var d = tip - back
        let l = d.length
        guard l > 0 else { return out }
        d = d * (1 / l)
        let n = Point(-d.y, d.x)
        let baseCenter = tip - d * a.headLengthPixels
        out.append(.fill(.polygon([tip, baseCenter + n * (a.headWidthPixels / 2), baseCenter - n * (a.headWidthPixels / 2)]), a.color))
        return out
    }

    /// A Catmull–Rom spline through `points`, sampled as a polyline.
    static func catmullRom(_ points: [Point], samplesPerSegment: Int) -> [Point] {
        guard points.count > 2 else { return points }
        var out: [Point] = [points[0]]
        for i in 0..<(points.count - 1) {
            let p0 = points[max(0, i - 1)], p1 = points[i], p2 = points[i + 1], p3 = points[min(points.count - 1, i + 2)]
            for s in 1...samplesPerSegment {
                let t = Double(s) / Double(samplesPerSegment)
                let t2 = t * t, t3 = t2 * t
                let a = p1 * 2
                let b = (p2 - p0) * t
                let c = (p0 * 2 - p1 * 5 + p2 * 4 - p3) * t2
                let d = (p1 * 3 - p0 - p2 * 3 + p3) * t3
                out.append((a + b + c + d) * 0.5)
            }
        }
        return out
    }
}
