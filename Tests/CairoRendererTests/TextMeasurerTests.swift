import XCTest
import Plotting
import CairoRenderer

/// Cairo text measurement: real glyph coverage (the reason math layout picks fonts per glyph) and
/// extents that scale with the font size.
final class TextMeasurerTests: XCTestCase {
    private let measurer = CairoTextMeasurer()

    func testComputerModernItalicLacksInfinityButTheFallbackHasIt() {
        XCTAssertTrue(measurer.hasGlyphs(for: "yβ", font: FontSpec(family: "CMU Serif", italic: true, sizePixels: 20)))
        XCTAssertFalse(measurer.hasGlyphs(for: "∞", font: FontSpec(family: "CMU Serif", italic: true, sizePixels: 20)))
        XCTAssertTrue(measurer.hasGlyphs(for: "∞", font: FontSpec(family: Theme.dark.fallbackFamily, sizePixels: 20)))
    }

    func testExtentsScaleWithSizeAndDescendersHaveDepth() {
        let font = FontSpec(family: "CMU Serif", italic: true, sizePixels: 20)
        let small = measurer.extents(of: "y", font: font), large = measurer.extents(of: "y", font: font.sized(40))
        XCTAssertGreaterThan(small.advance, 0)
        XCTAssertEqual(large.advance, 2 * small.advance, accuracy: 1e-6, "no hinting: metrics are linear in size")
        XCTAssertGreaterThan(small.descent, 0, "y descends below the baseline")
        XCTAssertLessThan(measurer.extents(of: "x", font: font).descent, 0.25 * small.descent, "x sits on the baseline")
        XCTAssertGreaterThan(measurer.extents(of: "yy", font: font).advance, 1.9 * small.advance)
    }
}
