import CairoRenderer
import XCTest
@testable import Plotting

/// The 3-D look: matplotlib's perspective, labels turned along their axes, panes in the theme's background,
/// and a colour bar that stays put while the camera turns.
final class PerspectiveAndStripTests: XCTestCase {
    private func camera(distance: Double?) -> Camera {
        Camera(xLimits: -1...1, yLimits: -1...1, zLimits: -1...1, center: Point(500, 400), pixelsPerUnit: 100, viewerDistance: distance)
    }

    func testPerspectiveScalesOffsetsByDistanceOverDistancePlusDepth() {
        let orthographic = camera(distance: nil), perspective = camera(distance: 40)
        for p in [Point3D(1, 1, 1), Point3D(-1, 1, -1), Point3D(1, -1, 0.5), Point3D(0, 0, 0)] {
            let o = orthographic.project(p), q = perspective.project(p)
            XCTAssertEqual(q.depth, o.depth, accuracy: 1e-12, "depth is unchanged")
            let k = 40 / (40 + o.depth)
            XCTAssertEqual(q.pixel.x - 500, k * (o.pixel.x - 500), accuracy: 1e-9)
            XCTAssertEqual(q.pixel.y - 400, k * (o.pixel.y - 400), accuracy: 1e-9)
        }
        // Nearer corners (negative depth) are drawn larger than farther ones.
        let near = Point3D(1, -1, 1), far = Point3D(-1, 1, -1)
        XCTAssertLessThan(perspective.project(near).depth, 0)
        let grow = (perspective.pixel(near) - Point(500, 400)).length / (orthographic.pixel(near) - Point(500, 400)).length
        let shrink = (perspective.pixel(far) - Point(500, 400)).length / (orthographic.pixel(far) - Point(500, 400)).length
        XCTAssertGreaterThan(grow, 1)
        XCTAssertLessThan(shrink, 1)
        // A distant viewer is orthographic in the limit.
        XCTAssertEqual(camera(distance: 1e12).pixel(near).x, orthographic.pixel(near).x, accuracy: 1e-6)
    }

    func testAxisLabelAnglesReadLeftToRightOrBottomToTop() {
        let quarter = Double.pi / 2
        XCTAssertEqual(Box3DLowering.readableAngle(of: Point(1, 0)), 0, accuracy: 1e-12)
        XCTAssertEqual(Box3DLowering.readableAngle(of: Point(-1, 0)), 0, accuracy: 1e-12)
        XCTAssertEqual(Box3DLowering.readableAngle(of: Point(0, -1)), -quarter, accuracy: 1e-12, "an upward axis reads bottom to top")
        XCTAssertEqual(Box3DLowering.readableAngle(of: Point(0, 1)), -quarter, accuracy: 1e-12)
        for degrees in stride(from: -180.0, through: 180, by: 15) {
            let a = degrees * Double.pi / 180
            let angle = Box3DLowering.readableAngle(of: Point(cos(a), sin(a)))
            XCTAssertTrue(angle >= -quarter && angle < quarter)
            XCTAssertEqual(sin(angle) * cos(a) - cos(angle) * sin(a), 0, accuracy: 1e-9, "parallel to the axis")
        }
    }

    func testAxisLabelsAreTurnedAndColoured() {
        var axes = Fixtures3D.horn(frame: Rect(x: 20, y: 20, width: 960, height: 760))
        axes.axisLabelColors = [Palette.pink, Palette.lightBlue, nil]
        let commands = Figure(widthPixels: 1000, heightPixels: 800, axes3D: [axes]).lower(metrics: CairoTextMeasurer())
        let rotations = commands.enumerated().compactMap { i, c -> (Int, Double)? in
            if case let .pushRotation(angle, _) = c { return (i, angle) } else { return nil }
        }
        XCTAssertEqual(rotations.count, 3, "one turned label per axis")
        let colours = rotations.map { i, _ -> Color? in
            if case let .text(_, _, _, color) = commands[i + 1] { return color } else { return nil }
        }
        XCTAssertEqual(colours, [Palette.pink, Palette.lightBlue, .white])
        // The z axis (y₂) is upright on screen, so its label reads bottom to top.
        XCTAssertEqual(rotations[2].1, -Double.pi / 2, accuracy: 0.05)
    }

    func testPanesTakeTheThemesBackground() {
        for theme in [Theme.dark, .light] {
            let axes = Fixtures3D.horn(frame: Rect(x: 20, y: 20, width: 960, height: 760))
            let commands = Figure(widthPixels: 1000, heightPixels: 800, theme: theme, axes3D: [axes]).lower(metrics: CairoTextMeasurer())
            let panes = commands.dropFirst().prefix(3).compactMap { if case let .fill(_, color) = $0 { return color } else { return nil } }
            XCTAssertEqual(panes, Array(repeating: theme.axesBackground, count: 3), theme.name)
        }
    }

    func testColourBarStaysInItsStripWhateverTheAzimuth() {
        let strip = Rect(x: 800, y: 40, width: 30, height: 600)
        var rects: [Rect] = []
        for azimuth in [-150.0, -60, -15, 30] {
            var axes = Fixtures3D.bathtub(frame: Rect(x: 10, y: 10, width: 760, height: 680))
            axes.azimuthDegrees = azimuth
            axes.colorbarStrip = strip
            let commands = Figure(widthPixels: 1000, heightPixels: 700, axes3D: [axes]).lower(metrics: CairoTextMeasurer())
            rects += commands.compactMap { if case let .image(_, rect, _) = $0 { return rect } else { return nil } }
        }
        XCTAssertEqual(rects.count, 4)
        XCTAssertTrue(rects.allSatisfy { $0 == rects[0] })
        XCTAssertGreaterThanOrEqual(rects[0].minX, strip.minX)
        XCTAssertEqual(rects[0].maxY, strip.maxY, accuracy: 1e-9)
    }

    func testStretchedBoxFillsAWideFrame() {
        var axes = Fixtures3D.horn(frame: Rect(x: 0, y: 0, width: 1600, height: 500))
        let text = MathLayout(metrics: CairoTextMeasurer(), family: "CMU Serif", fallbackFamily: "DejaVu Serif")
        let plain = axes.fittedGeometry(text: text)
        axes.stretchToFrame = true
        let stretched = axes.fittedGeometry(text: text)
        XCTAssertEqual(plain.camera.horizontalStretch, 1)
        XCTAssertGreaterThan(stretched.camera.horizontalStretch, 1.2, "a wide frame widens the box")
        let ink = Box3DLowering(axes: axes, geometry: stretched, theme: .dark, text: text).lowered().ink
        XCTAssertLessThanOrEqual(ink.width, 1600 + 1)
        XCTAssertGreaterThan(ink.width, 0.9 * 1600)
    }
}
