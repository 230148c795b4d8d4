import TestSupport
import XCTest
@testable import Plotting

private struct MissingLegendBox: Error {}

/// Legend layout as plain data: entries from labelled marks, box placement per location, columns.
final class LegendLayoutTests: XCTestCase {
    private let area = Rect(x: 100, y: 100, width: 600, height: 400)
    private let metrics = FakeMetrics()
    private let fontSize = 20.0

    private func marks(_ labels: [String?]) -> [Mark] {
        labels.enumerated().map { i, label in
            i.isMultiple(of: 2)
                ? .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 10, fill: Palette.dark[i]), label: label))
                : .line(LineSeries(points: [Point(0, 0), Point(1, 1)], color: Palette.dark[i], dash: [4, 2], label: label))
        }
    }

    private func lowering(_ location: LegendLocation, columns: Int = 1) -> LegendLowering {
        LegendLowering(spec: LegendSpec(location: location, columns: columns, fontSizePixels: fontSize), theme: .dark,
                       text: MathLayout(metrics: metrics, theme: .dark), area: area)
    }

    /// The legend box: the first command is its rounded fill.
    private func box(_ commands: [DrawCommand]) throws -> Rect {
        guard case let .fill(path, color)? = commands.first else { throw MissingLegendBox() }
        XCTAssertEqual(color, Theme.dark.legendFill)
        return Inspect.bounds(path)
    }

    func testOnlyLabelledScatterAndLineMarksMakeEntries() {
        let legend = lowering(.upperRight)
        XCTAssertEqual(legend.entries(for: marks(["$y$", nil, "b", "c"])).count, 3)
        XCTAssertTrue(legend.commands(for: marks([nil, nil])).isEmpty, "no labels, no legend")
        let annotation = Mark.annotation(Annotation("x", at: Point(0, 0)))
        XCTAssertTrue(legend.entries(for: [annotation]).isEmpty)
    }

    func testBoxIsInsideTheAxesAtTheRequestedCornerWithHalfAFontSizeOfPadding() throws {
        let pad = 0.5 * fontSize
        let labelled = marks(["$y$", "$\\tilde{y}$"])
        let upperRight = try box(lowering(.upperRight).commands(for: labelled))
        XCTAssertEqual(upperRight.maxX, area.maxX - pad, accuracy: 1e-6)
        XCTAssertEqual(upperRight.minY, area.minY + pad, accuracy: 1e-6)
        let lowerLeft = try box(lowering(.lowerLeft).commands(for: labelled))
        XCTAssertEqual(lowerLeft.minX, area.minX + pad, accuracy: 1e-6)
        XCTAssertEqual(lowerLeft.maxY, area.maxY - pad, accuracy: 1e-6)
        let lowerCenter = try box(lowering(.lowerCenter).commands(for: labelled))
        XCTAssertEqual(lowerCenter.center.x, area.center.x, accuracy: 1e-6)
        let centerRight = try box(lowering(.centerRight).commands(for: labelled))
        XCTAssertEqual(centerRight.center.y, area.center.y, accuracy: 1e-6)
    }

    func testEveryLabelAndHandleLiesInsideTheBox() throws {
        for location in [LegendLocation.upperLeft, .upperCenter, .lowerRight] {
            let commands = lowering(location, columns: 2).commands(for: marks(["a", "$F_\\beta$", "ccc", "$\\tilde{y}$", "e"]))
            let legendBox = try box(commands)
            for t in Inspect.texts(commands) {
                let b = Inspect.box(t.text, font: t.font, origin: t.origin, metrics: metrics)
                XCTAssertTrue(b.minX >= legendBox.minX && b.maxX <= legendBox.maxX && b.minY >= legendBox.minY && b.maxY <= legendBox.maxY,
                              "\(t.text) at \(b) escapes \(legendBox) (\(location))")
            }
        }
    }

    func testColumnsAreFilledTopToBottomThenLeftToRight() throws {
        let commands = lowering(.upperRight, columns: 3).commands(for: marks(["a", "b", "c", "d", "e", "f"]))
        let texts = Inspect.texts(commands)
        XCTAssertEqual(texts.map(\.text), ["a", "b", "c", "d", "e", "f"])
        let xs = texts.map(\.origin.x), ys = texts.map(\.origin.y)
        XCTAssertEqual(xs[0], xs[1], accuracy: 1e-9)
        XCTAssertLessThan(xs[1], xs[2])
        XCTAssertLessThan(xs[3], xs[4])
        XCTAssertLessThan(ys[0], ys[1], "second row below the first")
        XCTAssertEqual(ys[0], ys[2], accuracy: 1e-9, "rows line up across columns")
        let legendBox = try box(commands)
        let oneColumn = try box(lowering(.upperRight).commands(for: marks(["a", "b", "c", "d", "e", "f"])))
        XCTAssertGreaterThan(legendBox.width, 2 * oneColumn.width)
        XCTAssertLessThan(legendBox.height, oneColumn.height / 2)
    }

    func testMoreColumnsThanTheEntriesFillAreDroppedNotACrash() throws {
        // Six entries asked into five columns: two rows each, so three columns hold them all (as matplotlib).
        let commands = lowering(.lowerCenter, columns: 5).commands(for: marks(["a", "b", "c", "d", "e", "f"]))
        let texts = Inspect.texts(commands)
        XCTAssertEqual(texts.map(\.text), ["a", "b", "c", "d", "e", "f"])
        XCTAssertEqual(Set(texts.map(\.origin.x)).count, 3, "three columns")
        let legendBox = try box(commands)
        for t in texts { XCTAssertLessThan(t.origin.x, legendBox.maxX) }
    }

    func testEntryHandlesDrawTheMarkStyle() {
        let commands = lowering(.upperRight).commands(for: marks(["dots", "dashes"]))
        XCTAssertEqual(Inspect.kinds(commands), ["fill", "stroke", "fill", "text", "stroke", "text"])
        let dashed = Inspect.strokes(commands)[1].style
        XCTAssertEqual(dashed.dash, [4, 2])
        XCTAssertEqual(dashed.color, Palette.dark[1])
        XCTAssertEqual(Inspect.fills(commands)[1].color, Palette.dark[0], "the scatter handle is a disc in the mark's colour")
    }
}

/// The expand mode's side pad and the shared-baseline option.
final class LegendExpandAndBaselineTests: XCTestCase {
    private let area = Rect(x: 100, y: 100, width: 600, height: 400)
    private let text = MathLayout(metrics: FakeMetrics(), theme: .dark)

    private func commands(expandPad: Double? = nil, sharedBaseline: Bool = false) -> [DrawCommand] {
        var spec = LegendSpec(location: .upperLeft, columns: 3, fontSizePixels: 20, expand: true)
        spec.expandPad = expandPad
        spec.sharedBaseline = sharedBaseline
        let marks: [Mark] = ["$y$", "$\\tilde{y}^{\\prime}$", "$Y$"].map {
            .scatter(Scatter(points: [Point(0, 0)], marker: MarkerStyle(sizePixels: 10, fill: .white), label: $0))
        }
        // As the spec says (`commands(for:)` would shrink a legend this wide over a plot).
        return LegendLowering(spec: spec, theme: .dark, text: text, area: area).drawn(for: marks).commands
    }

    private func box(_ commands: [DrawCommand]) -> Rect { Inspect.bounds(Inspect.fills(commands)[0].path) }

    func testExpandSpansTheAxesLessItsPadOnEachSide() {
        XCTAssertEqual(box(commands()).width, area.width - 2 * 0.15 * 20, accuracy: 1e-9, "matplotlib's thin default pad")
        XCTAssertEqual(box(commands(expandPad: 0.5)).width, area.width - 2 * 0.5 * 20, accuracy: 1e-9)
    }

    /// The baseline of each entry's first text run (its label's start).
    private func baselines(_ commands: [DrawCommand]) -> [Double] {
        let runs = Inspect.texts(commands)
        return ["y", "Y"].compactMap { name in runs.first { $0.text == name }?.origin.y }
    }

    func testSharedBaselineSetsALoneLetterOnTheSameBaselineAsATallerLabel() {
        let centred = baselines(commands())
        XCTAssertEqual(centred.count, 2)
        let shared = baselines(commands(sharedBaseline: true))
        XCTAssertEqual(shared.count, 2)
        XCTAssertEqual(shared[0], shared[1], accuracy: 1e-9)
        let tall = Inspect.texts(commands(sharedBaseline: true)).filter { $0.text == "y" }
        XCTAssertEqual(tall.count, 2, "the plain y and the primed ỹ′ both start with a y")
        XCTAssertEqual(tall[0].origin.y, tall[1].origin.y, accuracy: 1e-9, "all three labels on one baseline")
        let centredTall = Inspect.texts(commands()).filter { $0.text == "y" }
        XCTAssertNotEqual(centredTall[0].origin.y, centredTall[1].origin.y, accuracy: 1e-6,
                          "centred on their ink, the lone y and the accented ỹ′ sit on different baselines")
    }
}
