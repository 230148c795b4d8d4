import TestSupport
import XCTest
@testable import Plotting

/// The furniture of one axes as draw commands: drawing order, grid, zero lines, frame, ticks and labels
/// that sit outside the plot area without overlapping each other.
final class AxesLoweringTests: XCTestCase {
    private let metrics = FakeMetrics()
    private let frame = Rect(x: 150, y: 80, width: 600, height: 400)
    private let figure = Rect(x: 0, y: 0, width: 900, height: 600)

    private func lower(_ axes: Axes) -> [DrawCommand] {
        AxesLowering(axes: axes, theme: .dark, text: MathLayout(metrics: metrics, theme: .dark), figure: figure).commands()
    }

    private func axes(grid: Bool = true, zeroLines: Bool = true, x: ClosedRange<Double> = -3...3, y: ClosedRange<Double> = -2...2,
                      marks: [Mark] = []) -> Axes {
        Axes(frame: frame, xLimits: x, yLimits: y, xTicks: .step(1), yTicks: .step(1), xLabel: "$F_\\beta(y)|_{y_1=0}$", yLabel: "$y_2$",
             title: "$\\beta \\to \\infty$", grid: grid, zeroLines: zeroLines, marks: marks)
    }

    func testDrawingOrderPutsHeatmapsUnderTheGridAndMarksInsideTheClip() {
        let heat = Mark.heatmap(Heatmap(values: [0, 1], columns: 2, rows: 1, xMin: -1, xMax: 1, yMin: -1, yMax: 1, colorMap: .viridis, vmin: 0, vmax: 1))
        let dot = Mark.scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 8, fill: .white)))
        let kinds = Inspect.kinds(lower(axes(marks: [dot, heat])))
        XCTAssertEqual(Array(kinds.prefix(5)), ["fill", "pushClip", "image", "stroke", "stroke"], "background, clip, heatmap, grid, zero lines")
        XCTAssertEqual(kinds[5], "fill", "then the scatter, though it was listed before the heatmap")
        XCTAssertEqual(kinds[6], "popClip")
        XCTAssertEqual(kinds.filter { $0 == "pushClip" }.count, kinds.filter { $0 == "popClip" }.count)
    }

    func testXTickLabelsCanBeLeftOutAloneKeepingTheTicksAndTheYLabels() {
        var plain = axes(zeroLines: false)
        plain.xLabel = nil
        var bare = plain
        bare.showXTickLabels = false
        let below = { (commands: [DrawCommand]) in Inspect.texts(commands).filter { $0.origin.y > self.frame.maxY + 8 }.count }
        let left = { (commands: [DrawCommand]) in Inspect.texts(commands).filter { $0.origin.x < self.frame.minX && $0.origin.y <= self.frame.maxY + 8 }.map(\.text) }
        XCTAssertGreaterThanOrEqual(below(lower(plain)), 7, "−3 … 3 under the plot")
        XCTAssertEqual(below(lower(bare)), 0)
        XCTAssertEqual(left(lower(bare)), left(lower(plain)), "the y tick labels stay")
        XCTAssertEqual(Inspect.strokes(lower(bare)).count, Inspect.strokes(lower(plain)).count, "the tick marks stay")
    }

    func testGridIsOneDashedStrokeWithASegmentPerTick() throws {
        let commands = lower(axes(zeroLines: false))
        let grid = try XCTUnwrap(Inspect.strokes(commands).first)
        XCTAssertEqual(grid.style.dash, Theme.dark.gridDash)
        XCTAssertEqual(grid.path.elements.count, 2 * (7 + 5), "x ticks −3…3 and y ticks −2…2, two elements per segment")
        let noGrid = Inspect.strokes(lower(axes(grid: false, zeroLines: false)))
        XCTAssertNotEqual(noGrid.first?.style.dash, Theme.dark.gridDash)
    }

    func testTheDarkGridIsTheLecturesFineDashes() throws {
        // bmh's "--" (3.7 on 1.6) at the slides' scale: 4.15 points a period, about 0.65 points wide.
        let grid = try XCTUnwrap(Inspect.strokes(lower(axes(zeroLines: false))).first)
        XCTAssertEqual(grid.style.dash.reduce(0, +), 4.15, accuracy: 1e-9)
        XCTAssertEqual(grid.style.dash[0] / grid.style.dash[1], 3.7 / 1.6, accuracy: 0.05)
        XCTAssertEqual(grid.style.widthPixels, 0.65)
        XCTAssertEqual(grid.style.color, Theme.dark.gridColor)
    }

    func testTickLabelsTakeTheSheetsTickLabelFaceAndOtherTextKeepsItsOwn() {
        let face = TextFace(family: "Tick Face", bold: true)
        XCTAssertEqual(Theme.dark.tickLabelFace, TextFace(family: "CMU Serif Extra", bold: true), "cmb10, the lecture's weight")
        XCTAssertNil(Theme.light.tickLabelFace)
        var sheet = Theme.dark
        sheet.tickLabelFace = face
        let commands = AxesLowering(axes: axes(zeroLines: false), theme: sheet, text: MathLayout(metrics: metrics, theme: sheet),
                                    figure: figure).commands()
        let texts = Inspect.texts(commands)
        let tickSize = axes().tickLabelSizePixels * sheet.fontScale
        let ticks = texts.filter { $0.font.sizePixels == tickSize }
        XCTAssertGreaterThanOrEqual(ticks.count, 12, "−3 … 3 and −2 … 2")
        for t in ticks {
            XCTAssertEqual(t.font.family, face.family, "\(t.text) \(t.font)")
            XCTAssertTrue(t.font.bold, t.text)
        }
        // The axis labels and the title keep their faces, their upright digits (y₁'s 1) too.
        let others = texts.filter { $0.font.sizePixels != tickSize }
        XCTAssertTrue(others.contains { $0.text.contains("1") })
        XCTAssertFalse(others.contains { $0.font.family == face.family })
        // Without a face, the tick labels are the serif's regular.
        sheet.tickLabelFace = nil
        let plain = Inspect.texts(AxesLowering(axes: axes(zeroLines: false), theme: sheet, text: MathLayout(metrics: metrics, theme: sheet),
                                               figure: figure).commands())
        XCTAssertFalse(plain.contains { $0.font.family == face.family })
    }

    func testZeroLinesOnlyWhereZeroIsInsideTheLimits() throws {
        let both = Inspect.strokes(lower(axes(grid: false)))
        let zero = try XCTUnwrap(both.first)
        XCTAssertEqual(zero.style.color, Theme.dark.zeroLineColor)
        XCTAssertGreaterThan(zero.style.widthPixels, 2)
        XCTAssertEqual(Inspect.points(zero.path), [Point(450, 80), Point(450, 480), Point(150, 280), Point(750, 280)])
        let onlyVertical = Inspect.strokes(lower(axes(grid: false, y: 1...3))).first
        XCTAssertEqual(onlyVertical?.path.elements.count, 2)
    }

    func testTickLabelsAxisLabelsAndTitleStayOutsideThePlotAreaAndApart() {
        let commands = lower(axes())
        let texts = Inspect.texts(commands)
        let boxes = Inspect.textBoxes(commands, metrics: metrics).map(\.box)
        let tickLength = 4.5
        for (t, b) in zip(texts, boxes) {
            XCTAssertFalse(b.intersects(frame.insetBy(-tickLength)), "\(t.text) overlaps the plot area or its ticks: \(b)")
            XCTAssertTrue(b.minX >= 0 && b.maxX <= figure.maxX && b.minY >= 0 && b.maxY <= figure.maxY, "\(t.text) leaves the figure")
        }
        let xTickLabels = texts.enumerated().filter { $0.element.font.sizePixels == 14 && boxes[$0.offset].minY > frame.maxY }
        XCTAssertEqual(xTickLabels.map(\.element.text), ["−3", "−2", "−1", "0", "1", "2", "3"])
        for (i, label) in xTickLabels.enumerated() {
            XCTAssertEqual(boxes[label.offset].center.x, frame.minX + Double(i) * 100, accuracy: 1e-9, "centred on its tick")
        }
        // Labels made of several runs (math) may touch each other; different labels may not.
        let groups = labelGroups(texts.map(\.font.sizePixels), boxes)
        for i in groups.indices {
            for j in groups.indices where j > i {
                XCTAssertFalse(groups[i].intersects(groups[j]), "labels overlap: \(groups[i]) and \(groups[j])")
            }
        }
        let title = boxes[texts.lastIndex { $0.text == "𝛽" }!]   // \beta: the math font's italic β
        XCTAssertLessThan(title.maxY, frame.minY, "title above the plot")
    }

    /// Unions of consecutive runs that continue one another: the next run starts about where the previous
    /// one ends (scripts start slightly before, relation spacing a little after) on overlapping lines.
    private func labelGroups(_ sizes: [Double], _ boxes: [Rect]) -> [Rect] {
        var groups: [Rect] = []
        var previous: Rect?
        for (size, box) in zip(sizes, boxes) {
            if let p = previous, box.minX - p.maxX > -0.1 * size, box.minX - p.maxX < 0.35 * size,
               box.minY < p.maxY, p.minY < box.maxY {
                groups[groups.count - 1] = groups[groups.count - 1].union(box)
            } else {
                groups.append(box)
            }
            previous = box
        }
        return groups
    }

    func testFigureLoweringStartsWithTheBackgroundAndPlacesFigureAnnotations() throws {
        let f = Figure(widthPixels: 900, heightPixels: 600, theme: .light, axes: [axes()],
                       annotations: [Annotation("$F_\\infty \\geq 2$", at: Point(0.5, 0.5), coordinates: .figureFraction, anchor: .center, sizePixels: 30)])
        let commands = f.lower(metrics: metrics)
        guard case let .fill(path, color) = commands[0] else { return XCTFail("no background") }
        XCTAssertEqual(color, Theme.light.figureBackground)
        XCTAssertEqual(Inspect.bounds(path), figure)
        let runs = Inspect.texts(commands).suffix(4)
        XCTAssertEqual(runs.map(\.text), ["F", "∞", "≥", "2"])
        XCTAssertTrue(runs.allSatisfy { $0.color == Theme.light.foreground })
        let first = runs.first!, lastRun = runs.last!
        let span = first.origin.x...(lastRun.origin.x + 15)
        XCTAssertEqual((span.lowerBound + span.upperBound) / 2, 450, accuracy: 1, "centred on the figure")
    }
}
