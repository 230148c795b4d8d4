import TestSupport
import XCTest
@testable import Plotting

/// TeX's math letters: italic Greek and bold italic letters come from the math font's mathematical alphanumerics,
/// and bold symbols the one-weight math font draws are overprinted (`\pmb`).
final class MathAlphabetTests: XCTestCase {
    private let size = 40.0
    private let math = MathLayout(metrics: FakeMetrics(missing: ["∞", "′"]), family: "CMU Serif",
                                  fallbackFamily: "DejaVu Serif", symbolFamily: "Latin Modern Math")

    private func glyphs(_ text: String, layout: MathLayout? = nil) -> [(text: String, font: FontSpec, offset: Point)] {
        (layout ?? math).layout(text, sizePixels: size).items.compactMap {
            if case let .glyphs(text, font, offset, _) = $0 { return (text, font, offset) }
            return nil
        }
    }

    private func scalar(_ c: Character?) -> UInt32? { c?.unicodeScalars.first?.value }

    func testGreekBlocksFollowUnicodesLayout() {
        // α…ω run through the final ς to ω in both blocks; the variants sit after ∂ (U+1D715 / U+1D74F).
        XCTAssertEqual(scalar(MathAlphabet.italic("α", bold: false)), 0x1D6FC)
        XCTAssertEqual(scalar(MathAlphabet.italic("ς", bold: false)), 0x1D70D)
        XCTAssertEqual(scalar(MathAlphabet.italic("ω", bold: false)), 0x1D714)
        XCTAssertEqual(scalar(MathAlphabet.italic("ω", bold: true)), 0x1D74E)
        XCTAssertEqual(scalar(MathAlphabet.italic("ϵ", bold: false)), 0x1D716)
        XCTAssertEqual(scalar(MathAlphabet.italic("ϕ", bold: false)), 0x1D719)
        XCTAssertEqual(scalar(MathAlphabet.italic("ϖ", bold: true)), 0x1D755)
        XCTAssertEqual(scalar(MathAlphabet.italic("A", bold: true)), 0x1D468)
        XCTAssertEqual(scalar(MathAlphabet.italic("Z", bold: true)), 0x1D481)
        XCTAssertEqual(scalar(MathAlphabet.italic("a", bold: true)), 0x1D482)
        XCTAssertEqual(scalar(MathAlphabet.italic("z", bold: true)), 0x1D49B)
        XCTAssertNil(MathAlphabet.italic("y", bold: false), "plain italics stay the serif's")
        XCTAssertNil(MathAlphabet.italic("1", bold: true))
        XCTAssertNil(MathAlphabet.italic("Δ", bold: false), "capital Greek is upright in TeX")
    }

    func testGreekIsTheMathFontsItalic() {
        let g = glyphs("$\\alpha + \\rho_\\theta$")
        XCTAssertEqual(g.map(\.text), ["𝛼", "+", "𝜌", "𝜃"])
        XCTAssertEqual(g[0].font, FontSpec(family: "Latin Modern Math", sizePixels: size))
        XCTAssertEqual(g[3].font.sizePixels, size * MathLayout.scriptScale, accuracy: 1e-12)
        XCTAssertEqual(g[1].font.family, "CMU Serif")
        XCTAssertEqual(glyphs("$\\boldsymbol{\\beta}$").map(\.text), ["𝜷"])
        XCTAssertEqual(glyphs("$\\mathrm{\\alpha}$").map(\.text), ["α"], "an upright α keeps the serif's")
        XCTAssertEqual(glyphs("$\\phi\\varphi$").map(\.text), ["𝜙", "𝜑"], "TeX's \\phi is the stroked ϕ")
    }

    func testMathLettersWrittenAsCodePointsAreTheMathFontsToo() {
        // The serif (the fake metrics have every glyph) would draw them, in its own shapes: the math font must.
        let g = glyphs("$𝜃 + \\mathrm{𝒰}$")
        XCTAssertEqual(g.map(\.text), ["𝜃", "+", "𝒰"])
        XCTAssertEqual(g[0].font, FontSpec(family: "Latin Modern Math", sizePixels: size))
        XCTAssertEqual(g[2].font, FontSpec(family: "Latin Modern Math", sizePixels: size))
        XCTAssertEqual(g[1].font.family, "CMU Serif")
        XCTAssertTrue(MathAlphabet.isMathLetter("𝜃𝒀"))
        XCTAssertTrue(MathAlphabet.isMathLetter("ℝ"), "the double-struck R fills a hole of the block")
        XCTAssertFalse(MathAlphabet.isMathLetter("θ"))
        XCTAssertFalse(MathAlphabet.isMathLetter(""))
    }

    func testBoldItalicLettersAreTheMathFontsAndPlainOnesTheSerifs() {
        let g = glyphs("$\\boldsymbol{Y}[1] Y$")
        XCTAssertEqual(g.map(\.text), ["𝒀", "[", "1", "]", "Y"])
        XCTAssertEqual(g[0].font.family, "Latin Modern Math")
        XCTAssertEqual(g[2].font, FontSpec(family: "CMU Serif", sizePixels: size), "digits stay the serif's")
        XCTAssertEqual(g[4].font, FontSpec(family: "CMU Serif", italic: true, sizePixels: size))
        XCTAssertEqual(glyphs("$\\boldsymbol{1}$").map(\.font.bold), [true], "bold digits are the serif's bold")
        XCTAssertEqual(glyphs("$\\mathbf{Y}$").map(\.text), ["Y"], "\\mathbf is upright")
    }

    func testWithoutAMathFontTheSerifDrawsEveryLetter() {
        let plain = MathLayout(metrics: FakeMetrics(missing: ["∞", "′"]), family: "CMU Serif", fallbackFamily: "DejaVu Serif")
        let g = glyphs("$\\boldsymbol{y'} \\alpha$", layout: plain)
        XCTAssertEqual(g.map(\.text), ["y", "′", "α"])
        XCTAssertEqual(g[0].font, FontSpec(family: "CMU Serif", italic: true, bold: true, sizePixels: size))
    }

    func testABoldPrimeIsOverprintedAndAPlainOneIsNot() {
        let bold = glyphs("$\\boldsymbol{y'}$")
        XCTAssertEqual(bold.map(\.text), ["𝒚", "′", "′", "′"])
        let spread = MathLayout.poorBoldSpread * size
        let start = bold[1].offset.x
        XCTAssertEqual(bold[1...].map { $0.offset.x - start }, [0, spread / 2, spread], "centred on the glyph's place")
        XCTAssertTrue(bold[1...].allSatisfy { $0.font == FontSpec(family: "Latin Modern Math", sizePixels: size) })
        let boldWidth = math.layout("$\\boldsymbol{y'}$", sizePixels: size).width
        let plainWidth = math.layout("$\\boldsymbol{y}$", sizePixels: size).width + math.layout("$'$", sizePixels: size).width
        XCTAssertEqual(boldWidth, plainWidth + spread / 2, accuracy: 1e-9, "the box covers the copies right of the glyph's place")
        XCTAssertEqual(glyphs("$y'$").map(\.text), ["y", "′"], "a regular prime is drawn once")
        XCTAssertEqual(glyphs("$\\boldsymbol{\\infty}$").count, 3, "any bold symbol only the math font has")
    }

    func testTheOverlapCheckReadsAnOverprintedPrimeAsPartOfItsLabel() {
        let metrics = FakeMetrics(missing: ["∞", "′"])
        let commands = math.layout("$\\boldsymbol{y'}$", sizePixels: size).commands(at: Point(100, 100), color: .white)
            + math.layout("$z$", sizePixels: size).commands(at: Point(100, 200), color: .white)
        let labels = LabelLayout.labels(in: commands, metrics: metrics, owner: .overlay)
        XCTAssertEqual(labels.map(\.text), ["𝒚′", "z"], "one label per formula, the copies folded into it")
        // A repeat shifted further than the spread is another glyph over this one, which the check must still see.
        let two = [DrawCommand.text("′", font: FontSpec(family: "Latin Modern Math", sizePixels: size), origin: Point(0, 50), color: .white),
                   .text("′", font: FontSpec(family: "Latin Modern Math", sizePixels: size), origin: Point(0.3 * size, 50), color: .white)]
        XCTAssertEqual(LabelLayout.labels(in: two, metrics: metrics, owner: .overlay).count, 2)
        XCTAssertFalse(LabelLayout.isOverprint("′", font: FontSpec(family: "Latin Modern Math", sizePixels: size), at: Point(0.3 * size, 50),
                                               of: ("′", FontSpec(family: "Latin Modern Math", sizePixels: size), Point(0, 50))))
        XCTAssertTrue(LabelLayout.isOverprint("′", font: FontSpec(family: "Latin Modern Math", sizePixels: size), at: Point(0.05 * size, 50),
                                              of: ("′", FontSpec(family: "Latin Modern Math", sizePixels: size), Point(0, 50))))
    }
}
