import TestSupport
import XCTest
@testable import Plotting

/// Slide text blocks, diagrams and block arrows as data: where fractions, fences and stacked lines put their
/// pieces, how a diagram maps its units to pixels, and the outlines of its boxes and of block arrows.
final class SlideLayoutTests: XCTestCase {
    private let text = MathLayout(metrics: FakeMetrics(), family: "CMU Serif", fallbackFamily: "DejaVu Serif")

    private func textBoxes(_ layout: BlockLayout) -> [(String, Rect)] {
        Inspect.texts(layout.commands).map { run in
            let e = FakeMetrics().extents(of: run.text, font: run.font)
            return (run.text, Rect(x: run.origin.x, y: run.origin.y - e.ascent, width: e.advance, height: e.ascent + e.descent))
        }
    }

    func testFractionPutsTheNumeratorAboveTheBarAndTheDenominatorBelow() throws {
        let size = 40.0
        let layout = text.layout(.fraction(.math("$1$", size: size), over: .math("$24$", size: size), size: size), color: .white)
        let boxes = textBoxes(layout)
        let bars = layout.commands.compactMap { command -> Rect? in
            if case let .fill(path, _) = command, case let .move(p)? = path.elements.first, case let .line(q)? = path.elements.dropFirst().first {
                return Rect(x: p.x, y: p.y, width: q.x - p.x, height: 0)
            }
            return nil
        }
        let bar = try XCTUnwrap(bars.first)
        // The runs above the bar are the numerator's, those below the denominator's: "1" over "24".
        let above = boxes.filter { $0.1.maxY < bar.minY }, below = boxes.filter { $0.1.minY > bar.minY }
        XCTAssertEqual(above.map(\.0).joined(), "1")
        XCTAssertEqual(below.map(\.0).joined(), "24")
        XCTAssertEqual(above.count + below.count, boxes.count)
        let numerator = above.dropFirst().reduce(above[0].1) { $0.union($1.1) }, denominator = below.dropFirst().reduce(below[0].1) { $0.union($1.1) }
        // Both centred on the same vertical line, the bar on the math axis (a quarter of the size above the baseline).
        XCTAssertEqual(numerator.center.x, denominator.center.x, accuracy: 1e-9)
        XCTAssertEqual(bar.minY, -0.25 * size - 0.025 * size, accuracy: 1e-9)
        XCTAssertGreaterThanOrEqual(layout.width, denominator.width)
        XCTAssertEqual(layout.ascent, 0.25 * size + 0.025 * size + 0.12 * size + numerator.height, accuracy: 1e-9)
    }

    func testFencesSpanTheirContentAndEncloseIt() throws {
        let size = 30.0
        let content: MathBlock = .lines([.math("$a$", size: size), .math("$b$", size: size)], gap: 10, axis: size)
        let inner = text.layout(content, color: .white)
        let layout = text.layout(.fenced(content, left: .openBracket, right: .closeBracket, size: size), color: .white)
        let strokes = layout.commands.compactMap { command -> [Point]? in
            guard case let .stroke(path, _) = command else { return nil }
            return path.elements.compactMap { if case let .move(p) = $0 { return p } else if case let .line(p) = $0 { return p } else { return nil } }
        }
        XCTAssertEqual(strokes.count, 2, "one stroke per bracket")
        for bracket in strokes {
            XCTAssertLessThanOrEqual(bracket.map(\.y).min()!, -inner.ascent)
            XCTAssertGreaterThanOrEqual(bracket.map(\.y).max()!, inner.descent)
        }
        let letters = textBoxes(layout).map(\.1)
        XCTAssertTrue(letters.allSatisfy { $0.minX > strokes[0].map(\.x).max()! && $0.maxX < strokes[1].map(\.x).min()! })
    }

    func testAStrutSetsTheHeightAFenceSpansAndDrawsItsContentUnchanged() throws {
        let size = 30.0
        let content: MathBlock = .fraction(.math("$1$", size: size), over: .math("$24$", size: size), size: size)
        let inner = text.layout(content, color: .white)
        let strut = text.layout(.strut(content, ascent: 0.5 * inner.ascent, descent: 0.25 * inner.descent), color: .white)
        XCTAssertEqual(strut.commands, inner.commands)
        XCTAssertEqual(strut.width, inner.width)
        XCTAssertEqual(strut.ascent, 0.5 * inner.ascent)
        XCTAssertEqual(strut.descent, 0.25 * inner.descent)
        let fenced = text.layout(.fenced(.strut(content, ascent: 0.5 * inner.ascent, descent: 0.25 * inner.descent),
                                         left: .openBracket, right: .none, size: size), color: .white)
        XCTAssertEqual(fenced.ascent, 0.5 * inner.ascent + 0.08 * size, accuracy: 1e-9, "the fence reaches past the strut, not the ink")
        XCTAssertEqual(fenced.descent, 0.25 * inner.descent + 0.08 * size, accuracy: 1e-9)
        XCTAssertEqual(text.layout(MathBlock.strut(content, ascent: 4, descent: 2).scaled(by: 2), color: .white).ascent, 8)
    }

    func testStackedLinesCentreOnTheMathAxisOrHangFromTheFirstBaseline() {
        let size = 20.0
        let lines: [MathBlock] = [.math("$a$", size: size), .math("$b$", size: size), .math("$c$", size: size)]
        let centred = text.layout(.lines(lines, gap: 6, axis: size), color: .white)
        XCTAssertEqual(centred.ascent - centred.descent, 2 * 0.25 * size, accuracy: 1e-9)
        let column = text.layout(.lines(lines, gap: 6), color: .white)
        XCTAssertEqual(column.ascent, FakeMetrics.ascentPerEm * size, accuracy: 1e-9)
        XCTAssertEqual(column.height, 3 * FakeMetrics.ascentPerEm * size + 2 * 6, accuracy: 1e-9)
        XCTAssertEqual(Inspect.texts(column.commands).map(\.origin.y), [0, 20, 40].map { $0 * 0.7 + Double($0 / 20) * 6 }, "baselines one line apart")
    }

    func testScalingABlockScalesItsLayout() {
        let block: MathBlock = .row([.words("Free energy", size: 30), .space(10), .fraction(.math("$1$", size: 30), over: .math("$\\beta$", size: 30), size: 30)])
        let one = text.layout(block, color: .white), two = text.layout(block.scaled(by: 2), color: .white)
        XCTAssertEqual(two.width, 2 * one.width, accuracy: 1e-9)
        XCTAssertEqual(two.height, 2 * one.height, accuracy: 1e-9)
    }

    func testLightWordsTakeTheLightSansFaceAndScalingKeepsIt() {
        let light = Inspect.texts(text.layout(.words("Free energy", size: 30, light: true), color: .white).commands)
        let regular = Inspect.texts(text.layout(.words("Decoder", size: 30), color: .white).commands)
        XCTAssertEqual(light.first?.font.family, "CMU Bright", "a slide title's face")
        XCTAssertEqual(regular.first?.font.family, "CMU Sans Serif", "other slide words keep the sans-serif face")
        XCTAssertEqual(MathBlock.words("Free energy", size: 30, light: true).scaled(by: 2), .words("Free energy", size: 60, light: true))
        var sheet = StyleSheet.dark
        sheet.lightSansFamily = "Some Light Sans"
        let themed = MathLayout(metrics: FakeMetrics(), theme: sheet)
        XCTAssertEqual(Inspect.texts(themed.layout(.words("Free energy", size: 30, light: true), color: .white).commands).first?.font.family,
                       "Some Light Sans", "the face comes from the style sheet")
    }

    func testWideBlockIsScaledDownToItsMaximumWidth() {
        let element = SlideElement.block(.words(String(repeating: "w", count: 100), size: 40), at: Point(0.5, 0.5), anchor: .center, maxWidth: 0.8)
        let commands = element.commands(in: Rect(x: 0, y: 0, width: 1000, height: 500), text: text, foreground: .white)
        let run = Inspect.texts(commands)[0]
        XCTAssertEqual(100 * 0.5 * run.font.sizePixels, 800, accuracy: 1e-6)
        XCTAssertEqual(run.origin.x, 100, accuracy: 1e-6)
    }

    func testDiagramMapsUnitsUniformlyAndCentred() {
        let diagram = Diagram(frame: Rect(x: 100, y: 50, width: 400, height: 100), extent: Rect(x: 0, y: 0, width: 10, height: 5), shapes: [])
        XCTAssertEqual(diagram.scale, 20)
        XCTAssertEqual(diagram.pixel(Point(0, 0)), Point(200, 50))
        XCTAssertEqual(diagram.pixel(Point(10, 5)), Point(400, 150))
    }

    func testArrowHeadEndsExactlyAtItsTarget() throws {
        let diagram = Diagram(frame: Rect(x: 0, y: 0, width: 100, height: 100), extent: Rect(x: 0, y: 0, width: 10, height: 10),
                              shapes: [.arrow([Point(1, 5), Point(9, 5)], color: nil)], headLength: 0.5, headWidth: 0.4)
        let commands = diagram.commands(text: text, foreground: .white)
        let head = try XCTUnwrap(commands.compactMap { if case let .fill(path, _) = $0 { return path } else { return nil } }.first)
        guard case let .move(tip)? = head.elements.first else { return XCTFail("head path") }
        XCTAssertEqual(tip, Point(90, 50))
        guard case let .stroke(shaft, _) = commands[0], case let .line(end)? = shaft.elements.last else { return XCTFail("shaft") }
        XCTAssertLessThan(end.x, 90, "the shaft stops inside the head")
        XCTAssertGreaterThan(end.x, 90 - 5)
    }

    func testBoxOutlinesKeepToTheirRectangles() {
        let r = Rect(x: 2, y: 1, width: 4, height: 2)
        for kind in [DiagramBox.rectangle, .dee, .dome] {
            let points = Diagram.outline(kind, r)
            XCTAssertEqual(points.map(\.x).min()!, r.minX, accuracy: 1e-9, "\(kind)")
            XCTAssertEqual(points.map(\.x).max()!, r.maxX, accuracy: 1e-9, "\(kind)")
            XCTAssertEqual(points.map(\.y).min()!, r.minY, accuracy: 1e-9, "\(kind)")
            XCTAssertEqual(points.map(\.y).max()!, r.maxY, accuracy: 1e-9, "\(kind)")
        }
        // A dome's base is flat and as wide as the box; a D's right side is round: only its middle reaches maxX.
        let dome = Diagram.outline(.dome, r)
        XCTAssertEqual(dome.filter { abs($0.y - r.maxY) < 1e-9 }.map(\.x).sorted(), [r.minX, r.maxX])
        let dee = Diagram.outline(.dee, r)
        let rightmost = dee.filter { abs($0.x - r.maxX) < 1e-9 }.map(\.y)
        XCTAssertEqual(rightmost.count, 1)
        XCTAssertEqual(rightmost[0], r.center.y, accuracy: 1e-9)
    }

    func testBlockArrowOutlines() {
        let both = BlockArrow(center: Point(0.5, 0.5), length: 60, thickness: 20, heads: .both, edge: .white)
        let points = both.outline(at: Point(100, 100))
        XCTAssertEqual(points.map(\.x).min()!, 70)
        XCTAssertEqual(points.map(\.x).max()!, 130)
        XCTAssertEqual(points.map(\.y).min()!, 90)
        XCTAssertEqual(points.map(\.y).max()!, 110)
        // Mirror-symmetric about the centre, and the tips at mid-height.
        for p in points { XCTAssertTrue(points.contains { abs($0.x - (200 - p.x)) < 1e-9 && abs($0.y - p.y) < 1e-9 }) }
        XCTAssertTrue(points.contains(Point(70, 100)) && points.contains(Point(130, 100)))
        let left = BlockArrow(center: Point(0.5, 0.5), length: 60, thickness: 20, heads: .left, edge: .white).outline(at: Point(100, 100))
        XCTAssertTrue(left.contains(Point(70, 100)))
        XCTAssertFalse(left.contains(Point(130, 100)), "a flat tail on the right")
        XCTAssertEqual(Set(left.filter { abs($0.x - 130) < 1e-9 }.map(\.y)), [95, 105], "the tail is the shaft's width")
    }

    func testBlockArrowHeadLengthIsItsRatioOfTheThicknessCappedAtHalfTheLength() {
        var arrow = BlockArrow(center: Point(0.5, 0.5), length: 60, thickness: 20, heads: .right, edge: .white)
        func headBase(_ a: BlockArrow) -> Double {
            // The head's base: the outline's x where it is the head's full width (y = 100 ± 10).
            a.outline(at: Point(100, 100)).filter { abs($0.y - 90) < 1e-9 }.map(\.x).max()!
        }
        XCTAssertEqual(130 - headBase(arrow), 0.9 * 20, accuracy: 1e-9, "the default: 0.9 of the thickness")
        arrow.headLengthRatio = 0.5
        XCTAssertEqual(130 - headBase(arrow), 10, accuracy: 1e-9, "half as long as wide")
        arrow.headLengthRatio = 5
        XCTAssertEqual(130 - headBase(arrow), 30, accuracy: 1e-9, "never longer than half the arrow")
    }
}
