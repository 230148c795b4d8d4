import TestSupport
import XCTest
@testable import Plotting

/// A colour bar's tick labels at their own scale of the axes' tick label size and their own gap to the bar, and the
/// obstacle the label layout keeps clear of: the bar alone when its ticks point inward.
final class ColorbarTickLabelStyleTests: XCTestCase {
    private let area = Rect(x: 100, y: 50, width: 500, height: 400)
    private let text = MathLayout(metrics: FakeMetrics(), theme: .dark)

    private func lowering(_ spec: ColorbarSpec) -> ColorbarLowering {
        ColorbarLowering(spec: spec, theme: .dark, text: text, tickLabelSize: 14)
    }

    func testTickLabelsTakeTheirScaleOfTheAxesSizeAndStandTheirPadRightOfTheBar() throws {
        var spec = ColorbarSpec(colorMap: .viridis, vmin: 0, vmax: 0.7, ticks: .step(0.1))
        let plain = Inspect.texts(lowering(spec).commands(beside: area))
        XCTAssertFalse(plain.isEmpty)
        XCTAssertTrue(plain.allSatisfy { $0.font.sizePixels == 14 }, "at scale 1 the axes' size")
        let bar = lowering(spec).barRect(beside: area)
        XCTAssertEqual(plain.map(\.origin.x).min()!, bar.maxX + 8, accuracy: 1e-9, "the default gap is 8 pixels")
        spec.tickLabelScale = 1.15
        spec.tickLabelPadPixels = 4
        let scaled = Inspect.texts(lowering(spec).commands(beside: area))
        XCTAssertEqual(scaled.count, plain.count)
        for run in scaled { XCTAssertEqual(run.font.sizePixels, 14 * 1.15, accuracy: 1e-9) }
        XCTAssertEqual(scaled.map(\.origin.x).min()!, bar.maxX + 4, accuracy: 1e-9)
        XCTAssertEqual(lowering(spec).labelSize, 16.1, accuracy: 1e-9)
    }

    func testTheObstacleLeavesOutTheTickLengthWhenTheTicksPointIntoTheBar() {
        var spec = ColorbarSpec(colorMap: .viridis, vmin: 0, vmax: 1)
        let bar = lowering(spec).barRect(beside: area)
        XCTAssertEqual(lowering(spec).obstacle(beside: area).maxX, bar.maxX + ColorbarLowering.tickLength, accuracy: 1e-9)
        spec.ticksInward = true
        XCTAssertEqual(lowering(spec).obstacle(beside: area).maxX, bar.maxX, accuracy: 1e-9)
    }
}
