import TestSupport
import XCTest
@testable import Plotting

/// The layout that adapts to the figure's size: ticks from the axis length, legends that stay in their plot,
/// text scaled as one, the constrained layout's margins from measured text, and the fit that only steps in when
/// the builder's placement collides.
final class AdaptiveLayoutTests: XCTestCase {
    private let metrics = FakeMetrics()

    // MARK: Ticks

    /// Labels 0.5·size wide per character, at `spacing` pixels per unit.
    private func fit(_ rule: TickRule, lower: Double, upper: Double, spacing: Double, size: Double = 10) -> FittedTicks {
        TickFitting.fit(rule, lower: lower, upper: upper, sizePixels: size, position: { $0 * spacing },
                        extent: { Double($0.count) * FakeMetrics.advancePerEm * size })
    }

    func testTicksThatFitAreTheRulesOwn() {
        let ticks = fit(.step(0.5), lower: -3, upper: 3, spacing: 100)
        XCTAssertEqual(ticks.values, Ticks.values(.step(0.5), lower: -3, upper: 3))
        XCTAssertEqual(ticks.labels, Ticks.labels(ticks.values).map { Optional($0) })
        let auto = fit(.automatic(maxTicks: 9), lower: 0, upper: 8, spacing: 100)
        XCTAssertEqual(auto.values, Ticks.values(.automatic(maxTicks: 9), lower: 0, upper: 8))
    }

    func testAnAutomaticAxisAsksForFewerTicksWhenShort() {
        // "−2.5"-like labels are 20 px wide; at 12 px per unit, steps of 1 collide and the locator backs off to a step
        // whose labels stand a quarter size (2.5 px) apart.
        let ticks = fit(.automatic(maxTicks: 9), lower: -4, upper: 4, spacing: 12)
        XCTAssertLessThan(ticks.values.count, Ticks.values(.automatic(maxTicks: 9), lower: -4, upper: 4).count)
        XCTAssertTrue(ticks.labels.allSatisfy { $0 != nil }, "an automatic axis labels every tick it keeps")
        let step = ticks.values[1] - ticks.values[0]
        let widest = ticks.labels.compactMap { $0 }.map { Double($0.count) * 5 }.max()!
        XCTAssertGreaterThanOrEqual(step * 12, widest + 2.5 - 1e-9)
    }

    func testAFixedRuleKeepsItsMarksAndLabelsEveryKthFromZero() throws {
        let ticks = fit(.step(0.5), lower: -3, upper: 3, spacing: 30)
        XCTAssertEqual(ticks.values, Ticks.values(.step(0.5), lower: -3, upper: 3), "every mark stays")
        let labelled = ticks.labelled.map(\.value)
        XCTAssertTrue(labelled.contains(0))
        let gaps = Set(zip(labelled, labelled.dropFirst()).map { (($1 - $0) * 1000).rounded() / 1000 })
        XCTAssertEqual(gaps.count, 1, "one stride")
        let k = try XCTUnwrap(gaps.first) / 0.5
        XCTAssertGreaterThan(k, 1)
        // The smallest stride that fits: one step less would collide ("−2.5" is 4 characters, 20 px).
        XCTAssertLessThan((k - 1) * 0.5 * 30, 20 + 2.5)
    }

    // MARK: Legend

    func testALegendTooWideForItsPlotTakesFewerColumnsThenSmallerText() {
        let marks: [Mark] = (0..<4).map { i in
            .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 8, fill: .white), label: "entry \(i)"))
        }
        let area = Rect(x: 100, y: 100, width: 240, height: 200)
        let text = MathLayout(metrics: metrics, theme: .dark)
        let spec = LegendSpec(location: .upperCenter, columns: 4, fontSizePixels: 20)
        let wide = LegendLowering(spec: spec, theme: .dark, text: text, area: area)
        XCTAssertFalse(area.contains(wide.drawn(for: marks).box), "four columns do not fit in 240 px")
        let boxes = Inspect.textBoxes(wide.commands(for: marks), metrics: metrics)
        XCTAssertEqual(boxes.count, 4)
        for b in boxes { XCTAssertTrue(area.contains(b.box), "\(b.text) inside the plot") }
        // A legend that fits is drawn as its spec says.
        let roomy = LegendLowering(spec: spec, theme: .dark, text: text, area: Rect(x: 0, y: 0, width: 2000, height: 600))
        XCTAssertEqual(roomy.commands(for: marks), roomy.drawn(for: marks).commands)
    }

    func testALegendCoveringMostOfItsPlotIsSetSmallerUnlessItHasTheAxesToItself() {
        let marks: [Mark] = (0..<6).map { i in
            .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 8, fill: .white), label: "entry \(i)"))
        }
        let area = Rect(x: 0, y: 0, width: 200, height: 200)
        let text = MathLayout(metrics: metrics, theme: .dark)
        let spec = LegendSpec(location: .upperRight, fontSizePixels: 20)
        let big = LegendLowering(spec: spec, theme: .dark, text: text, area: area).drawn(for: marks).box
        XCTAssertTrue(area.contains(big))
        XCTAssertGreaterThan(big.width * big.height, LegendLowering.maximumAreaShare * 200 * 200, "six rows at 20 px cover most of 200 × 200")
        func inkBox(_ commands: [DrawCommand]) -> Rect {
            let boxes = Inspect.textBoxes(commands, metrics: metrics).map(\.box)
            return boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
        }
        let overPlot = inkBox(LegendLowering(spec: spec, theme: .dark, text: text, area: area).commands(for: marks))
        XCTAssertLessThan(overPlot.width * overPlot.height, LegendLowering.maximumAreaShare * 200 * 200)
        // A frameless axes that only holds the legend keeps it at its size.
        let alone = LegendLowering(spec: spec, theme: .dark, text: text, area: area, overPlot: false)
        XCTAssertEqual(alone.commands(for: marks), alone.drawn(for: marks).commands)
    }

    // MARK: Text scale

    func testScalingTextScalesEveryFontAndNothingElse() {
        var axes = Axes(frame: Rect(x: 50, y: 40, width: 300, height: 200), xLabel: "x", title: "t",
                        marks: [.annotation(Annotation("a", at: Point(0, 0), sizePixels: 30))],
                        legend: LegendSpec(fontSizePixels: 20))
        axes.tickLabelSizePixels = 10
        let figure = Figure(widthPixels: 400, heightPixels: 300, axes: [axes], annotations: [Annotation("b", at: Point(0.5, 0.5), sizePixels: 40)],
                            slide: [.block(.math("$x$", size: 50), at: Point(0.5, 0.5), anchor: .center)])
        let half = figure.scalingText(by: 0.5)
        XCTAssertEqual(half.axes[0].tickLabelSizePixels, 5)
        XCTAssertEqual(half.axes[0].axisLabelSizePixels, axes.axisLabelSizePixels / 2)
        XCTAssertEqual(half.axes[0].titleSizePixels, axes.titleSizePixels / 2)
        XCTAssertEqual(half.axes[0].legend?.fontSizePixels, 10)
        guard case let .annotation(a) = half.axes[0].marks[0] else { return XCTFail("annotation kept") }
        XCTAssertEqual(a.sizePixels, 15)
        XCTAssertEqual(half.annotations[0].sizePixels, 20)
        XCTAssertEqual(half.slide[0], .block(.math("$x$", size: 25), at: Point(0.5, 0.5), anchor: .center))
        XCTAssertEqual(half.axes[0].frame, axes.frame)
        XCTAssertEqual(figure.scalingText(by: 1), figure)
    }

    // MARK: Constrained layout and fit

    private func labelledAxes(frame: Rect) -> Axes {
        Axes(frame: frame, xLimits: -3...3, yLimits: -2...2, xTicks: .step(1), yTicks: .step(1), xLabel: "$y_1$", yLabel: "$y_2$",
             title: "a title", colorbar: ColorbarSpec(colorMap: .viridis, vmin: 0, vmax: 1), tickLabelSizePixels: 14,
             axisLabelSizePixels: 30, titleSizePixels: 24)
    }

    func testConstrainedMarginsAreTheMeasuredDecorationsPlusThePad() {
        // The builder's frame leaves far too little room on the left (labels off the canvas) and too much on the right.
        let figure = Figure(widthPixels: 800, heightPixels: 500, axes: [labelledAxes(frame: Rect(x: 5, y: 60, width: 500, height: 360))])
        XCTAssertFalse(figure.labelLayout(metrics: metrics).problems().isEmpty)
        let constrained = figure.constrained(metrics: metrics)
        let layout = constrained.labelLayout(metrics: metrics)
        XCTAssertEqual(layout.problems(), [])
        // The ink of the axes' text sits at the pad from the cell's edges: its left edge 3/72 in from the figure's.
        let text = MathLayout(metrics: metrics, theme: .dark)
        let d = AxesDecorations(axes: constrained.axes[0], theme: .dark, text: text, metrics: metrics,
                                figure: Rect(x: 0, y: 0, width: 800, height: 500))
        XCTAssertEqual(d.ink.minX, Figure.layoutPad, accuracy: 0.5)
        // The cell is the room the builder's placement gave the axes and its text: its right edge stays.
        let before = AxesDecorations(axes: figure.axes[0], theme: .dark, text: text, metrics: metrics, figure: Rect(x: 0, y: 0, width: 800, height: 500))
        XCTAssertEqual(d.ink.maxX, before.ink.maxX - Figure.layoutPad, accuracy: 0.5)
    }

    func testAFigureWhoseLabelsAreClearIsLeftAsItIs() {
        let figure = Figure(widthPixels: 900, heightPixels: 600, axes: [labelledAxes(frame: Rect(x: 120, y: 80, width: 560, height: 400))])
        XCTAssertEqual(figure.labelLayout(metrics: metrics).problems(), [])
        let fit = figure.fitted(metrics: metrics)
        XCTAssertEqual(fit.figure, figure)
        XCTAssertFalse(fit.constrained)
        XCTAssertEqual(fit.textScale, 1)
    }

    func testASmallFigureGetsSmallerTextUntilItsLabelsAreClear() {
        let big = Figure(widthPixels: 900, heightPixels: 600, axes: [labelledAxes(frame: Rect(x: 120, y: 80, width: 560, height: 400))])
        // The same placement at 200 × 150: the frame runs off the canvas.
        var small = big
        small.widthPixels = 200
        small.heightPixels = 150
        XCTAssertFalse(small.labelLayout(metrics: metrics).problems().isEmpty)
        let fit = small.fitted(metrics: metrics)
        XCTAssertEqual(fit.problems, [])
        XCTAssertTrue(fit.constrained)
        XCTAssertLessThan(fit.textScale, 1)
        XCTAssertEqual(fit.figure.labelLayout(metrics: metrics).problems(), [])
        // The largest text that fits and leaves the plot its share: the next larger factor collides or crowds the plot.
        let i = Figure.fittingTextScales.firstIndex(of: fit.textScale)!
        if i > 0 {
            let larger = small.scalingText(by: Figure.fittingTextScales[i - 1]).constrainedLayout(metrics: metrics)
            XCTAssertTrue(!larger.figure.labelLayout(metrics: metrics).problems().isEmpty || larger.plotShare < Figure.minimumPlotShare)
        }
    }

    func testRotationFramesShareTheirFiguresAdaptation() {
        var main = Figure(widthPixels: 260, heightPixels: 200, axes: [labelledAxes(frame: Rect(x: 120, y: 80, width: 560, height: 400))])
        main.axes[0].title = "t"
        // A frame whose title is much longer needs smaller text than the figure alone.
        var frame = main
        frame.axes[0].title = "a much longer title than the figure's"
        let alone = main.fitted(metrics: metrics)
        let together = main.fitted(metrics: metrics, frames: [frame])
        XCTAssertTrue(together.figure.constrained)
        XCTAssertEqual(together.figure.problems, [])
        XCTAssertEqual(together.frames.map(\.problems), [[]])
        XCTAssertEqual(together.frames.map(\.textScale), [together.figure.textScale], "one text size for all")
        XCTAssertLessThan(together.figure.textScale, alone.textScale)
        // A figure that needs nothing leaves its frames as built.
        let roomy = Figure(widthPixels: 900, heightPixels: 600, axes: [labelledAxes(frame: Rect(x: 120, y: 80, width: 560, height: 400))])
        let asBuilt = roomy.fitted(metrics: metrics, frames: [frame])
        XCTAssertEqual(asBuilt.frames.map(\.figure), [frame])
        XCTAssertFalse(asBuilt.frames[0].constrained)
    }

    func testPanelsWithNoRoomShareTheFigureAsAGridAndInsetsFollowTheirParent() {
        // Two panels side by side whose fixed offsets leave the second no width at all.
        let left = labelledAxes(frame: Rect(x: 80, y: 60, width: 200, height: 300))
        let right = labelledAxes(frame: Rect(x: 400, y: 60, width: -50, height: 300))
        var inset = Axes(frame: Rect(x: 130, y: 110, width: 60, height: 50), xTicks: .none, yTicks: .none, showTickLabels: false)
        inset.marks = []
        let figure = Figure(widthPixels: 600, heightPixels: 420, axes: [left, right, inset])
        let constrained = figure.constrained(metrics: metrics)
        let areas = constrained.axes.map { AxesGeometry($0).plotArea }
        XCTAssertGreaterThan(areas[1].width, 50, "the second panel gets a column of its own")
        XCTAssertLessThan(areas[0].maxX, areas[1].minX)
        XCTAssertGreaterThan(areas[1].minX, 300 - 1, "the right half")
        XCTAssertTrue(areas[0].contains(areas[2]), "the inset stays inside its parent")
    }
}
