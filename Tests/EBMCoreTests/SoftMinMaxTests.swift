import XCTest
@testable import EBMCore

final class SoftMinMaxTests: XCTestCase {
    private let sample: [Double] = [0.3, 1.7, -2.2, 4.0, 0.0, 2.5]

    private func naiveLogSumExp(_ v: [Double]) -> Double { log(v.map { exp($0) }.reduce(0, +)) }

    func testLogSumExpEqualsNaiveWhereSafe() {
        XCTAssertEqual(logSumExp(sample), naiveLogSumExp(sample), accuracy: 1e-14)
        XCTAssertEqual(logSumExp([0, 0, 0, 0]), log(4), accuracy: 1e-15)
    }

    func testLogSumExpShiftInvariance() {
        for shift in [-1000.0, -3.5, 0, 17, 1e4] {
            XCTAssertEqual(logSumExp(sample.map { $0 + shift }), logSumExp(sample) + shift,
                           accuracy: 1e-12 * max(1, abs(shift)))
        }
    }

    func testLogSumExpNoOverflowAtLargeMagnitudes() {
        XCTAssertEqual(logSumExp([1e4, 1e4]), 1e4 + log(2), accuracy: 1e-10)
        XCTAssertEqual(logSumExp([-1e4, -1e4 - 1]), -1e4 + log(1 + exp(-1)), accuracy: 1e-10)
        XCTAssertEqual(logSumExp([1e4, -1e4]), 1e4, accuracy: 1e-10)
        XCTAssertEqual(logSumExp([-.infinity, -.infinity]), -.infinity)
        XCTAssertEqual(logSumExp([]), -.infinity)
        XCTAssertEqual(logSumExp([-.infinity, 2]), 2, accuracy: 1e-15)
    }

    func testSoftminLimits() {
        let energies: [Double] = (0..<48).map { (k: Int) -> Double in
            let wave: Double = 2 * sin(Double(k) * 0.37)
            return 3 + wave + 0.1 * Double(k % 5)
        }
        let minimum = energies.min()!, mean = energies.reduce(0, +) / 48
        XCTAssertEqual(softmin(energies, beta: .infinity), minimum)
        XCTAssertEqual(softmin(energies, beta: 1e6), minimum, accuracy: 1e-5)
        XCTAssertEqual(softmin(energies, beta: 1e-6), mean, accuracy: 1e-5)
        XCTAssertEqual(softmin(energies, beta: 0), mean, accuracy: 1e-14)
        // Monotone in β: colder never raises the free energy.
        let betas = [1e-6, 0.01, 0.1, 1, 10, 100, 1e6]
        let values = betas.map { softmin(energies, beta: $0) }
        for (a, b) in zip(values, values.dropFirst()) { XCTAssertGreaterThanOrEqual(a + 1e-12, b) }
    }

    func testSoftminFiniteForExtremeBetaAndEnergies() {
        let energies: [Double] = [0, 1, 1e3, 1e6, 5e5, 2]
        for exponent in stride(from: -6.0, through: 6.0, by: 0.5) {
            let beta = pow(10, exponent)
            let value = softmin(energies, beta: beta)
            XCTAssertTrue(value.isFinite, "beta \(beta)")
            XCTAssertGreaterThanOrEqual(value, 0)
            XCTAssertLessThanOrEqual(value, energies.reduce(0, +) / Double(energies.count) + 1e-9)
            XCTAssertTrue(softmax(energies, beta: beta).isFinite)
            XCTAssertTrue(softargminWeights(energies, beta: beta).allSatisfy { $0.isFinite })
        }
    }

    func testSoftminIsMinusSoftmaxOfMinus() {
        for beta in [1e-3, 0.1, 1, 3.16, 50, .infinity] {
            XCTAssertEqual(softmin(sample, beta: beta), -softmax(sample.map { -$0 }, beta: beta))
        }
    }

    func testSoftmaxMatchesDefinition() {
        let beta = 0.7
        let direct = log(sample.map { exp(beta * $0) }.reduce(0, +)) / beta - log(Double(sample.count)) / beta
        XCTAssertEqual(softmax(sample, beta: beta), direct, accuracy: 1e-13)
        XCTAssertEqual(softmax(sample, beta: .infinity), 4.0)
    }

    func testSoftminMatchesDefinitionWithMeanInsideLog() {
        let beta = 1.3
        let direct = -log(sample.map { exp(-beta * $0) }.reduce(0, +) / Double(sample.count)) / beta
        XCTAssertEqual(softmin(sample, beta: beta), direct, accuracy: 1e-13)
        // A constant energy is its own free energy at every β (the 1/N is inside the log).
        XCTAssertEqual(softmin([2, 2, 2], beta: 0.5), 2, accuracy: 1e-15)
    }

    func testSoftargminWeights() {
        let weights = softargminWeights(sample, beta: 1)
        XCTAssertEqual(weights.reduce(0, +), 1, accuracy: 1e-15)
        let z = sample.map { exp(-$0) }.reduce(0, +)
        for (w, e) in zip(weights, sample) { XCTAssertEqual(w, exp(-e) / z, accuracy: 1e-15) }
        XCTAssertEqual(softargminWeights([3, 1, 2, 1], beta: .infinity), [0, 1, 0, 0])
        XCTAssertEqual(softargminWeights([3, 1], beta: 0), [0.5, 0.5])
        let cold = softargminWeights([1e6, 0, 1e6], beta: 1e6)
        XCTAssertEqual(cold, [0, 1, 0])
    }
}
