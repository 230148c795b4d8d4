#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lowers the box of a 3-D axes as matplotlib's `axis3d` draws it: the three back panes, grid lines across
/// them at every tick, the three axis lines with ticks crossing them, tick labels and axis labels outside.
struct Box3DLowering {
    let axes: Axes3D
    let geometry: Axes3DGeometry
    let theme: Theme
    let text: MathLayout
    /// Which parts to draw: the panes with the three axes, their ticks and labels; the grid across the panes.
    var drawsFrame = true
    var drawsGrid = true

    private var camera: Camera { geometry.camera }

    /// The draw commands, the bounds of their ink (box corners, ticks and labels) and the ends of every
    /// tick mark (what labels must keep clear of).
    func lowered() -> (commands: [DrawCommand], ink: Rect, tickMarks: [(Point, Point)]) {
        var out: [DrawCommand] = []
        var ink = boxBounds()
        var tickMarks: [(Point, Point)] = []
        let ticks = (0..<3).map { axes.tickValues(axis: $0, geometry: geometry) }
        if axes.showPanes && drawsFrame {
            for i in 0..<3 {
                let color = axes.paneColors?[i] ?? theme.axesBackground
                out.append(.fill(.polygon(geometry.backPane(i).map(camera.pixel)), color))
            }
        }
        if axes.showGrid && drawsGrid {
            var grid = Path()
            let panes = (0..<3).map { j in (j >= axes.gridOnPanes.count || axes.gridOnPanes[j]) && (j != 2 || axes.showFloorGrid) }
            for i in 0..<3 {
                for line in gridLines(axis: i, ticks: ticks[i]) {
                    for whole in Self.pieces(line, axis: i, onPanes: panes) {
                        guard let piece = axes.gridTop.map({ Self.cut(whole, above: $0) }) ?? whole else { continue }
                        grid.elements += Path.polyline(piece.map(camera.pixel)).elements
                    }
                }
            }
            // The lecture's 3-D grid by default (docs/fidelity.md, "3-D axes"): light grey at full strength, about a
            // pixel wide, in short dashes about 5 px apart with short gaps, so that it reads almost solid.
            if !grid.elements.isEmpty {
                out.append(.stroke(grid, axes.gridStyle ?? StrokeStyle(color: theme.gridColor, widthPixels: 1, dash: [3.4, 1.6])))
            }
        }
        if drawsFrame {
            for i in 0..<3 { out += axis(i, ticks: ticks[i], ink: &ink, tickMarks: &tickMarks) }
        }
        return (out, ink, tickMarks)
    }

    /// The bounding rectangle of the eight projected corners of the padded box.
    func boxBounds() -> Rect {
        var xs: [Double] = [], ys: [Double] = []
        for k in 0..<8 {
            var p = geometry.boxLower
            for i in 0..<3 where k & (1 << i) != 0 { p[axis: i] = geometry.boxUpper[axis: i] }
            let q = camera.pixel(p)
            xs.append(q.x)
            ys.append(q.y)
        }
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    /// The grid lines of axis `i` (matplotlib's `xyz0` lines): each runs from the front edge of one back
    /// pane, through the corner line where the two back panes containing axis `i` meet, to the front edge
    /// of the other.
    func gridLines(axis i: Int, ticks: [Double]) -> [[Point3D]] {
        let a = (i + 1) % 3, b = (i + 2) % 3
        return ticks.map { t in
            var corner = Point3D(geometry.back(0), geometry.back(1), geometry.back(2))
            corner[axis: i] = t
            var first = corner, last = corner
            first[axis: a] = geometry.front(a)
            last[axis: b] = geometry.front(b)
            return [first, corner, last]
        }
    }

    /// The pieces of axis `i`'s grid line [first, corner, last] that lie on a wall, not on the floor: the
    /// first half lies on the pane of axis (i + 2) % 3, the second on that of (i + 1) % 3; z's grid is all wall.
    static func offFloor(_ line: [Point3D], axis i: Int) -> [[Point3D]] {
        pieces(line, axis: i, onPanes: [true, true, false])
    }

    /// The pieces of axis `i`'s grid line [first, corner, last] on the panes kept (x, y, z): the whole line when
    /// every pane keeps its grid, else its first half (on the pane of (i + 2) % 3) and second half (on (i + 1) % 3)
    /// where their panes keep theirs.
    static func pieces(_ line: [Point3D], axis i: Int, onPanes panes: [Bool]) -> [[Point3D]] {
        if panes.allSatisfy({ $0 }) { return [line] }
        return [panes[(i + 2) % 3] ? Array(line[0...1]) : nil, panes[(i + 1) % 3] ? Array(line[1...2]) : nil].compactMap { $0 }
    }

    /// The part of a grid polyline at or below the height `top` (data z), nil when none of it is: a wall's
    /// upright line ends at `top`, a level line above it is left out.
    static func cut(_ line: [Point3D], above top: Double) -> [Point3D]? {
        var out: [Point3D] = []
        if let first = line.first, first.z <= top { out.append(first) }
        for (a, b) in zip(line, line.dropFirst()) {
            if (a.z <= top) != (b.z <= top) { out.append(a + (b - a) * ((top - a.z) / (b.z - a.z))) }
            if b.z <= top { out.append(b) }
        }
        return out.count >= 2 ? out : nil
    }

    /// The screen direction (unit, pixels, y down) in which axis `i`'s labels move away from the box: the
    /// projection of matplotlib's `move_from_center` displacement, ±aspectⱼ along both other axes j, away
    /// from the box centre.
    func outward(_ i: Int) -> Point {
        let (start, _) = geometry.axisLine(i)
        var d = Point3D(0, 0, 0)
        for j in 0..<3 where j != i {
            let lim = camera.limits(axis: j)
            let centre = (lim.lowerBound + lim.upperBound) / 2
            let side = start[axis: j] - centre
            d[axis: j] = side > 0 ? camera.boxAspect[axis: j] : (side < 0 ? -camera.boxAspect[axis: j] : 0)
        }
        let screen = Point(camera.screenRight.dot(d), -camera.screenUp.dot(d))
        return screen.length > 1e-9 ? screen * (1 / screen.length) : Point(0, 1)
    }

    /// The clockwise screen angle of the direction `d` (pixels, y down), folded into [−90°, 90°) so that
    /// text turned by it reads left to right or bottom to top.
    static func readableAngle(of d: Point) -> Double {
        var angle = atan2(d.y, d.x)
        if angle >= Double.pi / 2 { angle -= Double.pi }
        if angle < -Double.pi / 2 { angle += Double.pi }
        return angle
    }

    /// The tick labels of axis `i`, every k-th kept (counted from the tick at 0 when there is one) for the smallest k
    /// whose labels do not overlap where they are set beyond the ticks; all of them while they stand apart.
    /// `outerPixel` gives the outer end of the tick mark at a point of the axis line (where `axis` places labels from).
    private func shownLabels(axis i: Int, ticks: [Double], start: Point3D, direction: Point, size: Double,
                             outerPixel: (Point3D) -> Point) -> [String?] {
        let all = Ticks.labels(ticks)
        let boxes = zip(ticks, all).map { t, label -> Rect in
            var p = start
            p[axis: i] = t
            let onLine = camera.pixel(p), outer = outerPixel(p)
            let layout = text.layout(label, sizePixels: size)
            let along = max(0, (outer - onLine).x * direction.x + (outer - onLine).y * direction.y)
            let half = halfExtent(width: layout.width, height: layout.height, along: direction)
            return layout.box(at: layout.origin(placing: .center, at: onLine + direction * (along + 0.35 * size + half)))
        }
        let anchor = ticks.firstIndex(of: 0) ?? 0
        for k in 1..<max(2, ticks.count) {
            let kept = ticks.indices.filter { ($0 - anchor) % k == 0 }
            if zip(kept, kept.dropFirst()).allSatisfy({ !boxes[$0].intersects(boxes[$1]) }) {
                return all.indices.map { kept.contains($0) ? all[$0] : nil }
            }
        }
        return all.indices.map { $0 == anchor ? all[$0] : nil }
    }

    /// Half the extent of a w × h box centred on a point, measured along the unit direction `d`.
    private func halfExtent(width: Double, height: Double, along d: Point) -> Double {
        abs(d.x) * width / 2 + abs(d.y) * height / 2
    }

    /// Axis `i`: its line, tick marks (0.2·δ out, 0.1·δ in, δ = span/12 of the tick axis, as matplotlib), tick
    /// labels centred beyond the ticks, and the axis label beyond the tick labels at the middle of the line.
    private func axis(_ i: Int, ticks: [Double], ink: inout Rect, tickMarks: inout [(Point, Point)]) -> [DrawCommand] {
        let (start, end) = geometry.axisLine(i)
        let lineStyle = StrokeStyle(color: axes.axisLineColor ?? theme.frameColor, widthPixels: axes.axisLineWidthPixels)
        var out: [DrawCommand] = [.stroke(.polyline([camera.pixel(start), camera.pixel(end)]), lineStyle)]
        // An axis seen end-on (z from straight above) would pile its labels on one spot: leave them out.
        guard (camera.pixel(end) - camera.pixel(start)).length >= 2 * axes.tickLabelSizePixels else { return out }
        let o = Axes3DGeometry.offsetAxis(i)
        let oLimits = camera.limits(axis: o)
        let delta = (oLimits.upperBound - oLimits.lowerBound) / 12
        let outSign: Double = start[axis: o] >= (oLimits.lowerBound + oLimits.upperBound) / 2 ? 1 : -1
        let direction = outward(i)
        let size = axes.tickLabelSizePixels
        var tickPath = Path()
        var labelReach = 0.0
        var labels: [DrawCommand] = []
        var labelBoxes: [Rect] = []
        let shown = shownLabels(axis: i, ticks: ticks, start: start, direction: direction, size: size) { p in
            var outer = p
            outer[axis: o] += outSign * 0.2 * delta
            return camera.pixel(outer)
        }
        for (t, label) in zip(ticks, shown) {
            var p = start
            p[axis: i] = t
            var inner = p, outer = p
            inner[axis: o] -= outSign * 0.1 * delta
            outer[axis: o] += outSign * 0.2 * delta
            let onLine = camera.pixel(p), innerPixel = camera.pixel(inner), outerPixel = camera.pixel(outer)
            tickPath.move(to: innerPixel)
            tickPath.line(to: outerPixel)
            tickMarks.append((innerPixel, outerPixel))
            guard let label else { continue }
            let layout = text.layout(label, sizePixels: size)
            let along = max(0, (outerPixel - onLine).x * direction.x + (outerPixel - onLine).y * direction.y)
            let half = halfExtent(width: layout.width, height: layout.height, along: direction)
            let distance = along + axes.tickLabelPad(axis: i) * size + half
            let centre = onLine + direction * distance
            let origin = layout.origin(placing: .center, at: centre)
            labels += layout.commands(at: origin, color: theme.foreground)
            labelBoxes.append(layout.box(at: origin))
            ink = ink.union(layout.box(at: origin))
            labelReach = max(labelReach, distance + half)
        }
        if !tickPath.elements.isEmpty { out.append(.stroke(tickPath, lineStyle)) }
        out += labels
        let label = i == 0 ? axes.xLabel : (i == 1 ? axes.yLabel : axes.zLabel)
        if let label {
            let layout = text.layout(label, sizePixels: axes.axisLabelSizePixels)
            let a = camera.pixel(start), b = camera.pixel(end)
            // Turned along the axis as matplotlib does, kept within ±90° so that it never reads upside down.
            let upright = i < axes.uprightAxisLabels.count && axes.uprightAxisLabels[i]
            let angle = upright ? 0 : Self.readableAngle(of: b - a)
            let turned = Point(abs(layout.width * cos(angle)) + abs(layout.height * sin(angle)),
                               abs(layout.width * sin(angle)) + abs(layout.height * cos(angle)))
            func box(_ centre: Point) -> Rect { Rect(x: centre.x - turned.x / 2, y: centre.y - turned.y / 2, width: turned.x, height: turned.y) }
            let mid = camera.pixel((start + end) * 0.5)
            let gap = i < axes.axisLabelPads.count ? axes.axisLabelPads[i] : 0.1
            let reach = max(labelReach, 0.5 * size) + gap * axes.axisLabelSizePixels
            var centre = mid + direction * (reach + halfExtent(width: turned.x, height: turned.y, along: direction))
            // Seen nearly along the outward direction (e.g. z from azimuth 0) the tick labels trail beside the
            // axis label's spot: step on outward until it clears them by a third of their size.
            let clearances = labelBoxes.map { $0.insetBy(-size / 3) }
            var steps = 0
            while steps < 60, clearances.contains(where: { box(centre).intersects($0) }) {
                centre = centre + direction * (0.1 * size)
                steps += 1
            }
            let color = i < axes.axisLabelColors.count ? axes.axisLabelColors[i] ?? theme.foreground : theme.foreground
            let origin = layout.origin(placing: .center, at: centre)
            if upright {
                out += layout.commands(at: origin, color: color)
            } else {
                out.append(.pushRotation(radians: angle, center: centre))
                out += layout.commands(at: origin, color: color)
                out.append(.popTransform)
            }
            ink = ink.union(box(centre))
        }
        return out
    }
}
