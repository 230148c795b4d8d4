import XCTest
@testable import EBMCore

/// docs/lecture.md §7 energy checks with the untrained decoder (−1.449, 0.357) and the 48-point grid.
final class EllipseEnergyTests: XCTestCase {
    private let decoder = EllipseDecoder.lectureUntrained
    private let latents = LatentGrid()
    private let y23 = LectureData.ellipse24[22]
    private let y10 = LectureData.ellipse24[9]

    func testLatentGrids() {
        XCTAssertEqual(latents.count, 48)
        XCTAssertEqual(latents.values[0], 0)
        XCTAssertEqual(latents.values[24], .pi, accuracy: 1e-15)
        XCTAssertEqual(latents.values[47], 47 * .pi / 24, accuracy: 1e-14)
        let wide = LatentGrid(start: -2 * .pi, step: .pi / 12, count: 72)
        XCTAssertEqual(wide.values.first!, -2 * .pi)
        XCTAssertEqual(wide.values.last!, 4 * .pi - .pi / 12, accuracy: 1e-14)
    }

    func testDecoderAndManifold() {
        XCTAssertEqual(decoder(0), Point2(-1.449, 0))
        XCTAssertEqual(decoder(.pi / 2).y, 0.357, accuracy: 1e-15)   // top at z = π/2
        XCTAssertEqual(decoder(.pi).x, 1.449, accuracy: 1e-15)       // right at z = π: clockwise
        let manifold = decoder.manifold(latents)
        XCTAssertEqual(manifold.count, 48)
        XCTAssertEqual(manifold[12].y, 0.357, accuracy: 1e-15)
        XCTAssertEqual(decoder.energy(Point2(1, 1), z: 0), (1 + 1.449) * (1 + 1.449) + 1, accuracy: 1e-14)
    }

    func testLectureDataAnchors() {
        XCTAssertEqual(LectureData.ellipse24.count, 24)
        XCTAssertEqual(y10, Point2(0.184, 1.506))
        XCTAssertEqual(y23, Point2(1.971, 0.086))
        XCTAssertEqual(LectureData.ellipse24[0], Point2(1.132, -1.240))
    }

    func testEnergiesOfY23() {
        let e = decoder.energies(y23, latents: latents)
        XCTAssertEqual(e.min()!, 0.280, accuracy: 0.0005)
        XCTAssertEqual(e.max()!, 11.704, accuracy: 0.0005)
        let inference = decoder.zeroTemperatureInference(y23, latents: latents)
        XCTAssertEqual(inference.index, 24)
        XCTAssertEqual(inference.zCheck, .pi, accuracy: 1e-14)
        XCTAssertEqual(inference.freeEnergy, e.min()!)
        XCTAssertEqual(exp(-e.min()!), 0.756, accuracy: 0.0005)   // 15-2 Fig 3 colour-bar top
    }

    func testEnergiesOfY10() {
        let e = decoder.energies(y10, latents: latents)
        XCTAssertEqual(e.min()!, 1.327, accuracy: 0.0005)
        XCTAssertEqual(e.max()!, 5.063, accuracy: 0.0005)
        XCTAssertEqual(e[0], 4.935, accuracy: 0.0005)
        let weights = e.map { exp(-$0) }                           // 15-2 Fig 4 colour bar
        XCTAssertEqual(weights.max()!, 0.265, accuracy: 0.0005)
        XCTAssertEqual(weights.min()!, 0.006, accuracy: 0.0005)
    }

    func testWeightsAtTheOrigin() {
        let weights = decoder.energies(.zero, latents: latents).map { exp(-$0) }   // 15-2 Fig 5
        XCTAssertEqual(weights.min()!, 0.1225, accuracy: 0.00005)
        XCTAssertEqual(weights.max()!, 0.8803, accuracy: 0.00005)
        XCTAssertEqual(weights.min()!, exp(-1.449 * 1.449), accuracy: 1e-15)
    }

    func testZeroTemperatureInferencePicksFirstIndexOnTies() {
        // At the origin E(0, z) = w₁² cos² z + w₂² sin² z: minima at z = π/2 and 3π/2 (indices 12 and 36).
        let inference = decoder.zeroTemperatureInference(.zero, latents: latents)
        XCTAssertEqual(inference.index, 12)
        XCTAssertEqual(inference.freeEnergy, 0.357 * 0.357, accuracy: 1e-14)
    }

    /// 15-1 Fig 10: E(y′, z) for the five ringed grid points. The the lecture's ranges (docs/lecture.md §6.1.10) were read off the drawn
    /// curves and are the extremes of the continuous E over z (within 0.01); the π/12 samples of the figure's
    /// 72-point grid [−2π, 4π) reach them to within 0.025 (red minimum 0.889 vs 0.87, orange maximum 2.350 vs 2.36).
    func testFiveCurveRangesOfFigure10() {
        let wide = LatentGrid(start: -2 * .pi, step: .pi / 12, count: 72)
        let fine = LatentGrid(start: -2 * .pi, step: 6 * .pi / 12_000, count: 12_000)
        let expected: [(Point2, Double, Double)] = [
            (Point2(-3, -0.5), 2.65, 20.04), (Point2(-2.25, -0.5), 0.87, 13.93), (Point2(-1.5, -0.5), 0.16, 8.95),
            (Point2(-0.75, -0.5), 0.04, 5.09), (Point2(0, -0.5), 0.02, 2.36),
        ]
        for (y, low, high) in expected {
            let continuous = decoder.energies(y, latents: fine)
            XCTAssertEqual(continuous.min()!, low, accuracy: 0.01, "\(y)")
            XCTAssertEqual(continuous.max()!, high, accuracy: 0.01, "\(y)")
            let sampled = decoder.energies(y, latents: wide)
            XCTAssertEqual(sampled.min()!, low, accuracy: 0.025, "\(y)")
            XCTAssertEqual(sampled.max()!, high, accuracy: 0.025, "\(y)")
        }
    }

    /// 15-1 Fig 5: E(Y[23], z) over [−2π, 4π) runs from 0.28 at z = π + 2kπ to 11.70 at z = 2kπ.
    func testFigure5Curve() {
        let wide = LatentGrid(start: -2 * .pi, step: .pi / 12, count: 72)
        let e = decoder.energies(y23, latents: wide)
        XCTAssertEqual(e[12], 0.280, accuracy: 0.0005)     // z = −π
        XCTAssertEqual(e[36], 0.280, accuracy: 0.0005)     // z = π
        XCTAssertEqual(e[60], 0.280, accuracy: 0.0005)     // z = 3π (the "F∞" marker)
        XCTAssertEqual(e[48], 11.704, accuracy: 0.0005)    // z = 2π
    }
}
