import XCTest
@testable import EBMCore

final class ContinuousInferenceTests: XCTestCase {
    func testDescentFromZTildeReachesZCheckNearPi() {   // 15-1 Figs 5 and 7: z̃ = 0.5 → ž ≈ π at Y[23]
        let decoder = EllipseDecoder.lectureUntrained
        let y = LectureData.ellipse24[22]
        let path = decoder.continuousInference(y, from: 0.5, learningRate: 0.1, steps: 300)
        XCTAssertEqual(path.count, 301)
        XCTAssertEqual(path[0], 0.5)
        XCTAssertEqual(path.last!, .pi, accuracy: 0.05)
        // The end is a stationary point of E and no worse than the grid's ž.
        XCTAssertEqual(decoder.energyDerivative(y, z: path.last!), 0, accuracy: 1e-6)
        XCTAssertLessThanOrEqual(decoder.energy(y, z: path.last!),
                                 decoder.zeroTemperatureInference(y, latents: LatentGrid()).freeEnergy)
        // Energy never increases along the path at this step size.
        let energies = path.map { decoder.energy(y, z: $0) }
        for (a, b) in zip(energies, energies.dropFirst()) { XCTAssertLessThanOrEqual(b, a + 1e-12) }
    }

    func testPathIsUnwrapped() {
        // From z̃ = 6.5 (just past the maximum at 2π) at Y[23] descent runs on to 3π: the path must not be reduced mod 2π.
        let decoder = EllipseDecoder.lectureUntrained
        let path = decoder.continuousInference(LectureData.ellipse24[22], from: 6.5, learningRate: 0.1, steps: 300)
        XCTAssertGreaterThan(path.last!, 2 * .pi)
        XCTAssertEqual(path.last!, 3 * .pi, accuracy: 0.05)
        XCTAssertEqual(decoder.continuousInference(.zero, from: 1, learningRate: 0.1, steps: 0), [1])
    }
}
