import XCTest
@testable import Plotting

/// Painter's order: farther primitives first, ties in input order, shading by depth.
final class DepthOrderTests: XCTestCase {
    let camera = Camera(xLimits: -1...1, yLimits: -1...1, zLimits: -1...1, boxAspect: Point3D(2, 2, 2), center: Point(0, 0),
                        pixelsPerUnit: 100)

    /// The fill colours of the markers in drawing order.
    func fills(_ marks: [Mark3D]) -> [Color] {
        Mark3DLowering(camera: camera).commands(for: marks).compactMap { if case let .fill(_, c) = $0 { return c } else { return nil } }
    }

    func testNearerMarkerCoversFartherOneOnTheSameLineOfSight() {
        let n = camera.towardViewer
        let near = n * 0.5, far = n * -0.5
        XCTAssertEqual(camera.pixel(near).x, camera.pixel(far).x, accuracy: 1e-9, "they overlap on screen")
        XCTAssertEqual(camera.pixel(near).y, camera.pixel(far).y, accuracy: 1e-9)
        let red = Color(red: 1, green: 0, blue: 0), blue = Color(red: 0, green: 0, blue: 1)
        let marker = MarkerStyle(sizePixels: 10, fill: nil, edgeWidthPixels: 0)
        // Listed near first: drawn far first, so the near (red) marker ends on top.
        let scatter = Scatter3D(points: [near, far], marker: marker, colors: [red, blue], depthShade: false)
        XCTAssertEqual(fills([.scatter(scatter)]), [blue, red])
    }

    func testEqualDepthsKeepTheirInputOrder() {
        let u = camera.screenRight
        let colors = (0..<5).map { Color(grey: Double($0) / 4) }
        let points = (0..<5).map { u * (Double($0) * 0.1) }   // all at depth 0
        let scatter = Scatter3D(points: points, marker: MarkerStyle(sizePixels: 4, fill: nil, edgeWidthPixels: 0), colors: colors,
                                depthShade: false)
        XCTAssertEqual(fills([.scatter(scatter)]), colors)
    }

    func testDepthShadeFadesTheFarthestToThirtyPercent() {
        let n = camera.towardViewer
        let scatter = Scatter3D(points: [n * 1, n * 0, n * -1], marker: MarkerStyle(sizePixels: 4, fill: .white, edgeWidthPixels: 0),
                                alpha: 0.5)
        let alphas = fills([.scatter(scatter)]).map(\.alpha)
        XCTAssertEqual(alphas.count, 3)
        XCTAssertEqual(alphas[0], 0.5 * 0.3, accuracy: 1e-12)
        XCTAssertEqual(alphas[1], 0.5 * 0.65, accuracy: 1e-12)
        XCTAssertEqual(alphas[2], 0.5, accuracy: 1e-12)
    }

    func testMarksInterleaveByDepthAcrossMarks() {
        let n = camera.towardViewer, u = camera.screenRight
        let marker = MarkerStyle(sizePixels: 4, fill: .white, edgeWidthPixels: 0)
        let front = Scatter3D(points: [n * 0.8], marker: marker, depthShade: false)
        let line = Line3D(points: [n * -0.8 - u * 0.5, n * -0.8 + u * 0.5], color: .black)
        let commands = Mark3DLowering(camera: camera).commands(for: [.scatter(front), .line(line)])
        guard case .stroke = commands.first, case .fill = commands.last else { return XCTFail("the far line must come first: \(commands)") }
    }

    func testNonFinitePointsAreSkippedAndBreakLines() {
        let line = Line3D(points: [Point3D(0, 0, 0), Point3D(0.1, 0, 0), Point3D(.nan, 0, 0), Point3D(0.2, 0, 0), Point3D(0.3, 0, 0)],
                          color: .white)
        let strokes = Mark3DLowering(camera: camera).commands(for: [.line(line)])
        XCTAssertEqual(strokes.count, 2)
        let scatter = Scatter3D(points: [Point3D(.infinity, 0, 0)], marker: MarkerStyle(sizePixels: 4, fill: .white))
        XCTAssertTrue(Mark3DLowering(camera: camera).commands(for: [.scatter(scatter)]).isEmpty)
    }

    func testContourLinesSitAtTheirLevelsInTheirColours() {
        let xs = (0...20).map { -1 + 0.1 * Double($0) }
        let values = xs.flatMap { y in xs.map { x in x * x + y * y } }
        let stack = ContourStack(x: xs, y: xs, values: values, levels: [0.25, 0.5], colorMap: .coolwarm, vmin: 0, vmax: 1)
        let lines = stack.lines()
        XCTAssertEqual(lines.map(\.level), [0.25, 0.5])
        for (level, polylines) in lines {
            XCTAssertEqual(polylines.count, 1)
            XCTAssertTrue(polylines[0].allSatisfy { $0.z == level })
        }
        XCTAssertEqual(stack.color(of: 0.5), ColorMap.coolwarm.color(atFraction: 0.5))
        let colors = Set(Mark3DLowering(camera: camera).commands(for: [.contour(stack)]).compactMap { command -> Color? in
            if case let .stroke(_, style) = command { return style.color } else { return nil }
        })
        XCTAssertEqual(colors, [stack.color(of: 0.25), stack.color(of: 0.5)])
    }
}
