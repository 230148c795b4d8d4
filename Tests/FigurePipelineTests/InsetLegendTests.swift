import CairoRenderer
import FigureTestSupport
import Plotting
import XCTest
@testable import FigureCatalogue

/// 15-2 Figs 3 and 4: the inset's legend (the reduced copy of 15-1 Fig 7) sets y, ỹ, y′ bold and g(z̃), g(ž) in the
/// regular math italic, as the slides do, all five entries in one row.
final class InsetLegendTests: XCTestCase {
    private let measurer = CairoTextMeasurer()

    func testTheInsetLegendSetsGRegularAndTheDataBoldInOneRow() throws {
        for id in ["15-2-fig03-weights-y23", "15-2-fig04-weights-y10"] {
            let figure = try Shipped.build(id).figure
            let inset = try XCTUnwrap(figure.axes.first { $0.legend?.columns == 5 }, id)
            let size = try XCTUnwrap(inset.legend?.fontSizePixels, id)
            let box = inset.frame
            // The legend's runs: inside the inset's frame, in the legend's size.
            let runs = figure.lower(metrics: measurer).compactMap { command -> (String, FontSpec, Point)? in
                guard case let .text(text, font, origin, _) = command, abs(font.sizePixels - size) < 1e-6,
                      origin.x >= box.x, origin.x <= box.x + box.width, origin.y >= box.y, origin.y <= box.y + box.height
                else { return nil }
                return (text, font, origin)
            }
            // g in the regular italic (the text face's g, not bold, never the bold italic 𝒈 U+1D488).
            let gs = runs.filter { $0.0 == "g" || $0.0 == "\u{1D488}" }
            XCTAssertFalse(gs.isEmpty, id)
            XCTAssertTrue(gs.allSatisfy { $0.0 == "g" && $0.1.italic && !$0.1.bold }, "\(id): \(gs)")
            // y, ỹ, y′ in the bold italic 𝒚 (U+1D49A).
            let ys = runs.filter { $0.0 == "\u{1D49A}" }
            XCTAssertGreaterThanOrEqual(Set(ys.map { Int($0.2.x / size) }).count, 3, "\(id): the y of y, ỹ and y′")
            // One row: a wrapped legend would put a second row a line (more than the font size) lower.
            let baselines = (gs + ys).map(\.2.y)
            XCTAssertLessThan(baselines.max()! - baselines.min()!, size / 3, "\(id): \(baselines)")
        }
    }
}
