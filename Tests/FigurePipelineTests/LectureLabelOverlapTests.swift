import CairoRenderer
import ExperimentSpec
import FigureTestSupport
import Foundation
import Plotting
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// The plotting issue's acceptance point "labels never overlap ticks or each other in the lecture figures",
/// checked on every figure (and extra frame) the shipped experiments.json produces, laid out with the
/// renderer's own glyph metrics: no label overlaps another, runs into a tick mark, a plot area's edge or a
/// colour bar, or leaves the figure. `make test` lays out the horn figures with their trainings cut short
/// (`Shipped.shortened`: the same labels, other numbers); `make test-slow` (EBM_SLOW_TESTS=1) also the trained ones.
final class LectureLabelOverlapTests: XCTestCase {
    private let measurer = CairoTextMeasurer()

    func testNoLabelOverlapsInTheShippedFigures() throws {
        try assertNoOverlaps { try Shipped.shortBuild($0.id) }
    }

    func testNoLabelOverlapsInTheFullyTrainedHornFigures() throws {
        try XCTSkipIf(ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] == nil, "set EBM_SLOW_TESTS=1 for the fully trained horn figures")
        try assertNoOverlaps(Shipped.experiments.filter { Shipped.shortened($0) != $0 }) { try Shipped.build($0.id) }
    }

    private func assertNoOverlaps(_ experiments: [Experiment] = Shipped.experiments, build: (Experiment) throws -> FigureOutput) throws {
        XCTAssertFalse(experiments.isEmpty)
        for experiment in experiments {
            let output = try build(experiment)
            for (k, figure) in ([output.figure] + output.frames).enumerated() {
                let name = k == 0 ? experiment.id : "\(experiment.id) frame \(k - 1)"
                let layout = figure.labelLayout(metrics: measurer)
                XCTAssertFalse(layout.labels.isEmpty, "\(name) has labels")
                for problem in layout.problems() {
                    XCTFail("\(name): \(problem)")
                }
            }
        }
    }
}
