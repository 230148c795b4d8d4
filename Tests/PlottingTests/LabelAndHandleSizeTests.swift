import TestSupport
import XCTest
@testable import Plotting

/// Per-figure sizes a slide may ask for: a y label larger than the x label, legend handles larger than the
/// plot's markers (matplotlib's `markerscale`).
final class LabelAndHandleSizeTests: XCTestCase {
    private let metrics = FakeMetrics()

    func testTheYLabelTakesItsOwnSizeAndTheXLabelKeepsTheAxesSize() {
        var axes = Axes(frame: Rect(x: 150, y: 80, width: 600, height: 400), xLimits: -3...3, yLimits: -2...2, xLabel: "$a$", yLabel: "$b$",
                        axisLabelSizePixels: 30)
        func sizes() -> [String: Double] {
            let commands = AxesLowering(axes: axes, theme: .dark, text: MathLayout(metrics: metrics, theme: .dark),
                                        figure: Rect(x: 0, y: 0, width: 900, height: 600)).commands()
            return Dictionary(Inspect.texts(commands).filter { $0.text == "a" || $0.text == "b" }.map { ($0.text, $0.font.sizePixels) },
                              uniquingKeysWith: { a, _ in a })
        }
        XCTAssertEqual(sizes(), ["a": 30, "b": 30])
        axes.yLabelSizePixels = 37.5
        XCTAssertEqual(sizes(), ["a": 30, "b": 37.5])
    }

    func testMarkerScaleGrowsScatterHandlesNotLineHandles() {
        let marks: [Mark] = [
            .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 10, fill: .white), label: "a")),
            .line(LineSeries(points: [Point(0, 0), Point(1, 1)], color: .white, widthPixels: 2, label: "b")),
        ]
        func handles(scale: Double) -> (dot: Double, line: Double) {
            var spec = LegendSpec(location: .upperLeft, fontSizePixels: 20)
            spec.markerScale = scale
            let commands = LegendLowering(spec: spec, theme: .dark, text: MathLayout(metrics: metrics, theme: .dark),
                                          area: Rect(x: 0, y: 0, width: 600, height: 400)).commands(for: marks)
            let dot = Inspect.bounds(Inspect.fills(commands)[1].path).width   // after the legend box
            let line = Inspect.strokes(commands).compactMap { $0.style.widthPixels == 2 ? Inspect.bounds($0.path).width : nil }.first ?? 0
            return (dot, line)
        }
        let plain = handles(scale: 1), scaled = handles(scale: 1.5)
        XCTAssertEqual(plain.dot, 10, accuracy: 0.05)
        XCTAssertEqual(scaled.dot, 15, accuracy: 0.05)
        XCTAssertEqual(scaled.line, plain.line, "a line handle keeps its length")
    }
}
