import TestSupport
import XCTest
@testable import Plotting

/// The camera as data: known points land where the orthographic camera maths says.
final class ProjectionTests: XCTestCase {
    let unitCube = Camera(xLimits: -1...1, yLimits: -1...1, zLimits: -1...1, boxAspect: Point3D(2, 2, 2), center: Point(500, 400),
                          pixelsPerUnit: 100)

    func assertClose(_ p: Point, _ q: Point, accuracy: Double = 1e-9, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(p.x, q.x, accuracy: accuracy, "x", file: file, line: line)
        XCTAssertEqual(p.y, q.y, accuracy: accuracy, "y", file: file, line: line)
    }

    func testDefaultViewAxesAreMatplotlibs() {
        // elev 30°, azim −60°: n = (cos30·cos60, −cos30·sin60, sin30), u = (sin60, cos60, 0), v = n × u.
        let c = unitCube
        XCTAssertEqual(c.elevationDegrees, 30)
        XCTAssertEqual(c.azimuthDegrees, -60)
        let n = c.towardViewer, u = c.screenRight, v = c.screenUp
        XCTAssertEqual(n.x, 0.75.squareRoot() * 0.5, accuracy: 1e-12)
        XCTAssertEqual(n.y, -0.75, accuracy: 1e-12)
        XCTAssertEqual(n.z, 0.5, accuracy: 1e-12)
        XCTAssertEqual(u.x, 0.75.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(u.y, 0.5, accuracy: 1e-12)
        XCTAssertEqual(u.z, 0, accuracy: 1e-12)
        XCTAssertEqual(v.x, -0.25, accuracy: 1e-12)
        XCTAssertEqual(v.y, 0.75.squareRoot() / 2, accuracy: 1e-12)
        XCTAssertEqual(v.z, 0.75.squareRoot(), accuracy: 1e-12)
        // Orthonormal frame.
        XCTAssertEqual(u.dot(v), 0, accuracy: 1e-12)
        XCTAssertEqual(u.dot(n), 0, accuracy: 1e-12)
        XCTAssertEqual(v.dot(v), 1, accuracy: 1e-12)
        // The +x corner goes right and down the screen, +z straight up.
        assertClose(c.pixel(Point3D(1, 0, 0)), Point(500 + 100 * 0.75.squareRoot(), 400 + 25))
        assertClose(c.pixel(Point3D(0, 0, 1)), Point(500, 400 - 100 * 0.75.squareRoot()))
    }

    func testTopViewShowsXRightAndYUp() {
        var c = unitCube
        c.elevationDegrees = 90
        c.azimuthDegrees = -90
        for p in [Point3D(0.3, -0.7, 0), Point3D(0.3, -0.7, 0.9), Point3D(-1, 1, -1)] {
            let q = c.project(p)
            assertClose(q.pixel, Point(500 + 100 * p.x, 400 - 100 * p.y))
            XCTAssertEqual(q.depth, -p.z, accuracy: 1e-12, "higher points are nearer from above")
        }
    }

    func testFrontAndSideViews() {
        var c = unitCube
        c.elevationDegrees = 0
        c.azimuthDegrees = -90   // looking along +y: x right, z up, y into the screen.
        assertClose(c.pixel(Point3D(0.5, 0.9, -0.25)), Point(550, 425))
        XCTAssertEqual(c.project(Point3D(0, 0.9, 0)).depth, 0.9, accuracy: 1e-12)
        c.azimuthDegrees = 0     // looking along −x: y right, z up.
        assertClose(c.pixel(Point3D(0.8, 0.5, 0.25)), Point(550, 375))
        XCTAssertEqual(c.project(Point3D(0.8, 0, 0)).depth, -0.8, accuracy: 1e-12)
    }

    func testDataLimitsAndBoxAspectMapToTheBox() {
        let c = Camera(elevationDegrees: 90, azimuthDegrees: -90, xLimits: 0...10, yLimits: -20...20, zLimits: 0...1,
                       boxAspect: Point3D(4, 2, 3), center: Point(0, 0), pixelsPerUnit: 10)
        XCTAssertEqual(c.boxCoordinates(Point3D(10, 20, 0)), Point3D(2, 1, -1.5))
        assertClose(c.pixel(Point3D(0, -20, 1)), Point(-20, 10))
        assertClose(c.pixel(Point3D(5, 0, 0.3)), Point(0, 0))
    }

    func testBackPanesFollowTheAzimuthAsInMatplotlib() {
        func highs(elev: Double = 30, azim: Double) -> [Bool] {
            Axes3DGeometry(Axes3D(frame: Rect(x: 0, y: 0, width: 400, height: 400), xLimits: 0...1, yLimits: 0...1, zLimits: 0...1,
                                  elevationDegrees: elev, azimuthDegrees: azim)).backPaneAtUpper
        }
        XCTAssertEqual(highs(azim: -60), [false, true, false])   // default: walls at x = min, y = max; floor
        XCTAssertEqual(highs(azim: 30), [false, false, false])
        XCTAssertEqual(highs(azim: 120), [true, false, false])
        XCTAssertEqual(highs(azim: -150), [true, true, false])
        XCTAssertEqual(highs(elev: -30, azim: -60), [false, true, true]) // from below the floor becomes a ceiling
    }

    func testPanesAxisLinesAndGridUseTheBackAndFrontSides() throws {
        let axes = Axes3D(frame: Rect(x: 0, y: 0, width: 800, height: 600), xLimits: 0...1, yLimits: -20...20, zLimits: -15...15,
                          xTicks: .step(0.5), fitToFrame: false)
        let g = axes.geometry
        XCTAssertEqual(g.boxLower.x, -1.0 / 48, accuracy: 1e-12)
        XCTAssertEqual(g.boxUpper.y, 20 + 40.0 / 48, accuracy: 1e-12)
        // The x axis runs along the front-bottom edge, y along the right-bottom edge, z up the back-right one.
        let (xs, xe) = g.axisLine(0)
        XCTAssertEqual([xs.y, xs.z, xe.y, xe.z], [g.boxLower.y, g.boxLower.z, g.boxLower.y, g.boxLower.z])
        let (ys, _) = g.axisLine(1)
        XCTAssertEqual([ys.x, ys.z], [g.boxUpper.x, g.boxLower.z])
        let (zs, _) = g.axisLine(2)
        XCTAssertEqual([zs.x, zs.y], [g.boxUpper.x, g.boxUpper.y])
        // The first pane drawn is the x pane at the lower x, as four projected corners.
        let commands = Figure(widthPixels: 800, heightPixels: 600, axes3D: [axes]).lower(metrics: FakeMetrics())
        guard case let .fill(path, _) = commands[1] else { return XCTFail("expected the x pane fill, got \(commands[1])") }
        let corners = g.backPane(0)
        XCTAssertTrue(corners.allSatisfy { $0.x == g.boxLower.x })
        XCTAssertEqual(path, Path.polygon(corners.map(g.camera.pixel)))
        // Grid lines of x at 0, 0.5, 1 bend at the back corner line (y = max, z = min).
        let lines = Box3DLowering(axes: axes, geometry: g, theme: .dark, text: MathLayout(metrics: FakeMetrics(), theme: .dark))
            .gridLines(axis: 0, ticks: [0, 0.5, 1])
        XCTAssertEqual(lines[1], [Point3D(0.5, g.boxLower.y, g.boxLower.z), Point3D(0.5, g.boxUpper.y, g.boxLower.z),
                                  Point3D(0.5, g.boxUpper.y, g.boxUpper.z)])
    }

    func testPixelsOfPointsMatchWhatIsDrawnAndLabelsFitTheFrame() throws {
        let frame = Rect(x: 50, y: 40, width: 700, height: 500)
        let marker = MarkerStyle(shape: .square, sizePixels: 4, fill: .white, edgeWidthPixels: 0)
        let point = Point3D(0.25, 5, -3)
        let axes = Axes3D(frame: frame, xLimits: 0...1, yLimits: -20...20, zLimits: -15...15, xLabel: "$x$", yLabel: "$y_1$",
                          zLabel: "$y_2$", marks: [.scatter(Scatter3D(points: [point], marker: marker, depthShade: false))])
        let text = MathLayout(metrics: FakeMetrics(), theme: .dark)
        let pixel = axes.pixels(of: [point], text: text)[0]
        let commands = axes.lower(theme: .dark, text: text)
        guard case let .fill(path, _) = commands.last else { return XCTFail("the marker should be drawn last") }
        XCTAssertEqual(path, Path.rect(Rect(x: pixel.x - 2, y: pixel.y - 2, width: 4, height: 4)))
        // Every label lies inside the frame.
        for case let .text(string, font, origin, _) in commands {
            let e = FakeMetrics().extents(of: string, font: font)
            XCTAssertGreaterThanOrEqual(origin.x, frame.minX - 1e-6, string)
            XCTAssertLessThanOrEqual(origin.x + e.advance, frame.maxX + 1e-6, string)
            XCTAssertGreaterThanOrEqual(origin.y - e.ascent, frame.minY - 1e-6, string)
            XCTAssertLessThanOrEqual(origin.y + e.descent, frame.maxY + 1e-6, string)
        }
    }

    func testAutomaticLimitsAddMargins() {
        let points = [Point3D(0, -2, 10), Point3D(1, 2, 20)]
        let axes = Axes3D(frame: Rect(x: 0, y: 0, width: 100, height: 100),
                          marks: [.scatter(Scatter3D(points: points, marker: MarkerStyle(sizePixels: 2, fill: .white)))])
        let c = axes.geometry.camera
        XCTAssertEqual(c.xLimits.lowerBound, -0.05, accuracy: 1e-12)
        XCTAssertEqual(c.yLimits.upperBound, 2.2, accuracy: 1e-12)
        XCTAssertEqual(c.zLimits.lowerBound, 9.5, accuracy: 1e-12)
    }
}
