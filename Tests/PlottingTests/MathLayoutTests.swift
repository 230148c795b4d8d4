import TestSupport
import XCTest
@testable import Plotting

/// Layout boxes of math labels: scripts lower (or higher) and smaller, accents above the base glyph,
/// font chosen per glyph, boxes that enclose every piece.
final class MathLayoutTests: XCTestCase {
    private let size = 40.0
    private let math = MathLayout(metrics: FakeMetrics(), family: "CMU Serif", fallbackFamily: "DejaVu Serif")

    private func glyphs(_ layout: TextLayout) -> [(text: String, font: FontSpec, offset: Point)] {
        layout.items.compactMap {
            if case let .glyphs(text, font, offset, _) = $0 { return (text, font, offset) }
            return nil
        }
    }

    private func strokes(_ layout: TextLayout) -> [Path] {
        layout.items.compactMap {
            if case let .stroke(path, _, _) = $0 { return path }
            return nil
        }
    }

    func testSubscriptIsLowerSmallerAndAfterTheBase() throws {
        let layout = math.layout("$F_\\beta$", sizePixels: size)
        let g = glyphs(layout)
        XCTAssertEqual(g.map(\.text), ["F", "β"])
        let (base, sub) = (g[0], g[1])
        XCTAssertEqual(base.font.sizePixels, size)
        XCTAssertTrue(base.font.italic, "math letters are italic")
        XCTAssertEqual(sub.font.sizePixels, size * MathLayout.scriptScale, accuracy: 1e-12)
        XCTAssertGreaterThan(sub.offset.y, base.offset.y, "subscript baseline below the base baseline (y down)")
        XCTAssertGreaterThan(sub.offset.x, base.offset.x + 0.8 * 0.5 * size, "subscript starts near the end of the base")
        XCTAssertGreaterThanOrEqual(layout.width, sub.offset.x + 0.5 * sub.font.sizePixels, "width covers the subscript")
        XCTAssertGreaterThanOrEqual(layout.descent, sub.offset.y, "descent covers the lowered subscript")
    }

    func testSuperscriptIsRaisedAndSmaller() {
        let g = glyphs(math.layout("$x^2$", sizePixels: size))
        XCTAssertEqual(g.map(\.text), ["x", "2"])
        XCTAssertLessThan(g[1].offset.y, -0.3 * size, "superscript baseline well above the base baseline")
        XCTAssertLessThan(g[1].font.sizePixels, size)
    }

    func testNestedSubscriptIsSmallerStillAndTheBarIsUpright() {
        let layout = math.layout("$F_\\beta(y)|_{y_1=0}$", sizePixels: size)
        let g = glyphs(layout)
        XCTAssertEqual(g.map(\.text), ["F", "β", "(", "y", ")", "|", "y", "1", "=", "0"])
        XCTAssertEqual(g[6].font.sizePixels, 0.7 * size, accuracy: 1e-9, "y in the bar's subscript")
        XCTAssertEqual(g[7].font.sizePixels, 0.49 * size, accuracy: 1e-9, "the 1 is a subscript of a subscript")
        XCTAssertGreaterThan(g[7].offset.y, g[6].offset.y)
        XCTAssertFalse(g[5].font.italic, "| is upright")
        XCTAssertFalse(g[2].font.italic, "( is upright")
        XCTAssertTrue(g[3].font.italic, "y is italic")
        XCTAssertEqual(g.map(\.offset.x), g.map(\.offset.x).sorted(), "glyphs advance left to right")
        let scriptSize = 0.7 * size
        XCTAssertEqual(g[8].offset.x, g[6].offset.x + 0.5 * scriptSize + 0.5 * 0.49 * size + 0.03 * scriptSize + 0.02 * scriptSize - 0.04 * scriptSize,
                       accuracy: 1e-9, "no relation spacing around = in a script, as TeX")
        let display = glyphs(math.layout("$y=0$", sizePixels: size))
        XCTAssertGreaterThan(display[1].offset.x - 0.5 * size, 0.25 * size, "relation spacing outside scripts")
    }

    func testTildeIsTheSerifsOwnNarrowAccentCentredOverItsItalicBase() throws {
        let layout = math.layout("$\\tilde{y}$", sizePixels: size)
        let g = glyphs(layout)
        XCTAssertEqual(g.map(\.text), ["y", "\u{02DC}"], "TeX's \\tilde is the font's spacing tilde, not a drawn curve")
        XCTAssertTrue(strokes(layout).isEmpty)
        let (base, accent) = (g[0], g[1])
        XCTAssertEqual(accent.font.family, "CMU Serif")
        XCTAssertEqual(accent.font.italic, base.font.italic, "the accent comes from the base's face")
        let glyphWidth = FakeMetrics.advancePerEm * size
        let accentCentre = accent.offset.x + FakeMetrics.advancePerEm * size / 2
        XCTAssertGreaterThan(accentCentre, 0.5 * glyphWidth, "nudged right of the centre for an italic letter (TeX's skew)")
        XCTAssertLessThan(accentCentre, 0.8 * glyphWidth)
        XCTAssertEqual(accent.offset.y, 0, accuracy: 1e-12, "an x-height base keeps the accent's own height")
        XCTAssertEqual(layout.width, FakeMetrics.advancePerEm * size, accuracy: 1e-12, "the accent takes no width")
    }

    func testBoldBaseGetsABoldAccentAndHatStillPointsUp() throws {
        let bold = glyphs(math.layout("$\\boldsymbol{\\tilde{y}}$", sizePixels: size))
        XCTAssertEqual(bold.map(\.font.bold), [true, true])
        let hat = try XCTUnwrap(strokes(math.layout("$\\hat{z}$", sizePixels: size)).first)
        let hatPoints = Inspect.points(hat)
        XCTAssertEqual(hatPoints.count, 3)
        XCTAssertLessThan(hatPoints[1].y, hatPoints[0].y, "hat: middle vertex highest")
        XCTAssertLessThan(Inspect.bounds(hat).maxY, -FakeMetrics.ascentPerEm * size, "above the z")
    }

    func testAccentInsideAFunctionCallFollowsItsBase() throws {
        let layout = math.layout("$g(\\check{z})$", sizePixels: size)
        let g = glyphs(layout)
        XCTAssertEqual(g.map(\.text), ["g", "(", "z", "\u{02C7}", ")"])
        let accentCentre = g[3].offset.x + FakeMetrics.advancePerEm * size / 2
        XCTAssertGreaterThan(accentCentre, g[2].offset.x)
        XCTAssertLessThan(accentCentre, g[4].offset.x, "the check is over the z, not the bracket")
    }

    func testTextcolorColoursOnlyItsGroupAndSansSetsUpright() {
        let layout = math.layout("$\\textcolor{#FB8072}{F}_\\infty \\geq 1 \\textsf{Decoder}$", sizePixels: size)
        let commands = layout.commands(at: Point(0, 0), color: .white)
        let texts = Inspect.texts(commands)
        let red = Color(hex: "#FB8072")!
        XCTAssertEqual(texts.first?.text, "F")
        XCTAssertEqual(texts.first?.color, red, "only F takes the colour")
        XCTAssertTrue(texts.dropFirst().allSatisfy { $0.color == .white }, "∞, ≥, 1 and the words keep the label's colour")
        let decoder = texts.first { $0.text == "Decoder" }
        XCTAssertEqual(decoder?.font.family, "CMU Sans Serif")
        XCTAssertEqual(decoder?.font.italic, false)
    }

    func testUnknownColourIsShownNotSwallowed() {
        let g = glyphs(math.layout("$\\textcolor{nocolour}{F}$", sizePixels: size))
        XCTAssertEqual(g.first?.text, "\\textcolor{nocolour}", "a typo shows in the figure")
    }

    func testPrimeFollowsItsLetterClosely() {
        let g = glyphs(math.layout("$y'$", sizePixels: size))
        XCTAssertEqual(g.map(\.text), ["y", "′"])
        XCTAssertLessThan(g[1].offset.x - FakeMetrics.advancePerEm * size, 0.06 * size, "no detached prime")
    }

    func testInfinityFallsBackToAnotherFontAndRelationsAreSpaced() {
        let layout = math.layout("$F_\\infty \\geq 2$", sizePixels: size)
        let g = glyphs(layout)
        XCTAssertEqual(g.map(\.text), ["F", "∞", "≥", "2"])
        XCTAssertEqual(g[0].font.family, "CMU Serif")
        XCTAssertEqual(g[1].font.family, "DejaVu Serif", "CMU Serif has no ∞")
        XCTAssertEqual(g[2].font.family, "CMU Serif")
        let endOfInfinity = g[1].offset.x + 0.5 * g[1].font.sizePixels
        XCTAssertGreaterThan(g[2].offset.x - endOfInfinity, 0.2 * size, "space before ≥")
        XCTAssertGreaterThan(g[3].offset.x - (g[2].offset.x + 0.5 * size), 0.2 * size, "space after ≥")
    }

    func testArrowAndPrimeSymbols() {
        XCTAssertEqual(glyphs(math.layout("$\\beta \\to \\infty$", sizePixels: size)).map(\.text), ["β", "→", "∞"])
        let prime = glyphs(math.layout("$E(y', z)$", sizePixels: size))
        XCTAssertEqual(prime.map(\.text), ["E", "(", "y", "′", ",", "z", ")"])
    }

    func testPlainTextIsUprightAndUnknownCommandsStayVisible() {
        let g = glyphs(math.layout("Energy $\\foo$", sizePixels: size))
        XCTAssertEqual(g.first?.text, "Energy ")
        XCTAssertEqual(g.first?.font.italic, false)
        XCTAssertEqual(g.last?.text, "\\foo")
    }

    func testAnchorsPlaceTheBoxAroundThePoint() {
        let layout = math.layout("$y_2$", sizePixels: size)
        let p = Point(300, 200)
        let top = layout.box(at: layout.origin(placing: TextAnchor(.center, .top), at: p))
        XCTAssertEqual(top.minY, 200, accuracy: 1e-9)
        XCTAssertEqual(top.center.x, 300, accuracy: 1e-9)
        let right = layout.box(at: layout.origin(placing: TextAnchor(.right, .center), at: p))
        XCTAssertEqual(right.maxX, 300, accuracy: 1e-9)
        XCTAssertEqual(right.center.y, 200, accuracy: 1e-9)
        let bottom = layout.box(at: layout.origin(placing: TextAnchor(.left, .bottom), at: p))
        XCTAssertEqual(bottom.maxY, 200, accuracy: 1e-9)
        XCTAssertEqual(bottom.minX, 300, accuracy: 1e-9)
    }
}
