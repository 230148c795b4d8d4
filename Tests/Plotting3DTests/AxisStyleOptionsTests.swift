import CairoRenderer
import XCTest
@testable import Plotting

/// The 3-D axes' style options (15-1 Fig 1's older look) and that leaving them out draws as before.
final class AxisStyleOptionsTests: XCTestCase {
    private let frame = Rect(x: 20, y: 20, width: 960, height: 760)

    private func lower(_ axes: Axes3D) -> [DrawCommand] {
        Figure(widthPixels: 1000, heightPixels: 800, axes3D: [axes]).lower(metrics: CairoTextMeasurer())
    }

    private func rotations(_ commands: [DrawCommand]) -> Int {
        commands.filter { if case .pushRotation = $0 { return true } else { return false } }.count
    }

    /// The strokes of the three axis lines and their tick marks: solid, not the dashed grid, in the given colour.
    private func axisStrokes(_ commands: [DrawCommand], color: Color) -> [StrokeStyle] {
        commands.compactMap { if case let .stroke(_, style) = $0, style.dash.isEmpty, style.color == color { return style } else { return nil } }
    }

    func testUprightLabelsAreNotTurnedAndTheOthersStillAre() {
        var axes = Fixtures3D.horn(frame: frame)
        XCTAssertEqual(rotations(lower(axes)), 3)
        axes.uprightAxisLabels = [false, false, true]
        XCTAssertEqual(rotations(lower(axes)), 2, "y₂ upright, x and y₁ along their axes")
        axes.uprightAxisLabels = [true, true, true]
        XCTAssertEqual(rotations(lower(axes)), 0)
    }

    func testAxisLinesTakeTheirColourAndWidthAndTheGridItsStyle() {
        let plain = lower(Fixtures3D.horn(frame: frame))
        XCTAssertEqual(axisStrokes(plain, color: Theme.dark.frameColor).count, 6, "three lines and three tick paths in the frame colour")
        var axes = Fixtures3D.horn(frame: frame)
        axes.axisLineColor = .white
        axes.axisLineWidthPixels = 1.6
        let grid = StrokeStyle(color: Color(grey: 0.75).withAlpha(0.85), widthPixels: 1.1, dash: [5, 3.5])
        axes.gridStyle = grid
        let styled = lower(axes)
        let lines = axisStrokes(styled, color: .white)
        XCTAssertEqual(lines.count, 6)
        XCTAssertTrue(lines.allSatisfy { $0.widthPixels == 1.6 })
        XCTAssertEqual(axisStrokes(styled, color: Theme.dark.frameColor).count, 0)
        let dashed = styled.compactMap { if case let .stroke(_, style) = $0, !style.dash.isEmpty { return style } else { return nil } }
        XCTAssertEqual(dashed, [grid], "one grid path in the asked style")
    }

    func testTickLabelsMoveOutByTheirPad() {
        var axes = Fixtures3D.horn(frame: frame)
        axes.fitToFrame = false   // keep the box still, so that only the labels move
        func tickLabels() -> [Rect] {
            let metrics = CairoTextMeasurer()
            return lower(axes).compactMap { command -> Rect? in
                guard case let .text(s, font, origin, _) = command, font.sizePixels == axes.tickLabelSizePixels else { return nil }
                let e = metrics.extents(of: s, font: font)
                return Rect(x: origin.x, y: origin.y - e.ascent, width: e.advance, height: e.ascent + e.descent)
            }
        }
        let near = tickLabels()
        axes.tickLabelPad = 1.0
        let far = tickLabels()
        XCTAssertEqual(near.count, far.count)
        XCTAssertGreaterThan(near.count, 10)
        for (a, b) in zip(near, far) {
            XCTAssertEqual((b.center - a.center).length, 0.65 * axes.tickLabelSizePixels, accuracy: 1e-6, "moved out by 0.65 em")
            XCTAssertEqual(b.width, a.width, accuracy: 1e-9)
        }
        // A pad for one axis moves only that axis' labels; the others keep `tickLabelPad`.
        axes.tickLabelPads = [1.0, 1.0, 1.5]
        let zFurther = tickLabels()
        XCTAssertEqual(zFurther.count, far.count)
        let moved = zip(far, zFurther).map { ($1.center - $0.center).length }
        XCTAssertEqual(moved.filter { abs($0 - 0.5 * axes.tickLabelSizePixels) < 1e-6 }.count, moved.filter { $0 > 1e-9 }.count)
        XCTAssertGreaterThanOrEqual(moved.filter { $0 > 1e-9 }.count, 3, "the z labels moved by 0.5 em")
        XCTAssertGreaterThanOrEqual(moved.filter { $0 < 1e-9 }.count, 6, "the x and y labels stayed")
        XCTAssertEqual(axes.tickLabelPad(axis: 0), 1.0)
        axes.tickLabelPads = []
        XCTAssertEqual(tickLabels(), far, "no pads: as before")
    }
}
