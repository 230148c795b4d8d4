import ExperimentSpec
import FigureTestSupport
import Foundation
import Plotting
import XCTest
@testable import FigureCatalogue

/// softargmin-weights' `margins` place the main plot, and the insets and the text on the right follow it.
final class SoftargminLayoutTests: XCTestCase {
    private func build(_ plot: String) throws -> Figure {
        let json = #"{"version": 1, "experiments": [{"id": "w", "kind": "softargmin-weights", "size": {"width": 1500, "height": 640}, "plot": {"# + plot + "}}]}"
        return try Catalogue.build(ExperimentFile.parse(Data(json.utf8), file: "fixture.json")[0]).figure
    }

    func testMarginsMoveThePlotAndWhatFollowsIt() throws {
        let standard = try build("")
        let moved = try build(#""margins": [0.05, 0.45, 0.05, 0.15]"#)
        let a = AxesGeometry(standard.axes[0]).plotArea, b = AxesGeometry(moved.axes[0]).plotArea
        XCTAssertNotEqual(a, b)
        // Equal aspect inside the margins' frame: the frame's height binds, so its top is the plot's.
        XCTAssertEqual(b.minY, 0.05 * 640, accuracy: 1e-9)
        XCTAssertEqual(b.maxY, 0.85 * 640, accuracy: 1e-9)
        // The inset and the E(y′, z) mini-panel keep their places relative to the plot, scaled with its height.
        for k in 1..<3 {
            let ia = AxesGeometry(standard.axes[k]).plotArea, ib = AxesGeometry(moved.axes[k]).plotArea
            XCTAssertEqual((ib.minX - b.minX) / b.height, (ia.minX - a.minX) / a.height, accuracy: 1e-9)
            XCTAssertEqual((ib.minY - b.minY) / b.height, (ia.minY - a.minY) / a.height, accuracy: 1e-9)
            XCTAssertEqual(ib.width / b.width, ia.width / a.width, accuracy: 1e-9)
        }
        XCTAssertNotEqual(standard.slide, moved.slide, "the text on the right moves with the plot")
    }

    func testDefaultMarginsAreTheBuildersFrame() throws {
        XCTAssertEqual(SoftargminWeightsPlot().margins, Margins(0.0733, 0.44, 0.03125, 0.15625))
        // Margins past the old 45 % limit are accepted (the slides give nearly half their width to the insets).
        XCTAssertNoThrow(try build(#""margins": [0.06, 0.47, 0.03, 0.15]"#))
        XCTAssertThrowsError(try build(#""margins": [0.5, 0.45, 0.03, 0.15]"#))
    }
}
