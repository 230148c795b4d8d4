import TestSupport
import XCTest
@testable import Plotting

/// A box drawn in a view of its own (`Axes3D.boxView`), its grid kept with the marks' view, ended at a height
/// (`gridTop`) and kept on chosen panes (`gridOnPanes`): options for a picture whose box and marks were drawn apart;
/// a contour stack's own mesh (the bathtub's grid inside its tub) and the axis labels' placement options.
final class BoxViewAndGridTests: XCTestCase {
    private let text = MathLayout(metrics: FakeMetrics(), theme: .dark)
    private let curve = Line3D(points: (0...20).map { k in
        let t = Double(k) / 20 * 2 * Double.pi
        return Point3D(0.8 * cos(t), 0.8 * sin(t), 0.5)
    }, color: .white, widthPixels: 2)

    private func axes() -> Axes3D {
        Axes3D(frame: Rect(x: 0, y: 0, width: 800, height: 600), xLimits: -1...1, yLimits: -1...1, zLimits: 0...1,
               elevationDegrees: 28, azimuthDegrees: -47, boxAspect: Point3D(4, 4, 2), xTicks: .step(0.5), yTicks: .step(0.5),
               zTicks: .step(0.25), marks: [.line(curve)], fitToFrame: false, viewerDistance: 7)
    }

    private let view = Axes3DBoxView(elevationDegrees: 70, azimuthDegrees: -60, boxAspect: Point3D(4, 4, 4), viewerDistance: 40,
                                     center: Point(300, 350), pixelsPerUnit: 90, horizontalStretch: 1.7)

    /// Every point of every stroked path, in drawing order.
    private func strokedPoints(_ commands: [DrawCommand], where keep: (StrokeStyle) -> Bool = { _ in true }) -> [Point] {
        commands.flatMap { command -> [Point] in
            guard case let .stroke(path, style) = command, keep(style) else { return [] }
            return path.elements.compactMap { element -> Point? in
                switch element {
                case let .move(p), let .line(p): return p
                default: return nil
                }
            }
        }
    }

    private func near(_ p: Point, _ points: [Point]) -> Bool { points.contains { ($0 - p).length < 1e-6 } }

    func testABoxViewPlacesTheAxesWhereItsCameraSeesThemAndLeavesTheMarksInTheirOwn() {
        let plain = axes()
        var viewed = plain
        viewed.boxView = view
        let g = view.geometry(of: plain)
        XCTAssertEqual(g.camera.elevationDegrees, 70)
        XCTAssertEqual(g.camera.horizontalStretch, 1.7)
        XCTAssertEqual(g.camera.center, Point(300, 350))
        XCTAssertEqual(g.camera.viewerDistance, 40)
        XCTAssertEqual(g.camera.zLimits, 0...1, "the limits are the axes' own")
        let commands = viewed.lower(theme: .dark, text: text)
        let lines = strokedPoints(commands)
        // The three axis lines run between the ends the box view projects, not the marks' camera.
        for i in 0..<3 {
            let (a, b) = g.axisLine(i)
            XCTAssertTrue(near(g.camera.pixel(a), lines) && near(g.camera.pixel(b), lines), "axis \(i) in the box view")
            let (c, d) = plain.geometry.axisLine(i)
            XCTAssertFalse(near(plain.geometry.camera.pixel(c), lines) && near(plain.geometry.camera.pixel(d), lines))
        }
        // The marks are drawn exactly as without the box view.
        let white = { (s: StrokeStyle) in s.color == .white && s.widthPixels == 2 }
        XCTAssertEqual(strokedPoints(commands, where: white), strokedPoints(plain.lower(theme: .dark, text: text), where: white))
        XCTAssertFalse(strokedPoints(commands, where: white).isEmpty)
    }

    func testAFittedBoxIsSeenByTheMarksCameraWhateverItsView() {
        var plain = axes()
        plain.fitToFrame = true
        var viewed = plain
        viewed.boxView = view
        XCTAssertEqual(viewed.lower(theme: .dark, text: text), plain.lower(theme: .dark, text: text),
                       "a constrained layout, which fits every box to its frame, can still fit this one")
    }

    func testTheGridCanStayWithTheMarksWhileTheBoxMoves() {
        var axes = axes()
        axes.gridStyle = StrokeStyle(color: Color(red: 1, green: 0, blue: 0), widthPixels: 1)
        let isGrid = { (s: StrokeStyle) in s.color == Color(red: 1, green: 0, blue: 0) }
        let plainGrid = strokedPoints(axes.lower(theme: .dark, text: text), where: isGrid)
        axes.boxView = view
        let boxGrid = strokedPoints(axes.lower(theme: .dark, text: text), where: isGrid)
        XCTAssertEqual(plainGrid.count, boxGrid.count)
        XCTAssertNotEqual(plainGrid, boxGrid, "by default the grid moves with the box")
        axes.boxView?.gridWithMarks = true
        XCTAssertEqual(strokedPoints(axes.lower(theme: .dark, text: text), where: isGrid), plainGrid)
    }

    func testAGridTopEndsUprightLinesThereAndDropsLevelLinesAbove() {
        // An x grid line: along the floor to the back corner, then up the wall to the top.
        let upright = [Point3D(0.5, -1, 0), Point3D(0.5, 1, 0), Point3D(0.5, 1, 1)]
        XCTAssertEqual(Box3DLowering.cut(upright, above: 0.4), [Point3D(0.5, -1, 0), Point3D(0.5, 1, 0), Point3D(0.5, 1, 0.4)])
        XCTAssertEqual(Box3DLowering.cut(upright, above: 1), upright)
        let level = [Point3D(-1, -1, 0.75), Point3D(-1, 1, 0.75), Point3D(1, 1, 0.75)]
        XCTAssertNil(Box3DLowering.cut(level, above: 0.5))
        XCTAssertEqual(Box3DLowering.cut(level, above: 0.75), level)
        // In a drawing no grid point stands above the top.
        var axes = axes()
        axes.gridTop = 0.4
        let g = axes.geometry
        let lowering = Box3DLowering(axes: axes, geometry: g, theme: .dark, text: text)
        let ticks = (0..<3).map { axes.tickValues(axis: $0, geometry: g) }
        let kept = (0..<3).flatMap { i in lowering.gridLines(axis: i, ticks: ticks[i]).compactMap { Box3DLowering.cut($0, above: 0.4) } }
        XCTAssertTrue(kept.joined().allSatisfy { $0.z <= 0.4 + 1e-12 })
        XCTAssertEqual(kept.filter { $0.allSatisfy { abs($0.z - 0.25) < 1e-12 } }.count, 1, "the level line at 0.25 stays")
    }

    func testGridOnPanesKeepsTheChosenPanesOnly() {
        let line = [Point3D(0.5, -1, 0), Point3D(0.5, 1, 0), Point3D(0.5, 1, 1)]
        // For x's grid the first half lies on the floor (the z pane), the second on the y pane.
        XCTAssertEqual(Box3DLowering.pieces(line, axis: 0, onPanes: [true, true, true]), [line])
        XCTAssertEqual(Box3DLowering.pieces(line, axis: 0, onPanes: [false, true, false]), [Array(line[1...2])])
        XCTAssertEqual(Box3DLowering.pieces(line, axis: 0, onPanes: [true, false, true]), [Array(line[0...1])])
        XCTAssertEqual(Box3DLowering.pieces(line, axis: 0, onPanes: [true, true, false]), Box3DLowering.offFloor(line, axis: 0))
        // Drawn: only the y pane's grid is left, every piece of it in the plane y = back.
        var axes = axes()
        axes.gridStyle = StrokeStyle(color: Color(red: 1, green: 0, blue: 0), widthPixels: 1)
        let all = strokedPoints(axes.lower(theme: .dark, text: text), where: { $0.color == Color(red: 1, green: 0, blue: 0) }).count
        axes.gridOnPanes = [false, true, false]
        let some = strokedPoints(axes.lower(theme: .dark, text: text), where: { $0.color == Color(red: 1, green: 0, blue: 0) }).count
        XCTAssertGreaterThan(some, 0)
        XCTAssertLessThan(some, all)
    }

    func testAContourStacksMeshKeepsTheSegmentsBelowItsLevelAndIsDrawnUnderTheRings() {
        let x = [-1.0, 0, 1], y = [-1.0, 0, 1]
        let values = y.flatMap { b in x.map { a in a * a + b * b } }
        var stack = ContourStack(x: x, y: y, values: values, levels: [0.5], colorMap: .coolwarm, vmin: 0, vmax: 2, heightScale: 0.5)
        XCTAssertTrue(stack.meshSegments().isEmpty, "no mesh by default")
        let red = Color(red: 1, green: 0, blue: 0)
        stack.mesh = ContourMesh(below: 1, style: StrokeStyle(color: red, widthPixels: 1))
        // The centre (0) and its four neighbours (1) are kept, the corners (2) are not: the four spokes of the cross.
        let segments = stack.meshSegments()
        XCTAssertEqual(segments.count, 4)
        XCTAssertTrue(segments.allSatisfy { $0.0.z <= 0.5 && $0.1.z <= 0.5 })
        var axes = axes()
        axes.marks = [.contour(stack)]
        axes.showGrid = false
        let commands = Mark3DLowering(camera: axes.geometry.camera).commands(for: axes.marks)
        guard case let .stroke(_, first)? = commands.first else { return XCTFail("a stroke first") }
        XCTAssertEqual(first.color, red, "the mesh is drawn before the rings")
    }

    func testAxisLabelsCanStandCloserToTheirTickLabelsAndAlongTheirAxis() {
        func zLabelCentre(_ axes: Axes3D) -> Point? {
            let commands = axes.lower(theme: .dark, text: text)
            let turns = commands.compactMap { command -> Point? in if case let .pushRotation(_, c) = command { return c } else { return nil } }
            return turns.last
        }
        var plain = axes()
        plain.zLabel = "$F$"
        var close = plain
        close.axisLabelGaps = [0.1, 0.1, -1]
        close.axisLabelsOverTickLabels = true
        var low = close
        low.axisLabelPositions = [0.5, 0.5, 0.25]
        let (foot, top) = plain.geometry.axisLine(2)
        let axisMid = plain.geometry.camera.pixel((foot + top) * 0.5)
        let a = try! XCTUnwrap(zLabelCentre(plain)), b = try! XCTUnwrap(zLabelCentre(close)), c = try! XCTUnwrap(zLabelCentre(low))
        XCTAssertLessThan((b - axisMid).length, (a - axisMid).length, "closer to its axis")
        XCTAssertGreaterThan(c.y, b.y, "lower along the F axis")
    }

    func testAnAxesMayDeclareItsAxisLabelsOverItsOwnTickLabelsAndNothingElse() {
        let owner = LabelOwner.axes3D(0)
        let axisLabel = PlacedLabel(text: "y1", box: Rect(x: 0, y: 0, width: 40, height: 40), owner: owner)
        let tick = PlacedLabel(text: "\u{2212}0.5", box: Rect(x: 30, y: 30, width: 30, height: 12), owner: owner)
        let otherTick = PlacedLabel(text: "0.0", box: Rect(x: 35, y: 20, width: 30, height: 12), owner: owner)
        let foreign = PlacedLabel(text: "0.5", box: Rect(x: 10, y: 10, width: 30, height: 12), owner: .slide(0))
        var layout = LabelLayout(bounds: Rect(x: 0, y: 0, width: 200, height: 200), labels: [axisLabel, tick, otherTick, foreign])
        let all = layout.problems()
        layout.intended = [.axisLabelsOverTickLabels(owner)]
        let left = layout.problems()
        // Only the axis label over its two tick labels is accepted: two tick labels overlapping and another part's
        // label are still reported.
        XCTAssertEqual(all.count - left.count, 2)
        XCTAssertTrue(left.contains(.overlap(tick, otherTick)))
        XCTAssertTrue(left.contains(.overlap(axisLabel, foreign)))
        XCTAssertTrue(IntendedLabelOverlap.isNumber("\u{2212}1.5") && !IntendedLabelOverlap.isNumber("F∞(y)"))
    }
}
