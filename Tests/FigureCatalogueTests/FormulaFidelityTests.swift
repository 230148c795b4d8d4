import FigureTestSupport
import Plotting
import TestSupport
import XCTest
@testable import FigureCatalogue

/// The capabilities 15-2 Figs 1, 8 and 9 use to match their slides: a rule drawn through a glyph (the crossed
/// calligraphic 𝒵), content measured inside its ink so that a fence hugs it, a 3-D colour bar's tick labels in the
/// tick face, and the figures' use of them.
final class FormulaFidelityTests: XCTestCase {
    private let text = MathLayout(metrics: FakeMetrics(), family: "CMU Serif", fallbackFamily: "DejaVu Serif")
    private let red = Color(red: 1, green: 0, blue: 0)

    private func filledRects(_ commands: [DrawCommand]) -> [(Rect, Color)] {
        commands.compactMap { command in
            guard case let .fill(path, color) = command else { return nil }
            let points = path.elements.compactMap { element -> Point? in
                switch element {
                case let .move(p), let .line(p): return p
                default: return nil
                }
            }
            guard !points.isEmpty else { return nil }
            let xs = points.map(\.x), ys = points.map(\.y)
            return (Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!), color)
        }
    }

    private func strokes(_ commands: [DrawCommand]) -> [[Point]] {
        commands.compactMap { command in
            guard case let .stroke(path, _) = command else { return nil }
            return path.elements.compactMap { element -> Point? in
                switch element {
                case let .move(p), let .line(p): return p
                default: return nil
                }
            }
        }
    }

    func testRuledDrawsABarThroughTheContentAndMeasuresAsTheContent() throws {
        let z: MathBlock = .math("$Z$", size: 40)
        let plain = text.layout(z, color: .white)
        let ruled = text.layout(.ruled(z, length: 12, height: 14, thickness: 2, color: red), color: .white)
        XCTAssertEqual(ruled.width, plain.width)
        XCTAssertEqual(ruled.ascent, plain.ascent)
        XCTAssertEqual(ruled.descent, plain.descent)
        XCTAssertEqual(Array(ruled.commands.prefix(plain.commands.count)), plain.commands, "the glyph drawn as it is")
        let bars = filledRects(ruled.commands)
        XCTAssertEqual(bars.count, 1)
        let (bar, colour) = try XCTUnwrap(bars.first)
        XCTAssertEqual(colour, red)
        XCTAssertEqual(bar.width, 12, accuracy: 1e-9)
        XCTAssertEqual(bar.height, 2, accuracy: 1e-9)
        XCTAssertEqual(bar.center.x, plain.width / 2, accuracy: 1e-9, "centred on the glyph")
        XCTAssertEqual(bar.center.y, -14, accuracy: 1e-9, "14 px above the baseline (y down)")
        // Without a colour the bar takes the block's; scaling scales it.
        let uncoloured = text.layout(.ruled(z, length: 12, height: 14, thickness: 2), color: .white)
        XCTAssertEqual(filledRects(uncoloured.commands).first?.1, .white)
        let doubled = text.layout(MathBlock.ruled(z, length: 12, height: 14, thickness: 2).scaled(by: 2), color: .white)
        XCTAssertEqual(try XCTUnwrap(filledRects(doubled.commands).first).0.width, 24, accuracy: 1e-9)
    }

    func testInsetBringsAFenceCloserToItsContent() throws {
        let content: MathBlock = .math("$ab$", size: 40)
        let c = text.layout(content, color: .white)
        let inset = text.layout(.inset(content, horizontal: 3, top: 2, bottom: -5), color: .white)
        XCTAssertEqual(inset.width, c.width - 6, accuracy: 1e-9)
        XCTAssertEqual(inset.ascent, c.ascent - 2, accuracy: 1e-9)
        XCTAssertEqual(inset.descent, c.descent + 5, accuracy: 1e-9)
        XCTAssertEqual(inset.commands, c.commands(at: Point(-3, 0)), "drawn as it is, its box moved in")
        let loose = text.layout(.fenced(content, left: .openBracket, right: .closeBracket, size: 40), color: .white)
        let tight = text.layout(.fenced(.inset(content, horizontal: 3, top: 2, bottom: -5), left: .openBracket, right: .closeBracket, size: 40),
                                color: .white)
        // The brackets' spines: the right one 6 px nearer the left one; their ends 2 px lower at the top, 5 px lower below.
        func spines(_ layout: BlockLayout) -> [(x: Double, top: Double, bottom: Double)] {
            strokes(layout.commands).filter { $0.count == 4 }.map { p in (p[1].x, p[1].y, p[2].y) }
        }
        let l = spines(loose), t = spines(tight)
        XCTAssertEqual(l.count, 2)
        XCTAssertEqual(t.count, 2)
        XCTAssertEqual(t[0].x, l[0].x, accuracy: 1e-9)
        XCTAssertEqual(t[1].x - t[0].x, l[1].x - l[0].x - 6, accuracy: 1e-9)
        XCTAssertEqual(t[0].top, l[0].top + 2, accuracy: 1e-9)
        XCTAssertEqual(t[0].bottom, l[0].bottom + 5, accuracy: 1e-9)
    }

    private func blocks(_ figure: Figure) -> [MathBlock] {
        figure.slide.compactMap { if case let .block(block, _, _, _) = $0 { return block } else { return nil } }
    }

    private func flatten(_ block: MathBlock) -> [MathBlock] {
        switch block {
        case .math, .words, .space, .integral: return [block]
        case let .row(parts, _), let .lines(parts, _, _, _): return [block] + parts.flatMap(flatten)
        case let .fraction(top, bottom, _): return [block] + flatten(top) + flatten(bottom)
        case let .fenced(content, _, _, _), let .raised(content, _), let .strut(content, _, _), let .ruled(content, _, _, _, _),
             let .inset(content, _, _, _), let .overprinted(content, _):
            return [block] + flatten(content)
        }
    }

    func testFreeEnergyTitleCrossesBothZsAndSetsItsWordsInTheForeground() throws {
        let figure = try Shipped.build("15-2-fig08-trained-cross-section").figure
        let all = blocks(figure).flatMap(flatten)
        let crossed = all.compactMap { block -> (MathBlock, Color?)? in
            if case let .ruled(content, _, _, _, color) = block { return (content, color) } else { return nil }
        }
        XCTAssertEqual(crossed.count, 2, "|𝒵| and the integral's limit")
        for (content, color) in crossed {
            guard case let .math(text, _, glyphColour) = content else { return XCTFail("a crossed glyph") }
            XCTAssertEqual(text, "$𝒵$")
            XCTAssertEqual(color, figure.theme[.latent])
            XCTAssertEqual(glyphColour, figure.theme[.latent])
        }
        let words = all.compactMap { block -> Color?? in
            if case let .words("Free energy", _, color, _, _) = block { return color } else { return nil }
        }
        XCTAssertEqual(words.count, 1)
        XCTAssertEqual(words.first, .some(nil), "the theme's foreground (white on the dark sheet), not the slide words' grey")
    }

    func testTrainingSamplesTitleIsRegularAndTheFormulaBracketsHugTheirContent() throws {
        let figure = try Shipped.build("15-2-fig09-horn-samples").figure
        let all = blocks(figure).flatMap(flatten)
        let title = all.compactMap { block -> Bool? in
            if case let .words("Training samples", _, _, _, light) = block { return light } else { return nil }
        }
        XCTAssertEqual(title, [false], "the regular sans")
        let hugged = all.compactMap { block -> Double? in
            if case let .fenced(.inset(_, horizontal, _, _), .openBracket, _, _) = block { return horizontal } else { return nil }
        }
        XCTAssertEqual(hugged.count, 3, "the sample's, the radius' and the noise's brackets")
        XCTAssertTrue(hugged.allSatisfy { $0 > 0 })
    }

    func testA3DColourBarCanSetItsTickLabelsInTheTickFace() throws {
        var axes = Axes3D(frame: Rect(x: 10, y: 10, width: 400, height: 300), xLimits: 0...1, yLimits: 0...1, zLimits: 0...1,
                          colorbar: ColorbarSpec(colorMap: .coolwarm, vmin: 0, vmax: 1, ticks: .step(0.5)))
        func fonts(_ axes: Axes3D) -> [FontSpec] {
            let figure = Figure(widthPixels: 600, heightPixels: 400, theme: .dark, axes3D: [axes])
            let runs = Inspect.texts(figure.lower(metrics: FakeMetrics())).filter { ["0.0", "0.5", "1.0"].contains($0.text) }
            return runs.map(\.font)
        }
        let serif = fonts(axes)
        XCTAssertFalse(serif.isEmpty)
        XCTAssertTrue(serif.allSatisfy { !$0.bold }, "the 3-D axes' serif by default")
        axes.colorbarTickLabelsInTickFace = true
        let face = try XCTUnwrap(StyleSheet.dark.tickLabelFace)
        let fonts = fonts(axes)
        // The colour bar's three labels (0.0, 0.5, 1.0) take the face; the box's own tick labels keep the serif.
        let inFace = fonts.filter { $0.family == face.family && $0.bold == face.bold }
        XCTAssertEqual(inFace.count, 3, "\(fonts)")
        XCTAssertEqual(fonts.count - inFace.count, serif.count - 3)
    }

    func testBathtubKeyIsColouredPerRowWithABoldInfinityAndItsColourBarLabelsInTheTickFace() throws {
        let figure = try Shipped.build("15-2-fig01-bathtub").figure
        XCTAssertEqual(figure.axes3D.first?.colorbarTickLabelsInTickFace, true)
        let rows = blocks(figure)
        XCTAssertEqual(rows.count, 3)
        let fColours = rows.compactMap { row -> Color? in
            guard case let .row(parts, _) = row, case let .math("$F$", _, color)? = parts.first else { return nil }
            return color
        }
        // Every F in its level's colour, the middle one the colour map's light grey (not the foreground).
        XCTAssertEqual(fColours.count, 3)
        XCTAssertEqual(fColours[1], figure.theme.keyColor(ColorMap.coolwarm.color(for: 0.5, vmin: 0, vmax: 1)))
        XCTAssertNotEqual(fColours[1], figure.theme.foreground)
        for row in rows {
            let bold = flatten(row).contains { if case .math("$\\boldsymbol{\\infty}$", _, _) = $0 { return true } else { return false } }
            XCTAssertTrue(bold, "the subscript ∞ in bold")
        }
    }
}
