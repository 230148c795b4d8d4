import XCTest
@testable import EBMCore

/// The descent the figures draw (`latentDescent`): from z̃ to a stationary point of E, energy never rising, unwrapped.
final class ContinuousInferenceTests: XCTestCase {
    func testDescentFromZTildeReachesZCheckNearPi() {   // 15-1 Figs 5 and 7: z̃ = 0.5 → ž ≈ π at Y[23]
        let decoder = EllipseDecoder.lectureUntrained
        let y = LectureData.ellipse24[22]
        let descent = decoder.latentDescent(y, from: 0.5)
        XCTAssertTrue(descent.converged)
        XCTAssertEqual(descent.path[0], 0.5)
        XCTAssertEqual(descent.end, .pi, accuracy: 0.05)
        // The end is a stationary point of E and no worse than the grid's ž.
        XCTAssertEqual(decoder.energyDerivative(y, z: descent.end), 0, accuracy: 1e-6)
        XCTAssertLessThanOrEqual(decoder.energy(y, z: descent.end),
                                 decoder.zeroTemperatureInference(y, latents: LatentGrid()).freeEnergy)
        // Energy never increases along the path.
        let energies = descent.path.map { decoder.energy(y, z: $0) }
        for (a, b) in zip(energies, energies.dropFirst()) { XCTAssertLessThanOrEqual(b, a + 1e-12) }
    }

    func testPathIsUnwrapped() {
        // From z̃ = 6.5 (just past the maximum at 2π) at Y[23] descent runs on to 3π: the path must not be reduced mod 2π.
        let descent = EllipseDecoder.lectureUntrained.latentDescent(LectureData.ellipse24[22], from: 6.5)
        XCTAssertGreaterThan(descent.end, 2 * .pi)
        XCTAssertEqual(descent.end, 3 * .pi, accuracy: 0.05)
    }
}
