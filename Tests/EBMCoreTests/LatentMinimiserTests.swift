#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import EBMCore

/// A reference minimum independent of `latentMinimum`: a dense scan of the circle, then Newton on ∂E/∂z from the best
/// scanned point (within its cell, where E is convex at this density).
private func denseReference(_ decoder: EllipseDecoder, _ y: Point2, points: Int = 100_000) -> (z: Double, energy: Double) {
    var best = (z: 0.0, energy: Double.infinity)
    for k in 0..<points {
        let z = 2 * Double.pi * Double(k) / Double(points)
        let e = decoder.energy(y, z: z)
        if e < best.energy { best = (z, e) }
    }
    var z = best.z
    for _ in 0..<20 {
        let curvature = decoder.energySecondDerivative(y, z: z)
        guard curvature > 0 else { break }
        let next = z - decoder.energyDerivative(y, z: z) / curvature
        guard abs(next - best.z) < 2 * Double.pi / Double(points) else { break }
        z = next
    }
    let polished = decoder.energy(y, z: z)
    return polished < best.energy ? (z, polished) : best
}

final class LatentMinimiserTests: XCTestCase {
    /// A fixed step of 0.05 oscillated between 0.4757 and 1.9644 here and labelled E = 18.76 as F∞.
    func testStiffDecoderReachesTheTrueMinimum() {
        let decoder = EllipseDecoder(w1: 5, w2: 3), y = Point2(1, 4)
        let minimum = decoder.latentMinimum(y, gridCount: 48)
        XCTAssertEqual(minimum.z, 1.39251, accuracy: 1e-5)
        XCTAssertEqual(minimum.energy, 1.1102, accuracy: 1e-4)
        XCTAssertEqual(minimum.gridEnergy, 1.1727, accuracy: 1e-4)
        XCTAssertEqual(decoder.energyDerivative(y, z: minimum.z), 0, accuracy: 1e-9)
        // The shown descent from z̃ = 0.5 converges, to the same minimum.
        let descent = decoder.latentDescent(y, from: 0.5)
        XCTAssertTrue(descent.converged)
        XCTAssertEqual(descent.end, 1.39251, accuracy: 1e-5)
        XCTAssertEqual(descent.energy, minimum.energy, accuracy: 1e-12)
    }

    /// Descent from z̃ = 4.5 ends in the local minimum at 3π/2; the global one is at π/2.
    func testDescentIntoALocalMinimumIsToldApartFromTheGlobalOne() {
        let decoder = EllipseDecoder.lectureUntrained, y = Point2(0, 0.1)
        let descent = decoder.latentDescent(y, from: 4.5)
        XCTAssertTrue(descent.converged)
        XCTAssertEqual(descent.end, 3 * Double.pi / 2, accuracy: 1e-9)
        XCTAssertEqual(descent.energy, 0.2088, accuracy: 1e-4)
        let minimum = decoder.latentMinimum(y, gridCount: 48)
        XCTAssertEqual(minimum.z, Double.pi / 2, accuracy: 1e-9)
        XCTAssertEqual(minimum.energy, 0.0660, accuracy: 1e-4)
        // E is non-increasing along the descent.
        let energies = descent.path.map { decoder.energy(y, z: $0) }
        for (a, b) in zip(energies, energies.dropFirst()) { XCTAssertLessThanOrEqual(b, a) }
    }

    /// With 7 latents the grid argmin z = 0 is a stationary maximum of E: descent from it cannot move, the
    /// bracketed minimiser finds the two symmetric minima at ±0.2897.
    func testGridArgminAtAStationaryMaximum() {
        let decoder = EllipseDecoder(w1: 2.3, w2: -0.7), y = Point2(2, 0)
        let minimum = decoder.latentMinimum(y, gridCount: 7)
        XCTAssertEqual(minimum.gridIndex, 0)
        XCTAssertEqual(minimum.gridEnergy, 0.09, accuracy: 1e-12)
        XCTAssertEqual(angleRepresentative(minimum.z, nearest: 0).magnitude, 0.2897, accuracy: 1e-4)
        XCTAssertEqual(minimum.energy, 0.08167, accuracy: 1e-5)
        XCTAssertEqual(decoder.latentDescent(y, from: 0).path, [0])
    }

    /// Over random w, y′ and N: F∞ ≤ the grid minimum, and within 1e-10 of a dense reference.
    func testPropertyGlobalMinimumMatchesADenseReference() {
        var g = SeededGenerator(seed: 17)
        for trial in 0..<150 {
            let decoder = EllipseDecoder(w1: g.nextUniform(in: -3..<3), w2: g.nextUniform(in: -3..<3))
            let y = Point2(g.nextUniform(in: -4..<4), g.nextUniform(in: -4..<4))
            let n = 1 + Int(g.nextUniform() * 100)
            let minimum = decoder.latentMinimum(y, gridCount: n)
            let grid = decoder.zeroTemperatureInference(y, latents: LatentGrid(count: n)).freeEnergy
            XCTAssertLessThanOrEqual(minimum.energy, grid, "trial \(trial)")
            let reference = denseReference(decoder, y)
            XCTAssertEqual(minimum.energy, reference.energy, accuracy: 1e-10, "trial \(trial): w = \(decoder), y = \(y), N = \(n)")
            XCTAssertGreaterThanOrEqual(minimum.z, 0)
            XCTAssertLessThan(minimum.z, 2 * Double.pi)
        }
    }

    /// The shown descent converges for |w| up to 1000, to a point no higher than z̃ where E′ vanishes and E″ ≥ 0.
    func testDescentConvergesForLargeW() {
        var g = SeededGenerator(seed: 1000)
        for trial in 0..<100 {
            let scale = [1.0, 30, 1000][trial % 3]
            let decoder = EllipseDecoder(w1: g.nextUniform(in: -scale..<scale), w2: g.nextUniform(in: -scale..<scale))
            let y = Point2(g.nextUniform(in: -scale..<scale), g.nextUniform(in: -scale..<scale))
            let z0 = g.nextUniform(in: -10..<10)
            let descent = decoder.latentDescent(y, from: z0)
            XCTAssertTrue(descent.converged, "trial \(trial)")
            XCTAssertLessThanOrEqual(descent.energy, decoder.energy(y, z: z0))
            let bound = decoder.energyCurvatureBound(y)
            XCTAssertEqual(decoder.energyDerivative(y, z: descent.end) / bound, 0, accuracy: 1e-7, "trial \(trial)")
            XCTAssertLessThan(descent.path.count, 2000, "trial \(trial)")
        }
    }

    func testAngleRepresentative() {
        XCTAssertEqual(angleRepresentative(6.2, nearest: 0), 6.2 - 2 * Double.pi, accuracy: 1e-15)
        XCTAssertEqual(angleRepresentative(0.1, nearest: 4 * Double.pi), 0.1 + 4 * Double.pi, accuracy: 1e-14)
        XCTAssertEqual(angleRepresentative(-7, nearest: 0), -7 + 2 * Double.pi, accuracy: 1e-15)
    }
}
