import TestSupport
import XCTest
@testable import Plotting

/// Colour-bar layout: bar beside the axes, the map top to bottom, ticks and labels on the right, the
/// extend-max triangle.
final class ColorbarLayoutTests: XCTestCase {
    private let area = Rect(x: 100, y: 50, width: 500, height: 400)
    private let metrics = FakeMetrics()

    private func lowering(extendMax: Bool, label: String? = nil) -> ColorbarLowering {
        ColorbarLowering(spec: ColorbarSpec(colorMap: .viridis, vmin: 0, vmax: 0.7, ticks: .step(0.1), extendMax: extendMax, label: label),
                         theme: .dark, text: MathLayout(metrics: metrics, theme: .dark), tickLabelSize: 14)
    }

    func testBarSitsBesideTheAxesAndSpansItsHeight() {
        let bar = lowering(extendMax: false).barRect(beside: area)
        XCTAssertEqual(bar.minX, area.maxX + 24)
        XCTAssertEqual(bar.width, 28)
        XCTAssertEqual(bar.minY, area.minY)
        XCTAssertEqual(bar.maxY, area.maxY)
    }

    func testTheImageRunsFromTheLastEntryAtTheTopToTheFirstAtTheBottom() throws {
        let commands = lowering(extendMax: false).commands(beside: area)
        let image = try XCTUnwrap(Inspect.images(commands).first)
        XCTAssertEqual(image.image.width, 1)
        XCTAssertEqual(image.image.height, 256)
        XCTAssertEqual(Array(image.image.rgba[0..<3]), [253, 231, 37], "top pixel is viridis[255]")
        XCTAssertEqual(Array(image.image.rgba[(255 * 4)..<(255 * 4 + 3)]), [68, 1, 84], "bottom pixel is viridis[0]")
        XCTAssertEqual(image.rect, lowering(extendMax: false).barRect(beside: area))
    }

    func testExtendMaxAddsATriangleInTheTopColourWithinTheAxesHeight() throws {
        let lowering = lowering(extendMax: true)
        let bar = lowering.barRect(beside: area)
        XCTAssertEqual(bar.minY, area.minY + 0.05 * area.height, accuracy: 1e-9, "the extension takes 5 % of the length")
        XCTAssertEqual(bar.maxY, area.maxY, accuracy: 1e-9)
        let commands = lowering.commands(beside: area)
        let triangle = try XCTUnwrap(Inspect.fills(commands).first)
        XCTAssertEqual(triangle.color, ColorMap.viridis.entries[255])
        let points = Inspect.points(triangle.path)
        XCTAssertEqual(points.count, 3)
        XCTAssertEqual(points.map(\.y).min()!, area.minY, accuracy: 1e-9, "apex at the top of the axes")
        XCTAssertEqual(points[1].x, bar.center.x, accuracy: 1e-9)
    }

    func testTickLabelsAreRightOfTheBarAtTheirValuesAndDoNotOverlap() {
        let lowering = lowering(extendMax: true, label: "$F_\\infty$")
        let bar = lowering.barRect(beside: area)
        let commands = lowering.commands(beside: area)
        let texts = Inspect.texts(commands)
        let ticks = texts.filter { $0.font.sizePixels == 14 }
        XCTAssertEqual(ticks.map(\.text), ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
        let scale = LinearScale.vertical(lower: 0, upper: 0.7, in: bar)
        var previous: Rect?
        for (i, t) in ticks.enumerated() {
            let box = Inspect.box(t.text, font: t.font, origin: t.origin, metrics: metrics)
            XCTAssertGreaterThan(box.minX, bar.maxX + 4.5, "label clear of the tick mark")
            XCTAssertEqual(box.center.y, scale.pixel(Double(i) / 10), accuracy: 1e-9)
            if let previous { XCTAssertFalse(box.intersects(previous)) }
            previous = box
        }
        let labelRuns = texts.filter { $0.font.sizePixels != 14 }
        XCTAssertEqual(labelRuns.map(\.text), ["F", "∞"])
        let tickRight = ticks.map { Inspect.box($0.text, font: $0.font, origin: $0.origin, metrics: metrics).maxX }.max()!
        XCTAssertGreaterThan(labelRuns[0].origin.x, tickRight, "the bar label is right of the tick labels")
    }
}

/// Inward ticks in their own colour (matplotlib's `direction='in'`, `color=`).
final class ColorbarInwardTickTests: XCTestCase {
    func testInwardTicksRunIntoTheBarInTheirColourAndTheLabelsStayOutside() throws {
        let area = Rect(x: 100, y: 50, width: 500, height: 400)
        var spec = ColorbarSpec(colorMap: .viridis, vmin: 0, vmax: 0.7, ticks: .step(0.1))
        let text = MathLayout(metrics: FakeMetrics(), theme: .dark)
        func ticks(_ spec: ColorbarSpec) -> (path: Path, style: StrokeStyle)? {
            Inspect.strokes(ColorbarLowering(spec: spec, theme: .dark, text: text, tickLabelSize: 14).commands(beside: area)).last
        }
        let bar = ColorbarLowering(spec: spec, theme: .dark, text: text, tickLabelSize: 14).barRect(beside: area)
        let outward = try XCTUnwrap(ticks(spec))
        XCTAssertEqual(Inspect.bounds(outward.path).maxX, bar.maxX + ColorbarLowering.tickLength, accuracy: 1e-9)
        XCTAssertEqual(outward.style.color, Theme.dark.frameColor)
        spec.ticksInward = true
        spec.tickColor = .white
        let inward = try XCTUnwrap(ticks(spec))
        let bounds = Inspect.bounds(inward.path)
        XCTAssertEqual(bounds.minX, bar.maxX - ColorbarLowering.tickLength, accuracy: 1e-9)
        XCTAssertEqual(bounds.maxX, bar.maxX, accuracy: 1e-9)
        XCTAssertEqual(inward.style.color, .white)
        XCTAssertEqual(Inspect.points(inward.path).count, 16, "eight ticks, 0.0 to 0.7")
    }
}
