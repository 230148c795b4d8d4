import TestSupport
import XCTest
@testable import Plotting

/// The per-figure 3-D options the bathtub uses: a closer viewer (matplotlib's `ax.dist`), contour rings
/// flattened against the z axis, and walls without a floor grid.
final class CloseViewerAndFlatStackTests: XCTestCase {
    private func axes(distance: Double? = nil, floorGrid: Bool = true) -> Axes3D {
        Axes3D(frame: Rect(x: 0, y: 0, width: 800, height: 600), xLimits: -1...1, yLimits: -1...1, zLimits: 0...1,
               elevationDegrees: 35, azimuthDegrees: -52, boxAspect: Point3D(4, 4, 2), xTicks: .step(0.5), yTicks: .step(0.5),
               zTicks: .step(0.25), fitToFrame: false, viewerDistance: distance, showFloorGrid: floorGrid)
    }

    /// The screen lean of the vertical box edge at (x, y) = (1, 1): horizontal pixels gained from its foot to its top.
    private func lean(_ camera: Camera) -> Double {
        camera.pixel(Point3D(1, 1, 1)).x - camera.pixel(Point3D(1, 1, 0)).x
    }

    func testTheDefaultViewerStandsTenLongestSidesAwayAndACloserOneMakesVerticalEdgesLean() throws {
        XCTAssertEqual(axes().geometry.camera.viewerDistance, 40)
        XCTAssertEqual(axes(distance: 7).geometry.camera.viewerDistance, 7)
        var orthographic = axes()
        orthographic.perspective = false
        XCTAssertNil(orthographic.geometry.camera.viewerDistance)
        XCTAssertEqual(lean(orthographic.geometry.camera), 0, accuracy: 1e-9, "vertical edges stay vertical without perspective")
        // Seen from above, the top of a right-hand edge is nearer, so magnified: it leans outward, more the closer the viewer.
        let far = lean(axes().geometry.camera), near = lean(axes(distance: 7).geometry.camera)
        XCTAssertGreaterThan(far, 0)
        XCTAssertGreaterThan(near, 3 * far)
        // The lean is exactly the perspective factor D / (D + depth) applied to the edge's two ends.
        let c = axes(distance: 7).geometry.camera
        var o = c
        o.viewerDistance = nil
        let top = c.boxCoordinates(Point3D(1, 1, 1)), foot = c.boxCoordinates(Point3D(1, 1, 0))
        func x(_ b: Point3D) -> Double {
            let q = o.project(box: b)
            return c.center.x + 7 / (7 + q.depth) * (q.pixel.x - c.center.x)
        }
        XCTAssertEqual(near, x(top) - x(foot), accuracy: 1e-9)
    }

    func testAHeightScaleLiftsEachRingToItsScaledLevelAndBoundsTheStackSo() {
        let xs = (0...20).map { -2 + 0.2 * Double($0) }
        let values = xs.flatMap { y in xs.map { x in x * x + y * y } }
        let levels = [0.5, 1, 2]
        for scale in [1.0, 0.17] {
            let stack = ContourStack(x: xs, y: xs, values: values, levels: levels, colorMap: .coolwarm, vmin: 0, vmax: 2, heightScale: scale)
            for (level, lines) in stack.lines() {
                XCTAssertFalse(lines.isEmpty)
                for p in lines.joined() {
                    XCTAssertEqual(p.z, level * scale, accuracy: 1e-12)
                    // Still the iso-line of its level: x² + y² = level, within the grid's linear interpolation.
                    XCTAssertEqual(p.x * p.x + p.y * p.y, level, accuracy: 0.05)
                }
            }
            XCTAssertEqual(Axes3DGeometry.dataBounds([.contour(stack)])[2], (0.5 * scale)...(2 * scale))
        }
    }

    func testWithoutAFloorGridNoGridLineRunsAcrossTheFloor() {
        let text = MathLayout(metrics: FakeMetrics(), theme: .dark)
        for floorGrid in [true, false] {
            let a = axes(floorGrid: floorGrid)
            let g = a.geometry
            let lowering = Box3DLowering(axes: a, geometry: g, theme: .dark, text: text)
            var onFloor = 0, onWalls = 0
            for i in 0..<3 {
                let ticks = a.tickValues(axis: i, geometry: g)
                for line in lowering.gridLines(axis: i, ticks: ticks) {
                    for piece in floorGrid ? [Array(line[0...1]), Array(line[1...2])] : Box3DLowering.offFloor(line, axis: i) {
                        if piece.allSatisfy({ abs($0.z - g.back(2)) < 1e-12 }) { onFloor += 1 } else { onWalls += 1 }
                    }
                }
            }
            // x and y each have 5 ticks and one floor piece per line; z's 5 lines lie on the walls only.
            XCTAssertEqual(onFloor, floorGrid ? 10 : 0)
            XCTAssertEqual(onWalls, 20)
        }
    }
}
