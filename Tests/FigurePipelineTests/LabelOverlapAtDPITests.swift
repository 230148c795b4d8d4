import CairoRenderer
import ExperimentSpec
import FigureTestSupport
import Plotting
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// The layout is in 1/100 inch and does not change with the dpi; the glyphs do (a 26-unit font is 13 pixels at
/// 50 dpi, 78 at 300). The label-overlap check passes for the lecture figures of the shipped experiments.json with
/// the text measured as canvases of 50 and 300 dpi draw it (100 dpi, the runner's, is LectureLabelOverlapTests, on
/// every figure and frame). To keep the suite fast: each lecture experiment's figure whose kind trains nothing,
/// without the rotation frames (the same plot turned; a 3-D label layout costs about a second).
final class LabelOverlapAtDPITests: XCTestCase {
    func testNoLabelOverlapsInTheLectureFiguresAt50And300DPI() throws {
        let lecture = Shipped.experiments.filter { $0.id.hasPrefix("15-") && !$0.kind.trains }
        XCTAssertGreaterThan(lecture.count, 15)
        let measurers = [50.0, 300].map { ($0, CairoTextMeasurer(dpi: $0)) }
        for experiment in lecture {
            let figure = try Shipped.build(experiment.id).figure
            for (dpi, measurer) in measurers {
                let name = "\(experiment.id) at \(Int(dpi)) dpi"
                let layout = figure.labelLayout(metrics: measurer)
                XCTAssertFalse(layout.labels.isEmpty, "\(name) has labels")
                for problem in layout.problems() { XCTFail("\(name): \(problem)") }
            }
        }
    }

    func testTextMeasuredAtADPIIsTheSameSizeInLayoutUnits() {
        // Unhinted metrics: a run's advance scales with the font, so at any dpi it covers the same inches.
        let font = FontSpec(family: "DejaVu Sans", sizePixels: 26)
        let base = CairoTextMeasurer().extents(of: "Free energy F∞(y)", font: font)
        for dpi in [50.0, 300] {
            let e = CairoTextMeasurer(dpi: dpi).extents(of: "Free energy F∞(y)", font: font)
            XCTAssertEqual(e.advance, base.advance, accuracy: 0.02 * base.advance, "\(dpi) dpi")
            XCTAssertEqual(e.ascent, base.ascent, accuracy: 0.05 * base.ascent + 0.5, "\(dpi) dpi")
        }
    }
}
