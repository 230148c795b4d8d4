import FigureTestSupport
import Foundation
import Plotting
import XCTest
@testable import FigureCatalogue

/// The cross-sections' y range: matplotlib's 5 % margins above and below the curves, as the slides' (15-2 Figs 6, 8).
final class CrossSectionLimitsTests: XCTestCase {
    func testFamiliesGetFivePerCentAboveAndBelow() throws {
        for id in ["15-2-fig06-warm-cross-section", "15-2-fig08-trained-cross-section"] {
            let output = try Shipped.build(id)
            let values = output.figure.axes[0].marks.flatMap { mark -> [Double] in
                if case let .line(l) = mark { return l.points.map(\.y) } else { return [] }
            }
            let top = try XCTUnwrap(values.max()), bottom = try XCTUnwrap(values.min())
            let limits = try XCTUnwrap(output.figure.axes[0].yLimits)
            XCTAssertEqual(limits.upperBound, top + 0.05 * (top - bottom), accuracy: 1e-9, id)
            XCTAssertEqual(limits.lowerBound, bottom - 0.05 * (top - bottom), accuracy: 1e-9, id)
        }
        // Fig 6's axis ends at 5.3, as the slide's (its highest point is F₀.₁ = 5.04).
        XCTAssertEqual(try XCTUnwrap(Shipped.build("15-2-fig06-warm-cross-section").figure.axes[0].yLimits).upperBound, 5.3, accuracy: 0.03)
    }
}
