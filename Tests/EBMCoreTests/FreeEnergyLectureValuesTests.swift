import XCTest
@testable import EBMCore

/// docs/lecture.md §6–7 free-energy values of the untrained decoder (−1.449, 0.357) on the 48-point grid.
final class FreeEnergyLectureValuesTests: XCTestCase {
    private let decoder = EllipseDecoder.lectureUntrained
    private let latents = LatentGrid()
    private let gridY1 = (0...24).map { -3 + 0.25 * Double($0) }
    private let gridY2 = (0...16).map { -2 + 0.25 * Double($0) }
    private let betas = [0.1, pow(10, -0.5), 1, pow(10, 0.5), 10, .infinity]

    func testWarmFreeEnergyAtBetaOne() {
        XCTAssertEqual(decoder.freeEnergy(LectureData.ellipse24[22], beta: 1, latents: latents), 1.640, accuracy: 0.0005)
        XCTAssertEqual(decoder.freeEnergy(LectureData.ellipse24[9], beta: 1, latents: latents), 2.779, accuracy: 0.0005)
        XCTAssertEqual(decoder.freeEnergy(.zero, beta: 1, latents: latents), 0.884, accuracy: 0.0005)
    }

    func testFreeEnergyLimitsInBeta() {
        for y in [LectureData.ellipse24[9], Point2(0.5, -1.2), .zero] {
            let energies = decoder.energies(y, latents: latents)
            XCTAssertEqual(decoder.freeEnergy(y, beta: 1e6, latents: latents), energies.min()!, accuracy: 1e-5)
            XCTAssertEqual(decoder.freeEnergy(y, beta: 1e-6, latents: latents),
                           energies.reduce(0, +) / 48, accuracy: 1e-4)
        }
    }

    func testZeroTemperatureHeatmapRange() {   // 15-1 Fig 11
        let f = freeEnergyGrid(decoder: decoder, y1: gridY1, y2: gridY2, beta: .infinity, latents: latents)
        XCTAssertEqual(f.count, 425)
        XCTAssertEqual(f.min()!, 0.001, accuracy: 0.0005)
        XCTAssertEqual(f.max()!, 6.20, accuracy: 0.005)
    }

    func testWarmHeatmapMinima() {   // docs/lecture.md §7: 0.17 (β = 10), 0.41 (β = 3.16), 0.84 (β = 1)
        for (beta, minimum) in [(10.0, 0.17), (pow(10, 0.5), 0.41), (1.0, 0.84)] {
            let f = freeEnergyGrid(decoder: decoder, y1: gridY1, y2: gridY2, beta: beta, latents: latents)
            XCTAssertEqual(f.min()!, minimum, accuracy: 0.005, "beta \(beta)")
        }
    }

    func testZeroTemperatureCrossSection() {   // 15-2 Fig 2, y₂ = −2 … 0 (symmetric)
        let expected = [2.70, 1.94, 1.31, 0.80, 0.41, 0.15, 0.02, 0.01, 0.13]
        for (i, value) in expected.enumerated() {
            let y2 = -2 + 0.25 * Double(i)
            XCTAssertEqual(decoder.freeEnergy(Point2(0, y2), beta: .infinity, latents: latents), value, accuracy: 0.005)
            XCTAssertEqual(decoder.freeEnergy(Point2(0, -y2), beta: .infinity, latents: latents), value, accuracy: 0.005)
        }
        XCTAssertEqual(decoder.freeEnergy(.zero, beta: .infinity, latents: latents), 0.357 * 0.357, accuracy: 1e-12)
    }

    func testWarmCrossSectionsOfFigure6() {   // 15-2 Fig 6 at y₂ = 0 and ±2
        let atZero = [1.09, 1.04, 0.88, 0.58, 0.33, 0.13]
        let atTwo = [5.04, 4.85, 4.27, 3.43, 2.99, 2.70]
        for (k, beta) in betas.enumerated() {
            XCTAssertEqual(decoder.freeEnergy(.zero, beta: beta, latents: latents), atZero[k], accuracy: 0.01, "beta \(beta)")
            XCTAssertEqual(decoder.freeEnergy(Point2(0, 2), beta: beta, latents: latents), atTwo[k], accuracy: 0.01, "beta \(beta)")
            XCTAssertEqual(decoder.freeEnergy(Point2(0, -2), beta: beta, latents: latents), atTwo[k], accuracy: 0.01, "beta \(beta)")
        }
    }
}
