import XCTest
import Plotting

/// Marching squares against closed forms: circles of a cone, the two branches of a saddle, degenerate input.
final class MarchingSquaresTests: XCTestCase {
    func grid(_ lower: Double, _ upper: Double, step: Double) -> [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...n).map { lower + step * Double($0) }
    }

    func testConeIsolinesAreClosedCirclesOfTheLevelRadius() {
        let xs = grid(-2, 2, step: 0.05), ys = grid(-1.5, 1.5, step: 0.05)
        let values = ys.flatMap { y in xs.map { x in (x * x + y * y).squareRoot() } }
        for radius in [0.3, 0.7, 1.2] {
            let lines = MarchingSquares.isolines(x: xs, y: ys, values: values, level: radius)
            XCTAssertEqual(lines.count, 1, "one circle at r = \(radius)")
            let circle = lines[0]
            XCTAssertEqual(circle.first, circle.last, "closed")
            XCTAssertGreaterThan(circle.count, Int(2 * Double.pi * radius / 0.05))
            // Linear interpolation of √(x²+y²) along a cell edge errs by at most h²/(8r).
            for p in circle { XCTAssertEqual(p.length, radius, accuracy: 0.05 * 0.05 / (8 * radius) + 1e-12) }
        }
        // A circle that leaves the grid (r = 1.7 > 1.5 in y) is cut into two open arcs.
        let arcs = MarchingSquares.isolines(x: xs, y: ys, values: values, level: 1.7)
        XCTAssertEqual(arcs.count, 2)
        XCTAssertTrue(arcs.allSatisfy { $0.first != $0.last })
    }

    func testSaddleGivesTwoHyperbolaBranches() {
        let xs = grid(-1, 1, step: 0.1)
        let values = xs.flatMap { y in xs.map { x in x * y } }
        let lines = MarchingSquares.isolines(x: xs, y: xs, values: values, level: 0.2)
        XCTAssertEqual(lines.count, 2)
        let signs = Set(lines.map { ($0[0].x > 0) })
        XCTAssertEqual(signs, [true, false], "one branch in the first quadrant, one in the third")
        for line in lines {
            XCTAssertNotEqual(line.first, line.last, "branches end on the boundary")
            XCTAssertTrue(line.allSatisfy { abs($0.x) >= 0.2 - 1e-9 && abs($0.x) <= 1 + 1e-9 })
            XCTAssertTrue(line.allSatisfy { $0.x * $0.y > 0 })
        }
    }

    func testSaddleCellIsResolvedByItsCentreAverage() {
        // Corners: (0,0) = 1, (1,0) = −1, (0,1) = −1, (1,1) = 1; centre average 0.
        let values = [1.0, -1, -1, 1]
        // Level 0: the centre counts as above, so the above corners join and the below ones are cut off.
        let above = MarchingSquares.isolines(x: [0, 1], y: [0, 1], values: values, level: 0)
        XCTAssertEqual(Set(above.map { Set($0) }), [Set([Point(0.5, 0), Point(1, 0.5)]), Set([Point(0.5, 1), Point(0, 0.5)])])
        // Level 0.5: the centre is below, so the above corners (0,0) and (1,1) are cut off.
        let below = MarchingSquares.isolines(x: [0, 1], y: [0, 1], values: values, level: 0.5)
        XCTAssertEqual(Set(below.map { Set($0) }), [Set([Point(0, 0.25), Point(0.25, 0)]), Set([Point(1, 0.75), Point(0.75, 1)])])
    }

    func testDegenerateInputDoesNotCrash() {
        let xs = [0.0, 1, 2], ys = [0.0, 1, 2]
        // A flat field at the level: every corner counts as above, no line.
        XCTAssertTrue(MarchingSquares.isolines(x: xs, y: ys, values: [Double](repeating: 3, count: 9), level: 3).isEmpty)
        // Corners exactly at the level: finite points, on the grid.
        let ramp = ys.flatMap { _ in xs.map { $0 } }
        let onLevel = MarchingSquares.isolines(x: xs, y: ys, values: ramp, level: 1)
        XCTAssertEqual(onLevel.count, 1)
        XCTAssertTrue(onLevel[0].allSatisfy { $0.x.isFinite && $0.y.isFinite })
        // Zero-x-value saddle through grid vertices (x² − y² with level 0).
        let saddle: [Double] = ys.flatMap { y -> [Double] in
            xs.map { x -> Double in
                let dx = x - 1, dy = y - 1
                return dx * dx - dy * dy
            }
        }
        XCTAssertTrue(MarchingSquares.isolines(x: xs, y: ys, values: saddle, level: 0).allSatisfy { $0.allSatisfy { $0.x.isFinite } })
        // NaN and infinite cells are skipped: the cone circle around a hole opens into an arc.
        let fine = grid(-1, 1, step: 0.1)
        var values = fine.flatMap { y in fine.map { x in (x * x + y * y).squareRoot() } }
        values[10 * 21 + 15] = .nan
        values[10 * 21 + 5] = .infinity
        let lines = MarchingSquares.isolines(x: fine, y: fine, values: values, level: 0.5)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.first != $0.last })
        // Too small or mismatched grids, and non-finite levels.
        XCTAssertTrue(MarchingSquares.isolines(x: [0], y: [0, 1], values: [0, 1], level: 0.5).isEmpty)
        XCTAssertTrue(MarchingSquares.isolines(x: [0, 1], y: [0, 1], values: [0, 1, 2], level: 0.5).isEmpty)
        XCTAssertTrue(MarchingSquares.isolines(x: xs, y: ys, values: ramp, level: .nan).isEmpty)
        XCTAssertTrue(MarchingSquares.isolines(x: [], y: [], values: [], level: 0).isEmpty)
    }
}
