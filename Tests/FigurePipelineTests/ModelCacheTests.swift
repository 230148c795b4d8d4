import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// Trained models are cached apart from rendering: a second build of the same training reads the cache and
/// gives the same numbers; a change of training re-trains.
final class ModelCacheTests: XCTestCase {
    func testSecondBuildReadsTheCacheWithIdenticalResults() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("model-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var experiment = Shipped.experiment("15-2-fig08-trained-cross-section")
        let cold = ModelCache(directory: directory)
        let first = try Catalogue.build(experiment, modelCache: cold)
        XCTAssertEqual(cold.hits, 0)
        let warm = ModelCache(directory: directory)
        // A style-only change (size, title) keeps the model: the cache answers.
        experiment.widthPixels += 10
        experiment.title = "restyled"
        let second = try Catalogue.build(experiment, modelCache: warm)
        XCTAssertEqual(warm.hits, 1)
        XCTAssertEqual(first.data["decoder"], second.data["decoder"])
        XCTAssertEqual(first.data["trainingLoss"], second.data["trainingLoss"])
        // A training change misses.
        experiment.training?.learningRate = 0.1
        let third = ModelCache(directory: directory)
        let changed = try Catalogue.build(experiment, modelCache: third)
        XCTAssertEqual(third.hits, 0)
        XCTAssertNotEqual(first.data["decoder"], changed.data["decoder"])
    }
}
