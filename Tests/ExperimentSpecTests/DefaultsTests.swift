import Foundation
import XCTest
@testable import ExperimentSpec

/// A minimal experiment resolves to the defaults documented in docs/experiments.md.
final class DefaultsTests: XCTestCase {
    func testMinimalExperimentGetsTheDocumentedDefaults() throws {
        let e = try XCTUnwrap(experiments(of: oneExperiment(#""id": "a", "kind": "samples""#)).first)
        XCTAssertEqual(e.title, "a")
        XCTAssertEqual(e.caption, "")
        XCTAssertEqual([e.widthPixels, e.heightPixels], [1000, 620])
        XCTAssertEqual(e.formats, [.png, .svg])
        XCTAssertEqual(e.theme, .dark)
        XCTAssertEqual(e.model, ModelSpec(w1: -1.449, w2: 0.357, latentCount: 48, seed: 0))
        XCTAssertEqual(e.data, DataSpec(source: .lecture, count: 24, seed: 0, noise: 0.05))
        XCTAssertNil(e.training)
        XCTAssertEqual(e.plot, .samples(SamplesPlot()))
        guard case let .samples(plot) = e.plot else { return XCTFail("\(e.plot)") }
        XCTAssertEqual(plot.margins, Margins(0.082, 0.033, 0.08, 0.13), "15-1 Fig 2's margins without a plot section too")
        XCTAssertNil(plot.yPrime, "no y′ without inference")
        XCTAssertEqual(plot.legend, .upperRight)
    }

    func testTrainingDefaultsAndHornData() throws {
        let e = try XCTUnwrap(experiments(of: oneExperiment(#""id": "h", "kind": "horn-generalisation", "training": {}"#)).first)
        // The horn kinds default to the recipe that converges on their networks (SGD at 0.2 diverges there).
        XCTAssertEqual(e.training, TrainingSpec(optimizer: .adam, learningRate: 0.01, momentum: 0, batchSize: 16, epochs: 1, order: .given,
                                                seed: 0, beta: .infinity, loss: .energy, margin: 1))
        let ellipse = try XCTUnwrap(experiments(of: oneExperiment(#""id": "b", "kind": "beta-sweep", "training": {}"#)).first)
        XCTAssertEqual(ellipse.training, TrainingSpec(optimizer: .sgd, learningRate: 0.2, momentum: 0, batchSize: 1, epochs: 1, order: .given,
                                                      seed: 0, beta: .infinity, loss: .energy, margin: 1))
        XCTAssertEqual(e.data.source, .horn)
        XCTAssertEqual(e.data.count, 1000)
    }

    func testInfinitySpellingsAndPointReferences() throws {
        let e = try XCTUnwrap(experiments(of: oneExperiment(#""id": "c", "kind": "cross-section", "plot": {"betas": [1, "inf", "infinity", "∞"]}"#)).first)
        guard case let .crossSection(cross) = e.plot else { return XCTFail("\(e.plot)") }
        XCTAssertEqual(cross.betas, [1, .infinity, .infinity, .infinity])
        let s = try XCTUnwrap(experiments(of: oneExperiment(#""id": "s", "kind": "softargmin-weights", "plot": {"yPrime": [0.5, -1]}"#)).first)
        guard case let .softargminWeights(weights) = s.plot else { return XCTFail("\(s.plot)") }
        XCTAssertEqual(weights.yPrime, .point(0.5, -1))
        XCTAssertEqual(weights.beta, 1)
    }

    func testGridAxisValuesIncludeTheStopOnTheGrid() {
        XCTAssertEqual(GridAxis(start: -1, stop: 1, step: 0.5).values, [-1, -0.5, 0, 0.5, 1])
        XCTAssertEqual(GridAxis(start: 0, stop: 1, step: 0.3).pointCount, 4)
        XCTAssertEqual(GridAxis(start: -3, stop: 3, step: 0.1).pointCount, 61)
    }

    func testShippedExperimentsFileAndEveryExampleAreValid() throws {
        var files = [packageRoot.appendingPathComponent("experiments.json")]
        let examples = packageRoot.appendingPathComponent("examples")
        files += try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { examples.appendingPathComponent($0) }
        XCTAssertGreaterThanOrEqual(files.count, 4)
        for url in files {
            XCTAssertNoThrow(try ExperimentFile.load(path: url.path), url.lastPathComponent)
        }
    }
}
