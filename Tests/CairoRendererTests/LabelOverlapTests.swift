import XCTest
@testable import Plotting

/// With real glyph metrics, the labels of the kitchen-sink figure (tick labels, axis labels, titles, legend
/// text, colour-bar labels, annotations) never overlap each other, the ticks, a plot area's edge or a colour
/// bar, and stay inside the figure — checked by the library's `LabelLayout`.
final class LabelOverlapTests: XCTestCase {
    func testKitchenSinkLabelsDoNotOverlap() {
        let layout = KitchenSink.figure(theme: .dark).labelLayout(metrics: Rendering.measurer)
        XCTAssertGreaterThan(layout.labels.count, 40, "tick labels, axis labels and titles were found")
        for problem in layout.problems() { XCTFail(problem.description) }
    }

    func testTheCheckCatchesOverlappingLabels() {
        var figure = KitchenSink.figure(theme: .dark)
        figure.axes = [figure.axes[0]]
        figure.axes[0].marks += ["first", "second"].map {
            .annotation(Annotation($0, at: Point(0.5, 0.5), coordinates: .axesFraction, anchor: .center, sizePixels: 20))
        }
        let overlaps = figure.labelLayout(metrics: Rendering.measurer).problems().filter {
            if case let .overlap(a, b) = $0 { return a.text == "first" && b.text == "second" } else { return false }
        }
        XCTAssertEqual(overlaps.count, 1)
    }

    func testCrowdedTickLabelsAreThinnedNotOverprinted() {
        // Ticks every 0.1 over −2.5…2.5 at 12 px cannot all be labelled in 360 px: every tick keeps its mark, every
        // k-th its label (0 among them), and the check finds no overlap.
        var figure = KitchenSink.figure(theme: .dark)
        figure.axes = [figure.axes[0]]
        figure.axes[0].xTicks = .step(0.1)
        let layout = figure.labelLayout(metrics: Rendering.measurer)
        XCTAssertEqual(layout.problems().filter { if case .overlap = $0 { return true } else { return false } }, [])
        let geometry = AxesGeometry(figure.axes[0])
        let all = Ticks.values(.step(0.1), lower: geometry.xLimits.lowerBound, upper: geometry.xLimits.upperBound)
        let xLabels = layout.labels.filter { $0.box.minY > geometry.plotArea.maxY && $0.box.maxY < geometry.plotArea.maxY + 30 }
        XCTAssertGreaterThan(xLabels.count, 2)
        XCTAssertLessThan(xLabels.count, all.count / 2)
        XCTAssertTrue(xLabels.contains { $0.text == "0.0" }, "\(xLabels.map(\.text))")
    }

    func testTheCheckCatchesALabelAcrossAPlotEdgeAndOutsideTheFigure() {
        var figure = KitchenSink.figure(theme: .dark)
        figure.axes = [figure.axes[0]]
        let area = AxesGeometry(figure.axes[0]).plotArea
        figure.axes[0].marks.append(.annotation(Annotation("straddling", at: Point(0, 0.5), coordinates: .axesFraction, sizePixels: 20)))
        figure.annotations = [Annotation("cut off", at: Point(1, 1), coordinates: .figureFraction, anchor: .center, sizePixels: 20)]
        let problems = figure.labelLayout(metrics: Rendering.measurer).problems()
        XCTAssertTrue(problems.contains {
            if case let .obstacle(label, obstacle) = $0 { return label.text == "straddling" && obstacle.box.contains(area) }
            return false
        }, "\(problems)")
        XCTAssertTrue(problems.contains {
            if case let .outsideFigure(label) = $0 { return label.text == "cut off" }
            return false
        }, "\(problems)")
    }

    func testRotatedLabelsGetTheirTurnedBox() {
        let commands: [DrawCommand] = [
            .pushRotation(radians: -Double.pi / 2, center: Point(100, 100)),
            .text("label", font: FontSpec(family: "CMU Serif", sizePixels: 20), origin: Point(80, 105), color: .white),
            .popTransform,
        ]
        let label = LabelLayout.labels(in: commands, metrics: Rendering.measurer, owner: .overlay)
        XCTAssertEqual(label.count, 1)
        // Laid out wide, it stands tall once turned a quarter.
        XCTAssertGreaterThan(label[0].box.height, label[0].box.width)
    }

    func testASkewTickMarkHitsOnlyWhatItCrosses() {
        let tick = LabelObstacle.tickMark(from: Point(0, 0), to: Point(10, 10), owner: .axes3D(0))
        XCTAssertTrue(tick.isHit(by: PlacedLabel(text: "on", box: Rect(x: 4, y: 4, width: 2, height: 2), owner: .overlay)))
        // Inside the segment's bounding box but off the diagonal.
        XCTAssertFalse(tick.isHit(by: PlacedLabel(text: "off", box: Rect(x: 7, y: 0, width: 3, height: 3), owner: .overlay)))
    }
}
