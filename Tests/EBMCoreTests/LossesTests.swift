import TestSupport
import XCTest
@testable import EBMCore

final class LossesTests: XCTestCase {
    func testEnergyLossIsTheFreeEnergy() {
        XCTAssertEqual(energyLoss(0.37), 0.37)
    }

    func testHingeLossHandComputed() {
        // m − (F(ŷ) − F(y̌)) = 1 − (1.5 − 0.2) = −0.3 → 0.
        XCTAssertEqual(hingeLoss(positive: 0.2, negative: 1.5, margin: 1), 0)
        // 1 − (0.5 − 0.2) = 0.7.
        XCTAssertEqual(hingeLoss(positive: 0.2, negative: 0.5, margin: 1), 0.7, accuracy: 1e-15)
        // 2 − (0.1 − 0.6) = 2.5.
        XCTAssertEqual(hingeLoss(positive: 0.6, negative: 0.1, margin: 2), 2.5, accuracy: 1e-15)
        XCTAssertEqual(hingeLoss(positive: 0, negative: 1, margin: 1), 0)
    }

    func testLogLossHandComputed() {
        XCTAssertEqual(logLoss(positive: 0, negative: 0), log(2), accuracy: 1e-15)
        XCTAssertEqual(logLoss(positive: 1, negative: 3), log(1 + exp(-2)), accuracy: 1e-15)   // 0.126928
        XCTAssertEqual(logLoss(positive: 3, negative: 1), log(1 + exp(2)), accuracy: 1e-14)    // 2.126928
        XCTAssertEqual(logLoss(positive: 3, negative: 1), 2.1269280110429727, accuracy: 1e-14)
    }

    func testLogLossAtHugeArguments() {
        let big = logLoss(positive: 1e4, negative: 0)
        XCTAssertTrue(big.isFinite)
        XCTAssertEqual(big, 1e4, accuracy: 1e-9)
        let small = logLoss(positive: -1e4, negative: 0)
        XCTAssertTrue(small.isFinite)
        XCTAssertGreaterThanOrEqual(small, 0)
        XCTAssertEqual(small, 0, accuracy: 1e-300)
        XCTAssertEqual(logLoss(positive: -40, negative: 0), exp(-40), accuracy: 1e-30)   // log1p keeps tiny values
        XCTAssertEqual(logLossDerivative(positive: 1e4, negative: 0), 1)
        XCTAssertEqual(logLossDerivative(positive: -1e4, negative: 0), 0)
        XCTAssertEqual(logLossDerivative(positive: 0, negative: 0), 0.5)
    }

    func testLogLossDerivativeMatchesFiniteDifference() {
        for x in [-5.0, -0.3, 0, 0.8, 6] {
            let numeric = GradientCheck.derivative(of: { logLoss(positive: $0, negative: 0) }, at: x)
            XCTAssertEqual(logLossDerivative(positive: x, negative: 0), numeric, accuracy: 1e-8)
        }
    }

    func testDatasetMean() {
        XCTAssertEqual(datasetMean([1, 2, 3, 6]), 3)
        XCTAssertTrue(datasetMean([]).isNaN)
    }
}
