import XCTest
@testable import EBMCore

final class EllipseSamplingTests: XCTestCase {
    func testRho() {
        XCTAssertEqual(rho(0), Point2(2, 1.5))
        XCTAssertEqual(rho(1).x, 1.5 * exp(2), accuracy: 1e-12)
        XCTAssertEqual(rho(1).y, 2 * exp(2), accuracy: 1e-12)
        XCTAssertEqual(rho(0.5).x, 1.75 * exp(1), accuracy: 1e-12)
    }

    func testSampleEllipseIsSeededAndNearTheEllipse() {
        var a = SeededGenerator(seed: 11), b = SeededGenerator(seed: 11)
        let first = sampleEllipse(count: 500, using: &a)
        XCTAssertEqual(first, sampleEllipse(count: 500, using: &b))
        XCTAssertEqual(first.count, 500)
        // (y₁/2)² + (y₂/1.5)² ≈ 1 up to the σ = 0.05 noise.
        let radii = first.map { (($0.x / 2) * ($0.x / 2) + ($0.y / 1.5) * ($0.y / 1.5)).squareRoot() }
        XCTAssertEqual(radii.reduce(0, +) / 500, 1, accuracy: 0.01)
        XCTAssertLessThan(radii.map { abs($0 - 1) }.max()!, 0.15)
        // θ uniform: the four quadrants are all populated.
        XCTAssertTrue(first.contains { $0.x > 0 && $0.y > 0 } && first.contains { $0.x < 0 && $0.y < 0 })
        let noiseless = sampleEllipse(count: 20, x: 1, noise: 0, using: &a)
        for y in noiseless {
            let r = rho(1)
            XCTAssertEqual((y.x / r.x) * (y.x / r.x) + (y.y / r.y) * (y.y / r.y), 1, accuracy: 1e-12)
        }
    }
}
