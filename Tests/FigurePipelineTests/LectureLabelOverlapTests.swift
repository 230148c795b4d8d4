import CairoRenderer
import ExperimentSpec
import Plotting
import FigureTestSupport
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// The plotting issue's acceptance point "labels never overlap ticks or each other in the lecture figures",
/// checked on every figure (and extra frame) the shipped experiments.json produces, laid out with the
/// renderer's own glyph metrics: no label overlaps another, runs into a tick mark, a plot area's edge or a
/// colour bar, or leaves the figure.
final class LectureLabelOverlapTests: XCTestCase {
    private let measurer = CairoTextMeasurer()

    func testNoLabelOverlapsInTheShippedFigures() throws {
        XCTAssertFalse(Shipped.experiments.isEmpty)
        for experiment in Shipped.experiments {
            let output = try Shipped.build(experiment.id)
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
