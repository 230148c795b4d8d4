import EBMCore
import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue

/// softargmin-weights past exp(−βE)'s range, divergence reported with its key, `"arrows": false` computing nothing.
final class NumericalFallbackTests: XCTestCase {
    private func experiment(_ json: String) throws -> Experiment {
        try ExperimentFile.parse(Data((#"{"version": 1, "experiments": ["# + json + "]}").utf8), file: "fixture.json")[0]
    }

    func testWeightColouringKeepsTheLecturesWeightsWhileDrawable() {
        let energies = [0.5, 1, 4]
        let colouring = WeightColouring(energies: energies, beta: 1)
        XCTAssertFalse(colouring.normalised)
        XCTAssertEqual(colouring.weights, energies.map { exp(-$0) })
        XCTAssertEqual(colouring.range, exp(-4)...exp(-0.5))
    }

    func testWeightColouringFallsBackToNormalisedWeights() {
        // β = 3000: exp(−βE) underflows to 0 for every E ≥ 0.25; the normalised weights are exp(−β(E − min E)) / Σ.
        let underflow = WeightColouring(energies: [0.3, 0.30001, 2], beta: 3000)
        XCTAssertTrue(underflow.normalised)
        let a = 1 / (1 + exp(-3000 * 0.00001))
        XCTAssertEqual(underflow.weights[0], a, accuracy: 1e-12)
        XCTAssertEqual(underflow.weights.reduce(0, +), 1, accuracy: 1e-12)
        XCTAssertEqual(underflow.range.upperBound, a, accuracy: 1e-12)
        // One latent: a single weight, drawn on [0, 1].
        let single = WeightColouring(energies: [0.7], beta: 1)
        XCTAssertTrue(single.normalised)
        XCTAssertEqual(single.weights, [1])
        XCTAssertEqual(single.range, 0...1)
        // β = ∞: one-hot at the argmin.
        XCTAssertEqual(WeightColouring(energies: [2, 1, 3], beta: .infinity).weights, [0, 1, 0])
    }

    func testSoftargminFigureRendersAtLargeBetaAndOneLatent() throws {
        for spec in [#"{"id":"a","kind":"softargmin-weights","plot":{"beta":3000}}"#, #"{"id":"b","kind":"softargmin-weights","model":{"latents":1}}"#] {
            let output = try Catalogue.build(experiment(spec))
            XCTAssertEqual(output.data["weightsNormalised"], .bool(true), spec)
            let notes = output.figure.annotations.map(\.text)
            XCTAssertTrue(notes.contains { $0.contains("normalised weights") }, spec)
        }
        let lecture = try Shipped.build("15-2-fig03-weights-y23")
        XCTAssertEqual(lecture.data["weightsNormalised"], .bool(false))
        XCTAssertFalse(lecture.figure.annotations.map(\.text).contains { $0.contains("normalised weights") })
    }

    func testDivergentTrainingIsALocatedError() throws {
        for kind in ["training-curves", "training-composite"] {
            let spec = #"{"id":"d","kind":""# + kind + #"","training":{"learningRate":5}}"#
            XCTAssertThrowsError(try Catalogue.build(experiment(spec)), kind) { error in
                let message = "\(error)"
                XCTAssertTrue(message.hasPrefix("training.learningRate: training diverged at step"), message)
                XCTAssertTrue(message.contains("left ±1000"), message)
            }
        }
    }

    func testNoArrowsNoGradient() throws {
        let with = try Catalogue.build(experiment(#"{"id":"h","kind":"free-energy-heatmap"}"#))
        XCTAssertEqual(with.data["gradient"]?.array.count, 425)
        let without = try Catalogue.build(experiment(#"{"id":"h","kind":"free-energy-heatmap","plot":{"arrows":false}}"#))
        XCTAssertNil(without.data["gradient"])
        XCTAssertFalse(without.figure.axes.flatMap(\.marks).contains { if case .quiver = $0 { return true } else { return false } })
    }
}
