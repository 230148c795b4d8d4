import CairoRenderer
import ExperimentSpec
import FigureTestSupport
import Foundation
import Plotting
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// Every kind (examples/every-kind.json lists them all) laid out at a small size, its default size and a large one,
/// in both themes, as the runner lays it out (`Figure.fitted`): no label overlaps another, runs into a tick mark, a
/// plot's edge or a colour bar, or leaves the figure. Nothing is rendered or written; each kind trains once (a model
/// cache shared by the sizes and themes). The small and default sizes run in `make test`; the large size, the
/// sizes between and other shapes (tall, short and wide, square) run with EBM_SLOW_TESTS=1.
final class EveryKindLabelOverlapTests: XCTestCase {
    private let measurer = CairoTextMeasurer()
    private static let cacheDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("ebm-every-kind-\(ProcessInfo.processInfo.processIdentifier)").path
    private static let cache = ModelCache(directory: cacheDirectory)

    override class func tearDown() {
        try? FileManager.default.removeItem(atPath: cacheDirectory)
        super.tearDown()
    }

    /// The kinds of examples/every-kind.json at `size` (nil: each kind's default) in `theme`.
    private func experiments(size: (Int, Int)?, theme: String) throws -> [Experiment] {
        let text = try String(contentsOf: Shipped.root.appendingPathComponent("examples/every-kind.json"), encoding: .utf8)
        var defaults = "\"theme\": \"\(theme)\""
        if let size { defaults += ", \"size\": {\"width\": \(size.0), \"height\": \(size.1)}" }
        // The budget multiplier only admits the large size's estimated pixels: nothing is rendered here.
        let spec = text.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1, \"budget\": 20, \"defaults\": {\(defaults)},")
        XCTAssertNotEqual(spec, text, "every-kind.json starts with \"version\": 1")
        // The horn kinds with their trainings cut short: the same labels, laid out in a fraction of the time.
        return try ExperimentFile.parse(Data(spec.utf8), file: "every-kind.json").map(Shipped.shortened)
    }

    private func check(size: (Int, Int)?, file: StaticString = #filePath, line: UInt = #line) throws {
        for theme in ["dark", "light"] {
            let experiments = try experiments(size: size, theme: theme)
            XCTAssertEqual(Set(experiments.map(\.kind)).count, ExperimentKind.allCases.count, "every kind is listed", file: file, line: line)
            for experiment in experiments {
                let figure = try Catalogue.build(experiment, modelCache: Self.cache).figure
                if let size {
                    XCTAssertEqual([figure.widthPixels, figure.heightPixels], [size.0, size.1], experiment.id, file: file, line: line)
                }
                let fit = figure.fitted(metrics: measurer)
                let name = "\(experiment.id) at \(figure.widthPixels)×\(figure.heightPixels), \(theme)"
                XCTAssertFalse(fit.figure.labelLayout(metrics: measurer).labels.isEmpty, "\(name) has labels", file: file, line: line)
                for problem in fit.problems { XCTFail("\(name): \(problem)", file: file, line: line) }
            }
        }
    }

    func testSmallSize() throws { try check(size: (320, 240)) }

    func testDefaultSize() throws { try check(size: nil) }

    func testLargeAndIntermediateSizes() throws {
        try XCTSkipIf(ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] == nil, "set EBM_SLOW_TESTS=1 for the large and intermediate sizes")
        let sizes = [(8000, 4960), (350, 250), (400, 300), (500, 400), (700, 420), (2000, 800),
                     (320, 480), (480, 320), (1200, 300), (8000, 1200), (1000, 1000)]
        for size in sizes { try check(size: size) }
    }
}
