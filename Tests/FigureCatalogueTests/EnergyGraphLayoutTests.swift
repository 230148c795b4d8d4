import Plotting
import XCTest
@testable import FigureCatalogue

/// 15-1 Fig 3 placed as its slide (378 × 323) places it, measured as fractions of the slide's canvas, and the
/// slide's "D" with square left corners; 15-2's conditional graph keeps its own layout.
final class EnergyGraphLayoutTests: XCTestCase {
    private let graph = ComputationGraphDiagram(conditional: false, showsEnergy: true)

    private func lines(_ shapes: [DiagramShape], _ color: Color) -> [[Point]] {
        shapes.compactMap { if case let .line(points, c) = $0, c == color { return points } else { return nil } }
    }

    func testNodesSitWhereTheSlideHasThem() throws {
        let shapes = graph.shapes(theme: .dark)
        let extent = graph.extent
        XCTAssertEqual(extent.width / extent.height, 378.0 / 323.0, accuracy: 0.005, "the extent is the slide's canvas")
        let circles = shapes.compactMap { if case let .circle(c, r, _, _) = $0 { return (c, r) } else { return nil } }
        XCTAssertEqual(circles.count, 3)
        let (z, radius) = circles[0], yTilde = circles[1].0, y = circles[2].0
        // Measured on the slide: z at 0.186 W, the top row at 0.2385 H, the output column at 0.8715 W, y at 0.878 H, and
        // a node 0.170 H across.
        XCTAssertEqual(z.x / extent.width, 0.186, accuracy: 0.004)
        XCTAssertEqual(z.y / extent.height, 0.2385, accuracy: 0.004)
        XCTAssertEqual(yTilde.y, z.y, "one top row")
        XCTAssertEqual(yTilde.x / extent.width, 0.8715, accuracy: 0.004)
        XCTAssertEqual(y.x, yTilde.x)
        XCTAssertEqual(y.y / extent.height, 0.878, accuracy: 0.004)
        XCTAssertEqual(2 * radius / extent.height, 0.170, accuracy: 0.004)
    }

    func testDecoderIsInTheSlidesLightGreyWhereThePredictorGraphKeepsTheForeground() throws {
        func decoderWord(_ shapes: [DiagramShape]) -> (color: Color?, bold: Bool)? {
            for shape in shapes {
                guard case let .label(block, _) = shape else { continue }
                var word = block
                if case let .overprinted(inner, _) = block { word = inner }
                if case let .words(text, _, color, bold, _) = word, text == "Decoder" { return (color, bold) }
            }
            return nil
        }
        let word = try XCTUnwrap(decoderWord(graph.shapes(theme: .dark)))
        XCTAssertEqual(word.color, StyleSheet.dark[.slideWord])
        XCTAssertEqual(StyleSheet.dark[.slideWord], Color(grey: 0.8), "the slide's Calibri measures light grey")
        XCTAssertFalse(word.bold, "the slide's regular weight, overprinted a little wider")
        var recoloured = StyleSheet.dark
        recoloured.roles[.slideWord] = .color(Palette.pink)
        XCTAssertEqual(decoderWord(graph.shapes(theme: recoloured))?.color, Palette.pink, "the role decides")
        let conditional = try XCTUnwrap(decoderWord(ComputationGraphDiagram(conditional: true, showsEnergy: true).shapes(theme: .dark)))
        XCTAssertNil(conditional.color, "15-2's graph: the foreground")
    }

    func testZsBarAndTheEllipseShareTheSlidesRow() throws {
        let shapes = graph.shapes(theme: .dark)
        let bar = try XCTUnwrap(lines(shapes, graph.outlineColor(.latent, theme: .dark)).first)
        let ellipse = try XCTUnwrap(shapes.compactMap { if case let .ellipse(c, r, _) = $0 { return (c, r) } else { return nil } }.first)
        XCTAssertEqual(bar.count, 2)
        XCTAssertEqual(bar[0].y, bar[1].y)
        XCTAssertEqual(bar[0].y, ellipse.0.y, accuracy: 1e-12, "bar and ellipse at one height")
        XCTAssertEqual(bar[0].y / graph.extent.height, 0.088, accuracy: 0.004)
        // Both are as wide as a node is across, give or take the slide's stroke.
        XCTAssertEqual(bar[1].x - bar[0].x, 2 * ellipse.1.x, accuracy: 0.05)
    }

    func testTheConditionalGraphsEllipseStandsClearOfTheCircle() throws {
        let shapes = ComputationGraphDiagram(conditional: true, showsEnergy: true).shapes(theme: .dark)
        let ellipse = try XCTUnwrap(shapes.compactMap { if case let .ellipse(c, r, _) = $0 { return (c, r) } else { return nil } }.first)
        let yTilde = try XCTUnwrap(shapes.compactMap { if case let .circle(c, r, _, _) = $0, c.x == ellipse.0.x { return (c, r) } else { return nil } }.first)
        // Measured on 15-2's slide: the ellipse's centre 1.83 radii above ỹ's, about half a radius clear of the circle.
        XCTAssertEqual(yTilde.0.y - ellipse.0.y, 1.83 * yTilde.1, accuracy: 1e-9)
        let gap = (yTilde.0.y - yTilde.1) - (ellipse.0.y + ellipse.1.y)
        XCTAssertGreaterThan(gap, 0.4 * yTilde.1, "a gap between the ellipse and the circle")
        // z's bar keeps its own offset above z.
        let bar = try XCTUnwrap(lines(shapes, Palette.orange).first)
        let z = try XCTUnwrap(shapes.compactMap { if case let .circle(c, _, _, _) = $0 { return c } else { return nil } }.first)
        XCTAssertEqual(z.y - bar[0].y, 1.36, accuracy: 1e-9)
    }

    func testTheDecoderIsADWithSquareLeftCorners() throws {
        let shapes = graph.shapes(theme: .dark)
        XCTAssertTrue(shapes.allSatisfy { if case .box(.dee, _, _) = $0 { return false } else { return true } }, "drawn as an outline")
        let outline = try XCTUnwrap(lines(shapes, graph.outlineColor(.decoder, theme: .dark)).first)
        let xs = outline.map(\.x), ys = outline.map(\.y)
        let r = Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
        func has(_ p: Point) -> Bool { outline.contains { ($0 - p).length < 1e-9 } }
        XCTAssertTrue(has(Point(r.minX, r.minY)) && has(Point(r.minX, r.maxY)), "square left corners")
        XCTAssertFalse(has(Point(r.maxX, r.minY)) || has(Point(r.maxX, r.maxY)), "rounded right corners")
        // The right end: a straight side between two quarter circles of 0.4 of the height.
        let rightmost = outline.filter { abs($0.x - r.maxX) < 1e-9 }.map(\.y)
        XCTAssertEqual(rightmost.min()!, r.minY + 0.4 * r.height, accuracy: 1e-9)
        XCTAssertEqual(rightmost.max()!, r.maxY - 0.4 * r.height, accuracy: 1e-9)
        XCTAssertEqual(outline.first, outline[outline.count - 2], "closed back through its first corner")
    }

    /// The outline drawn in `color` and the rectangle it spans.
    private func outline(_ shapes: [DiagramShape], _ color: Color) throws -> ([Point], Rect) {
        let outline = try XCTUnwrap(lines(shapes, color).first)
        let xs = outline.map(\.x), ys = outline.map(\.y)
        return (outline, Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!))
    }

    func testThePredictorGraphsDecoderHasSquareLeftCornersAndRounderRightOnes() throws {
        let shapes = ComputationGraphDiagram(conditional: true, showsEnergy: true).shapes(theme: .dark)
        XCTAssertTrue(shapes.allSatisfy { if case .box(.dee, _, _) = $0 { return false } else { return true } }, "drawn as an outline")
        let (outline, r) = try outline(shapes, Theme.dark[.decoder])
        func has(_ p: Point) -> Bool { outline.contains { ($0 - p).length < 1e-9 } }
        XCTAssertTrue(has(Point(r.minX, r.minY)) && has(Point(r.minX, r.maxY)), "square left corners")
        let rightmost = outline.filter { abs($0.x - r.maxX) < 1e-9 }.map(\.y)
        XCTAssertEqual(rightmost.min()!, r.minY + 0.43 * r.height, accuracy: 1e-9)
    }

    func testThePredictorIsAnArchWithoutAFlatTop() throws {
        let shapes = ComputationGraphDiagram(conditional: true, showsEnergy: false).shapes(theme: .dark)
        XCTAssertTrue(shapes.allSatisfy { if case .box(.dome, _, _) = $0 { return false } else { return true } }, "no flat-topped dome")
        let (outline, r) = try outline(shapes, Theme.dark[.predictor])
        // Only the crown reaches the top, at the middle; the base's corners are the arch's feet.
        let top = outline.filter { abs($0.y - r.minY) < 1e-9 }
        XCTAssertEqual(Set(top.map(\.x)).count, 1)
        XCTAssertEqual(top[0].x, r.center.x, accuracy: 1e-9)
        func has(_ p: Point) -> Bool { outline.contains { ($0 - p).length < 1e-9 } }
        XCTAssertTrue(has(Point(r.minX, r.maxY)) && has(Point(r.maxX, r.maxY)))
        // Fuller than a half-ellipse: at half height its sides stand 0.91 of the half-width out (an ellipse's: 0.87).
        let half = r.maxY - r.height / 2
        let side = outline.filter { $0.x > r.center.x }.min { abs($0.y - half) < abs($1.y - half) }!
        let ellipse = (1 - 0.25).squareRoot()
        XCTAssertGreaterThan((side.x - r.center.x) / (r.width / 2), ellipse + 0.02)
        // 15-1's graph has no predictor.
        XCTAssertTrue(lines(graph.shapes(theme: .dark), Theme.dark[.predictor]).isEmpty)
    }
}
