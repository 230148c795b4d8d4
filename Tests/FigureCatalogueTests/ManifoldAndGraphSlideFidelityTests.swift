import FigureTestSupport
import Plotting
import TestSupport
import XCTest
@testable import FigureCatalogue

/// 15-2 Figs 10–11 and 15-1 Figs 3 and 9 as their slides draw them: overprinted diagram words, 15-1's dulled and wider
/// outlines, the 15-2 diagram's boxes and size, Fig 10's fixed axes, Fig 9's tick labels and y̌ edges.
final class ManifoldAndGraphSlideFidelityTests: XCTestCase {
    private let text = MathLayout(metrics: FakeMetrics(), theme: .dark)

    func testAnOverprintedBlockDrawsThreeCopiesAcrossItsSpreadAndReadsAsOneLabel() throws {
        let plain: MathBlock = .words("Decoder", size: 40)
        let once = text.layout(plain, color: .white)
        let thick = text.layout(.overprinted(plain, spread: 1.2), color: .white)
        let origins = thick.commands.compactMap { if case let .text(s, _, origin, _) = $0, s == "Decoder" { return origin } else { return nil } }
        XCTAssertEqual(origins.map(\.x), [0, 0.6, 1.2])
        XCTAssertEqual(Set(origins.map(\.y)), [0], "one baseline")
        XCTAssertEqual(thick.width, once.width + 1.2, accuracy: 1e-12)
        XCTAssertEqual(thick.ascent, once.ascent)
        XCTAssertEqual(MathBlock.overprinted(plain, spread: 1.2).scaled(by: 2), .overprinted(.words("Decoder", size: 80), spread: 2.4))
        // A label reader sees one word, not three overlapping ones.
        let labels = LabelLayout.labels(in: thick.commands, metrics: FakeMetrics(), owner: .overlay)
        XCTAssertEqual(labels.map(\.text), ["Decoder"])
    }

    private func words(_ graph: ComputationGraphDiagram) -> [String: MathBlock] {
        var found: [String: MathBlock] = [:]
        for shape in graph.shapes(theme: .dark) {
            guard case let .label(block, _) = shape else { continue }
            var inner = block
            if case let .overprinted(w, _) = block { inner = w }
            if case let .words(t, _, _, _, _) = inner { found[t] = block }
        }
        return found
    }

    func testTheDiagramWordsAreOverprintedAsHeavyAsTheSlidesAndKeepTheirOwnWeights() throws {
        let conditional = words(ComputationGraphDiagram(conditional: true, showsEnergy: false))
        let l = ComputationGraphDiagram.Layout.predictorGraph
        for word in ["Decoder", "Predictor"] {
            XCTAssertEqual(conditional[word], .overprinted(.words(word, size: l.wordSize), spread: l.wordSpread * l.wordSize), word)
        }
        XCTAssertEqual(l.wordSpread, 0.012)
        XCTAssertEqual(l.wordSize, 0.86)
        // 15-1's Decoder: regular, in the slide-word grey, overprinted over 0.03 of its size.
        let plain = words(ComputationGraphDiagram(conditional: false, showsEnergy: true))
        let e = ComputationGraphDiagram.Layout.energyGraph
        XCTAssertEqual(plain["Decoder"], .overprinted(.words("Decoder", size: e.wordSize, color: Theme.dark[.slideWord], bold: false),
                                                      spread: 0.03 * e.wordSize))
    }

    func test15_1sOutlinesAreDulledAndWiderWhere15_2sKeepTheirRoles() throws {
        let plain = ComputationGraphDiagram(conditional: false, showsEnergy: true)
        let theme = Theme.dark
        let expected = theme[.latent].mixed(with: theme[.muted], fraction: 0.2).mixed(with: theme[.background], fraction: 0.15)
        XCTAssertEqual(plain.outlineColor(.latent, theme: theme), expected)
        XCTAssertNotEqual(expected, theme[.latent])
        let shapes = plain.shapes(theme: theme)
        let edges = shapes.compactMap { if case let .circle(_, _, edge, _) = $0 { return edge } else { return nil } }
        XCTAssertEqual(edges, [.latent, .manifold, .data].map { plain.outlineColor($0, theme: theme) })
        XCTAssertTrue(shapes.contains { if case let .box(.rectangle, _, edge) = $0 { return edge == plain.outlineColor(.energy, theme: theme) } else { return false } })
        let arrowColours = shapes.compactMap { if case let .arrow(_, c) = $0 { return c } else { return nil } }
        XCTAssertEqual(arrowColours.count, 4)
        XCTAssertTrue(arrowColours.allSatisfy { $0 == theme.foreground.mixed(with: theme[.muted], fraction: 0.2).mixed(with: theme[.background], fraction: 0.15) })
        let diagram = plain.diagram(frame: Rect(x: 0, y: 0, width: 378, height: 323), theme: theme)
        XCTAssertEqual(diagram.strokeWidth, 0.11)
        XCTAssertEqual(diagram.arrowWidth, 0.06)
        // 15-2's graph: its roles' own colours, the foreground's arrows, the default widths.
        let conditional = ComputationGraphDiagram(conditional: true, showsEnergy: true)
        XCTAssertEqual(conditional.outlineColor(.latent, theme: theme), theme[.latent])
        XCTAssertNil(conditional.arrowColor(theme: theme))
        let d = conditional.diagram(frame: Rect(x: 0, y: 0, width: 640, height: 578), theme: theme)
        XCTAssertEqual(d.strokeWidth, Diagram(frame: d.frame, extent: d.extent, shapes: []).strokeWidth)
        XCTAssertEqual(d.arrowWidth, Diagram(frame: d.frame, extent: d.extent, shapes: []).arrowWidth)
    }

    func testThe15_2DecoderAndPredictorStandInTheirMeasuredBoxes() throws {
        let graph = ComputationGraphDiagram(conditional: true, showsEnergy: true)
        let shapes = graph.shapes(theme: .dark)
        func span(_ role: ColorRole) throws -> Rect {
            let outline = try XCTUnwrap(shapes.compactMap { if case let .line(p, c) = $0, c == Theme.dark[role] { return p } else { return nil } }.first)
            let xs = outline.map(\.x), ys = outline.map(\.y)
            return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
        }
        let decoder = try span(.decoder), arch = try span(.predictor)
        XCTAssertEqual(decoder.minY, 1.32, accuracy: 1e-9)
        XCTAssertEqual(decoder.maxY, 3.24, accuracy: 1e-9)
        XCTAssertEqual(decoder.minX, 4.12, accuracy: 1e-9)
        XCTAssertEqual(arch.minX, 0.94, accuracy: 1e-9)
        XCTAssertEqual(arch.minY, 5.19, accuracy: 1e-9)
        XCTAssertEqual(arch.maxY, 7.13, accuracy: 1e-9)
        // x stands under the arch's middle, on y's row.
        let centres = shapes.compactMap { if case let .circle(c, _, _, _) = $0 { return c } else { return nil } }
        XCTAssertTrue(centres.contains(Point(arch.center.x, 10.01)))
    }

    func testFigs10And11DrawTheDiagramAtOneSizeForTheirWidth() throws {
        let scales = try ["15-2-fig10-horn-untrained", "15-2-fig11-horn-trained"].map { id -> Double in
            let figure = try Shipped.build(id).figure
            let diagram = try XCTUnwrap(figure.slide.compactMap { if case let .diagram(d) = $0 { return d } else { return nil } }.first)
            XCTAssertEqual(diagram.frame.minX, LectureSlides.manifoldDiagramLeft * Double(figure.widthPixels), accuracy: 1e-9, id)
            return diagram.scale / Double(figure.widthPixels)
        }
        // Fig 11's canvas is 6 px shorter than Fig 10's; sized by the height its diagram was smaller.
        XCTAssertEqual(scales[0], scales[1], accuracy: 1e-12)
    }

    func testFig10DrawsTheSlidesFixedAxesWhereFig11KeepsTheData() throws {
        let untrained = try XCTUnwrap(try Shipped.build("15-2-fig10-horn-untrained").figure.axes3D.first)
        XCTAssertEqual(untrained.yLimits, -0.5...0.45)
        XCTAssertEqual(untrained.zLimits, -0.077...0.077)
        XCTAssertEqual(untrained.yTicks, .step(0.2))
        XCTAssertEqual(untrained.zTicks, .step(0.02))
        let trained = try XCTUnwrap(try Shipped.build("15-2-fig11-horn-trained").figure.axes3D.first)
        XCTAssertEqual(trained.yLimits, HornContext.dataLimits.y1.range)
        XCTAssertEqual(trained.zLimits, HornContext.dataLimits.y2.range)
    }

    func testFig9SetsLargerTickLabelsAndThinnerCheckEdgesThanFig8() throws {
        let fig8 = try XCTUnwrap(try Shipped.build("15-1-fig08-mesh-grid").figure.axes.first)
        let fig9 = try XCTUnwrap(try Shipped.build("15-1-fig09-five-points").figure.axes.first)
        XCTAssertEqual(fig9.tickLabelSizePixels / fig8.tickLabelSizePixels, 1.25, accuracy: 1e-9)
        func checkEdge(_ axes: Axes) -> Double? {
            axes.marks.compactMap { if case let .scatter(s) = $0, s.label == LectureStyle.yCheck { return s.marker.edgeWidthPixels } else { return nil } }.first
        }
        XCTAssertEqual(checkEdge(fig8), 0.5)
        XCTAssertEqual(checkEdge(fig9), 0.3)
    }
}
