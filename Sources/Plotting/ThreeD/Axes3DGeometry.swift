/// The resolved geometry of a 3-D axes: limits, camera, the padded box and which panes are at the back.
/// Computed once, shared by every lowering step, and checked by tests as plain data.
public struct Axes3DGeometry: Sendable, Equatable {
    public var camera: Camera
    /// The region the box is fitted in (the frame less the colour bar's strip), in figure pixels.
    public var boxArea: Rect
    /// The box the panes span: each axis' limits widened by span/48 on both sides, as matplotlib does.
    public var boxLower: Point3D
    public var boxUpper: Point3D
    /// For each axis, whether its back pane is the plane at the upper limit (matplotlib's `highs`): the pane
    /// farther from the viewer, i.e. at the upper limit exactly when the view direction nᵢ < 0.
    public var backPaneAtUpper: [Bool]

    /// Resolves `axes`: automatic limits get 5 % margins around the marks' data (matplotlib's `margins`);
    /// the box is centred in the frame (less the colour bar) and scaled so that its diagonal is `zoom`
    /// times the shorter side, which keeps its size fixed as the camera turns.
    public init(_ axes: Axes3D) {
        let bounds = Self.dataBounds(axes.marks)
        let xLimits = axes.xLimits ?? AxesGeometry.withMargins(bounds[0])
        let yLimits = axes.yLimits ?? AxesGeometry.withMargins(bounds[1])
        let zLimits = axes.zLimits ?? AxesGeometry.withMargins(bounds[2])
        var area = axes.frame
        if let colorbar = axes.colorbar, axes.colorbarStrip == nil {
            // The bar, its tick labels ("0.25") and its label, if any.
            area.width -= colorbar.gapPixels + colorbar.widthPixels + 3.5 * axes.tickLabelSizePixels
                + (colorbar.label == nil ? 0 : 3 * axes.tickLabelSizePixels)
        }
        boxArea = area
        let a = axes.boxAspect
        let diagonal = a.dot(a).squareRoot()
        camera = Camera(elevationDegrees: axes.elevationDegrees, azimuthDegrees: axes.azimuthDegrees, xLimits: xLimits,
                        yLimits: yLimits, zLimits: zLimits, boxAspect: a, center: area.center,
                        pixelsPerUnit: axes.zoom * min(area.width, area.height) / max(diagonal, 1e-12),
                        viewerDistance: axes.perspective ? axes.viewerDistance ?? 10 * max(a.x, a.y, a.z) : nil)
        var lower = Point3D(0, 0, 0), upper = Point3D(0, 0, 0)
        for i in 0..<3 {
            let l = camera.limits(axis: i)
            let pad = (l.upperBound - l.lowerBound) / 48
            lower[axis: i] = l.lowerBound - pad
            upper[axis: i] = l.upperBound + pad
        }
        boxLower = lower
        boxUpper = upper
        let n = camera.towardViewer
        backPaneAtUpper = (0..<3).map { n[axis: $0] < 0 }
    }

    /// The coordinate of axis `i`'s back pane (matplotlib's `minmax`).
    public func back(_ i: Int) -> Double { backPaneAtUpper[i] ? boxUpper[axis: i] : boxLower[axis: i] }

    /// The coordinate of the opposite, front side along axis `i` (matplotlib's `maxmin`).
    public func front(_ i: Int) -> Double { backPaneAtUpper[i] ? boxLower[axis: i] : boxUpper[axis: i] }

    /// The four data corners of axis `i`'s back pane, counter-clockwise in the other two axes.
    public func backPane(_ i: Int) -> [Point3D] {
        let a = (i + 1) % 3, b = (i + 2) % 3
        return [(false, false), (true, false), (true, true), (false, true)].map { ua, ub in
            var p = Point3D(0, 0, 0)
            p[axis: i] = back(i)
            p[axis: a] = ua ? boxUpper[axis: a] : boxLower[axis: a]
            p[axis: b] = ub ? boxUpper[axis: b] : boxLower[axis: b]
            return p
        }
    }

    /// The two ends of axis `i`'s line (matplotlib's `_get_axis_line_edge_points`): along the box edge where
    /// the coordinate `offsetAxis(i)` is at the front and the remaining one at the back — x runs at the front
    /// y on the floor, y at the front x on the floor, z up the back-y edge at the front x.
    public func axisLine(_ i: Int) -> (Point3D, Point3D) {
        let o = Self.offsetAxis(i)
        var p = Point3D(0, 0, 0)
        for j in 0..<3 where j != i { p[axis: j] = j == o ? front(j) : back(j) }
        var start = p, end = p
        start[axis: i] = boxLower[axis: i]
        end[axis: i] = boxUpper[axis: i]
        return (start, end)
    }

    /// The axis along which axis `i`'s line is moved to the front, and its ticks point (matplotlib's
    /// `juggled[0]` and, in the lecture's matplotlib, `tickdir`): y for x, x for y and z.
    public static func offsetAxis(_ i: Int) -> Int { i == 0 ? 1 : 0 }

    /// The data bounds of the marks, per axis.
    static func dataBounds(_ marks: [Mark3D]) -> [ClosedRange<Double>?] {
        var lower = [Double](repeating: .infinity, count: 3), upper = [Double](repeating: -.infinity, count: 3)
        func include(_ p: Point3D) {
            guard p.isFinite else { return }
            for i in 0..<3 {
                lower[i] = min(lower[i], p[axis: i])
                upper[i] = max(upper[i], p[axis: i])
            }
        }
        for mark in marks {
            switch mark {
            case let .scatter(s): s.points.forEach(include)
            case let .line(l): l.points.forEach(include)
            case let .contour(c):
                // The stack is drawn at its (scaled) levels: the grid bounds x and y, the levels bound z.
                let levels = c.levels.filter(\.isFinite).map { $0 * c.heightScale }
                if let x0 = c.x.first, let x1 = c.x.last, let y0 = c.y.first, let y1 = c.y.last,
                   let lo = levels.min(), let hi = levels.max() {
                    include(Point3D(min(x0, x1), min(y0, y1), lo))
                    include(Point3D(max(x0, x1), max(y0, y1), hi))
                }
            }
        }
        return (0..<3).map { lower[$0] <= upper[$0] ? lower[$0]...upper[$0] : nil }
    }
}
