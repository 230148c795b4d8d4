import TestSupport
import XCTest
@testable import Plotting

/// A legend whose labels are overprinted (`LegendSpec.labelOverprint`): each run followed by a copy that many font sizes
/// to the right (at most the `\pmb` spread), which the label layout check reads as one label.
final class LegendOverprintTests: XCTestCase {
    private let area = Rect(x: 100, y: 100, width: 600, height: 400)

    private func texts(overprint: Double) -> [(text: String, font: FontSpec, origin: Point, color: Color)] {
        var spec = LegendSpec(location: .lowerCenter, columns: 2, fontSizePixels: 20)
        spec.labelOverprint = overprint
        let marks: [Mark] = ["$y$", "$g(z)$"].map { label in
            .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 10, fill: .white), label: label))
        }
        let lowering = LegendLowering(spec: spec, theme: .dark, text: MathLayout(metrics: FakeMetrics(), theme: .dark), area: area)
        return Inspect.texts(lowering.commands(for: marks))
    }

    func testEachRunIsFollowedByItsCopyThatFarToTheRight() {
        let single = texts(overprint: 0), double = texts(overprint: 0.05), capped = texts(overprint: 0.5)
        XCTAssertEqual(double.count, 2 * single.count)
        for (i, run) in single.enumerated() {
            let copies = double[(2 * i)..<(2 * i + 2)].map { $0 }
            XCTAssertTrue(copies.allSatisfy { $0.text == run.text && $0.font == run.font && $0.origin.y == run.origin.y })
            XCTAssertEqual(copies.map(\.origin.x), [run.origin.x, run.origin.x + 1], "0.05 of 20 px")
            XCTAssertEqual(capped[2 * i + 1].origin.x, run.origin.x + MathLayout.poorBoldSpread * 20, accuracy: 1e-12)
        }
    }

    func testTheOverprintedLegendIsOneLabelPerEntryToTheOverlapCheck() {
        // Small text (as a small figure scales it) keeps its copies within its own size: still one label.
        var spec = LegendSpec(location: .lowerCenter, columns: 2, fontSizePixels: 5)
        spec.labelOverprint = 0.05
        let marks: [Mark] = ["$\\boldsymbol{y'}$", "$\\boldsymbol{\\tilde{y}}$"].map { label in
            .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 10, fill: .white), label: label))
        }
        let figure = Figure(widthPixels: 800, heightPixels: 600, axes: [Axes(frame: area, xLimits: 0...1, yLimits: 0...1, marks: marks, legend: spec)])
        let layout = figure.labelLayout(metrics: FakeMetrics())
        for problem in layout.problems() { XCTFail(problem.description) }
    }
}
