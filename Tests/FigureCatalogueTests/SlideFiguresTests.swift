import EBMCore
import ExperimentSpec
import FigureTestSupport
import Plotting
import TestSupport
import XCTest
@testable import FigureCatalogue

/// The lecture's slides as the shipped figures compose them: the computation graph's layout, the slide
/// content of 15-2 Figs 8–11, the bathtub's still colour bar and Fig 7's pull arrows.
final class SlideFiguresTests: XCTestCase {
    private func arrows(_ shapes: [DiagramShape]) -> [[Point]] {
        shapes.compactMap { if case let .arrow(points, _) = $0 { return points } else { return nil } }
    }

    private func rects(_ shapes: [DiagramShape], _ kind: DiagramBox) -> [Rect] {
        shapes.compactMap { if case let .box(k, rect, _) = $0, k == kind { return rect } else { return nil } }
    }

    private func circles(_ shapes: [DiagramShape]) -> [(center: Point, fill: Color?)] {
        shapes.compactMap { if case let .circle(c, _, _, fill) = $0 { return (c, fill) } else { return nil } }
    }

    func testEnergyGraphHasYBelowEWithAnUpwardArrowAndEqualArrowsAlongTheTopRow() throws {
        let shapes = ComputationGraphDiagram(conditional: false, showsEnergy: true).shapes(theme: .dark)
        let energy = try XCTUnwrap(rects(shapes, .rectangle).first)
        let nodes = circles(shapes)
        XCTAssertEqual(nodes.count, 3, "z, ỹ and y")
        let y = try XCTUnwrap(nodes.first { $0.fill != nil }), yTilde = nodes[1]
        XCTAssertGreaterThan(y.center.y, energy.maxY, "y below E")
        XCTAssertEqual(y.center.x, energy.center.x, accuracy: 1e-9)
        XCTAssertLessThan(yTilde.center.y, energy.minY, "ỹ above E")
        let all = arrows(shapes)
        let up = try XCTUnwrap(all.first { $0.first!.y > $0.last!.y })
        XCTAssertEqual(up.last!.y, energy.maxY, accuracy: 1e-9, "y's arrow ends on E from below")
        let horizontal = all.filter { $0.first!.y == $0.last!.y }.map { $0.last!.x - $0.first!.x }
        XCTAssertEqual(horizontal.count, 2)
        XCTAssertEqual(horizontal[0], horizontal[1], accuracy: 0.05, "z → Decoder and Decoder → ỹ equally long")
        // The slide is near-square: the diagram's extent is within 10 % of the lecture's 378 × 323.
        let extent = ComputationGraphDiagram(conditional: false, showsEnergy: true).extent
        XCTAssertEqual(extent.width / extent.height, 378.0 / 323.0, accuracy: 0.1 * 378 / 323)
    }

    func testFig1sMarkersHaveNoEdgeAndReachAsFarAsTheEdgedOnes() throws {
        // An edge in the face colour doubles the alpha over the face's rim (a lighter ring) that 15-1 Fig 1's slide
        // does not show; the other horn figures keep matplotlib's edge.
        let points = [Point3D(0, 1, 2), Point3D(1, -1, 0)]
        guard case let .scatter(edged) = HornContext.rainbowScatter(points, size: 12, alpha: 0.8),
              case let .scatter(edgeless) = HornContext.rainbowScatter(points, size: HornDataFigure.fig1MarkerSize, alpha: 0.8, edgeWidth: 0)
        else { return XCTFail("scatters") }
        XCTAssertEqual(edged.marker.edgeWidthPixels, 1)
        XCTAssertEqual(edgeless.marker.edgeWidthPixels, 0)
        XCTAssertEqual(edgeless.marker.sizePixels, edged.marker.sizePixels + edged.marker.edgeWidthPixels)
    }

    func testConditionalGraphFeedsThePredictorFromXAndAddsEOnceTrained() throws {
        for trained in [false, true] {
            let graph = ComputationGraphDiagram(conditional: true, showsEnergy: trained)
            let shapes = graph.shapes(theme: .dark)
            // The predictor's arch and the decoder's "D" are outlines; their spans are the boxes they stand in.
            func span(_ color: Color) throws -> Rect {
                let outline = try XCTUnwrap(shapes.compactMap { if case let .line(p, c) = $0, c == color { return p } else { return nil } }.first)
                let xs = outline.map(\.x), ys = outline.map(\.y)
                return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
            }
            let dome = try span(Theme.dark[.predictor]), decoder = try span(Theme.dark[.decoder])
            XCTAssertEqual(rects(shapes, .rectangle).count, trained ? 1 : 0)
            let x = try XCTUnwrap(circles(shapes).first { $0.center.x == dome.center.x })
            XCTAssertNotNil(x.fill, "x is observed")
            let intoDecoder = arrows(shapes).filter { $0.last!.x == decoder.minX }
            XCTAssertEqual(intoDecoder.count, 2, "z and the predictor feed the decoder")
            XCTAssertTrue(intoDecoder.contains { ($0.first! - Point(dome.center.x, dome.minY)).length < 1e-9 }, "the predictor's output rises to the decoder")
            guard case let .array(nodes)? = graph.sidecar["nodes"] else { return XCTFail("nodes") }
            XCTAssertEqual(nodes.count, trained ? 7 : 6)
        }
    }

    func testSlideContentOfTheShippedFigures() throws {
        let expected: [String: Int] = ["15-2-fig08-trained-cross-section": 1, "15-2-fig09-horn-samples": 9, "15-2-fig10-horn-untrained": 4,
                                       "15-2-fig11-horn-trained": 4, "15-1-fig03-energy-graph": 1]
        for (id, count) in expected {
            let figure = try Shipped.build(id).figure
            XCTAssertEqual(figure.slide.count, count, id)
        }
        let titles = try ["15-2-fig10-horn-untrained", "15-2-fig11-horn-trained"].map { id -> String in
            let figure = try Shipped.build(id).figure
            return figure.slide.compactMap { if case let .block(.words(text, _, _, _, _), _, _, _) = $0 { return text } else { return nil } }.joined()
        }
        XCTAssertEqual(titles, ["Untrained model manifold", "Trained model manifold"])
    }

    func testHornSlidesDrawTheSlidesStretchedCubeInTheirRegions() throws {
        for (id, region) in [("15-2-fig09-horn-samples", HornContext.SlideFrame.besideFormulas),
                             ("15-2-fig10-horn-untrained", HornContext.SlideFrame.untrainedBesideDiagram),
                             ("15-2-fig11-horn-trained", HornContext.SlideFrame.besideDiagram)] {
            let figure = try Shipped.build(id).figure
            let axes = try XCTUnwrap(figure.axes3D.first)
            XCTAssertEqual(axes.boxAspect, HornContext.slideBoxAspect, id)
            XCTAssertEqual(axes.boxAspect.x, axes.boxAspect.z, "a cube, as the slides' matplotlib drew it")
            XCTAssertTrue(axes.stretchToFrame, id)
            let w = Double(figure.widthPixels), h = Double(figure.heightPixels)
            XCTAssertEqual(axes.frame, Rect(x: region.left * w, y: region.top * h, width: region.width * w, height: region.height * h), id)
            XCTAssertEqual(axes.tickLabelSizePixels, region.tickLabelShare * axes.frame.height, accuracy: 1e-9, id)
        }
        // 15-1 Fig 1, not a slide, keeps its own box.
        let fig1 = try XCTUnwrap(try Shipped.build("15-1-fig01-horn").figure.axes3D.first)
        XCTAssertEqual(fig1.boxAspect, Point3D(4, 4, 2.95))
    }

    func testHornSlidesDrawTheSlidesGreyGrid() throws {
        for id in ["15-2-fig09-horn-samples", "15-2-fig10-horn-untrained", "15-2-fig11-horn-trained"] {
            let figure = try Shipped.build(id).figure
            let grid = try XCTUnwrap(figure.axes3D.first?.gridStyle, id)
            XCTAssertEqual(grid.color, figure.theme.gridColor.withAlpha(HornContext.slideGridAlpha), id)
            XCTAssertEqual(grid.widthPixels, HornContext.slideGridWidth, id)
            XCTAssertEqual(grid.dash, HornContext.slideGridDash, id)
        }
        // 15-1 Fig 1 keeps its own longer dashes; 15-2 Fig 1 the 3-D default.
        XCTAssertEqual(try Shipped.build("15-1-fig01-horn").figure.axes3D.first?.gridStyle?.dash, [5, 3.5])
        XCTAssertNil(try Shipped.build("15-2-fig01-bathtub").figure.axes3D.first?.gridStyle)
    }

    func testSlideTitlesAreLightAndBetaIsKhaki() throws {
        XCTAssertEqual(StyleSheet.dark[.freeEnergyBeta], Palette.khaki, "Fig 8's khaki β")
        XCTAssertEqual(StyleSheet.dark[.beta], StyleSheet.dark.cycle(1), "Figs 3–5's pale-yellow β labels")
        let title = try Shipped.build("15-2-fig08-trained-cross-section").figure
        func colours(_ block: MathBlock) -> [Color] {
            switch block {
            case let .math(_, _, color): return color.map { [$0] } ?? []
            case let .words(_, _, color, _, _): return color.map { [$0] } ?? []
            case let .row(parts, _), let .lines(parts, _, _, _): return parts.flatMap(colours)
            case let .fraction(top, bottom, _): return colours(top) + colours(bottom)
            case let .fenced(content, _, _, _), let .raised(content, _), let .strut(content, _, _): return colours(content)
            case .space, .integral: return []
            case let .ruled(content, _, _, _, color): return colours(content) + (color.map { [$0] } ?? [])
            case let .inset(content, _, _, _): return colours(content)
            case let .overprinted(content, _): return colours(content)
            }
        }
        let colours = title.slide.flatMap { element -> [Color] in
            if case let .block(block, _, _, _) = element { return colours(block) } else { return [] }
        }
        XCTAssertTrue(colours.contains(Palette.khaki), "the formula's β")
        XCTAssertFalse(colours.contains(StyleSheet.dark[.beta]))
        let figure = try Shipped.build("15-2-fig10-horn-untrained").figure
        let lightTitles = figure.slide.compactMap { if case let .block(.words(text, _, _, _, true), _, _, _) = $0 { return text } else { return nil } }
        XCTAssertEqual(lightTitles, ["Untrained model manifold"])
    }

    func testBathtubFramesKeepTheColourBarAndKeyStill() throws {
        let output = try Shipped.build("15-2-fig01-bathtub")
        XCTAssertFalse(output.frames.isEmpty)
        let measurer = FakeMetrics()
        let bars = ([output.figure] + output.frames).map { figure in
            figure.lower(metrics: measurer).compactMap { if case let .image(_, rect, _) = $0 { return rect } else { return nil } }
        }
        XCTAssertTrue(bars.allSatisfy { $0.count == 1 && $0 == bars[0] }, "\(bars)")
        XCTAssertTrue(output.frames.allSatisfy { $0.slide == output.figure.slide })
        // The key's rows line up with the bar's top, middle and bottom, lowered alike as the slide's.
        let drop = ContourBathtubFigure.Key.drop * Double(output.figure.heightPixels)
        let rows = output.figure.slide.compactMap { if case let .block(_, at, _, _) = $0 { return (1 - at.y) * Double(output.figure.heightPixels) - drop } else { return nil } }
        let bar = bars[0][0]
        XCTAssertEqual(rows[0], bar.minY, accuracy: 1)
        XCTAssertEqual(rows[1], bar.center.y, accuracy: 1)
        XCTAssertEqual(rows[2], bar.maxY, accuracy: 1)
    }

    func testBathtubDrawsTheSlidesLeaningFAxisAndItsSidecarSaysHowTheRingsAreScaled() throws {
        let output = try Shipped.build("15-2-fig01-bathtub")
        let axes = try XCTUnwrap(output.figure.axes3D.first)
        guard case let .contour(stack)? = axes.marks.first else { return XCTFail("a contour stack") }
        let scale = try XCTUnwrap(output.data["ringHeightScale"]?.number)
        XCTAssertEqual(stack.heightScale, scale)
        // Twelve levels 0, 1/12, …, 11/12 (the range without its end): the rim is salmon, coolwarm(0.92), as on the
        // slide, and the sidecar lists the levels drawn.
        XCTAssertEqual(stack.levels.count, 12)
        XCTAssertEqual(stack.levels.last!, 11.0 / 12, accuracy: 1e-12)
        XCTAssertEqual(output.data["levels"], .numbers(stack.levels))
        // The slide's F axis: 0 … 0.30 ticked every 0.05, the rim drawn within it.
        let g = axes.geometry
        XCTAssertEqual(axes.tickValues(axis: 2, geometry: g).count, 7)
        XCTAssertEqual(g.camera.zLimits, 0...0.3)
        XCTAssertLessThanOrEqual(stack.lines().last!.polylines.joined().map(\.z).max()!, 0.3)
        // Seen from close by, the F axis (at the right of the box) leans outward: its top is right of its foot (42 px).
        let (foot, top) = g.axisLine(2)
        XCTAssertGreaterThan(g.camera.pixel(top).x - g.camera.pixel(foot).x, 20, "about 7 px from matplotlib's default distance")
        XCTAssertFalse(axes.showFloorGrid)
        // The box itself is drawn as measured on the slide: y₁'s axis falls 18° to the right, y₂'s rises 45° and the
        // short F axis leans right; it has no grid: the grid seen inside the tub is the tub's own mesh, below F = 0.75.
        let view = try XCTUnwrap(axes.boxView)
        let box = view.geometry(of: axes)
        func degrees(_ i: Int) -> Double {
            let (a, b) = box.axisLine(i)
            let d = box.camera.pixel(b) - box.camera.pixel(a)
            return atan2(-d.y, d.x) * 180 / Double.pi
        }
        XCTAssertEqual(degrees(0), -18.4, accuracy: 1)
        XCTAssertEqual(degrees(1), 45.5, accuracy: 1)
        XCTAssertEqual(degrees(2), 72, accuracy: 2)
        XCTAssertFalse(axes.showGrid)
        let mesh = try XCTUnwrap(stack.mesh)
        XCTAssertEqual(mesh.below, 0.75)
        XCTAssertFalse(stack.meshSegments().isEmpty)
        XCTAssertTrue(stack.meshSegments().allSatisfy { $0.0.z <= 0.75 * scale && $0.1.z <= 0.75 * scale })
        // The rotation frames draw their box in their own view.
        XCTAssertTrue(output.frames.allSatisfy { $0.axes3D.allSatisfy { $0.boxView == nil } })
    }

    func testPullArrowsVanishWhenTheGapCloses() throws {
        let scale = 100.0
        XCTAssertNil(TrainingCompositeFigure.arrow(.dark, from: Point2(0, 0), to: Point2(0.01, 0), pixelsPerUnit: scale, width: 1.6, head: 8))
        guard case let .arrow(short)? = TrainingCompositeFigure.arrow(.dark, from: Point2(0, 0), to: Point2(0.05, 0), pixelsPerUnit: scale, width: 1.6, head: 8),
              case let .arrow(long)? = TrainingCompositeFigure.arrow(.dark, from: Point2(0, 0), to: Point2(0.35, 0), pixelsPerUnit: scale, width: 1.6, head: 8)
        else { return XCTFail("arrows") }
        XCTAssertEqual(short.headLengthPixels, 0.45 * 5, accuracy: 1e-9, "a 5-pixel stub gets a small head")
        XCTAssertEqual(long.headLengthPixels, 8)
        // In the shipped Fig 7 every untrained y̌ pulls toward its y; after zero-temperature training they sit on
        // the data and the panel has no pull arrow, as on the slide.
        let axes = try Shipped.build("15-2-fig07-training").figure.axes
        func pulls(_ a: Axes) -> Int { a.marks.filter { if case .arrow = $0 { return true } else { return false } }.count }
        func lengths(_ a: Axes) -> [Double] {
            a.marks.compactMap { if case let .arrow(m) = $0 { return (m.points[1] - m.points[0]).length } else { return nil } }.sorted()
        }
        let before = lengths(axes[0]), after = lengths(axes[1])
        XCTAssertEqual(before.count, 24)
        XCTAssertEqual(before[12], 0.35, accuracy: 0.02, "the untrained median pull is 0.35 long")
        XCTAssertLessThan(after.last ?? 0, 0.2 * before[12], "after training the pulls are stubs at most")
    }

    /// 15-2 Fig 7's black arrows are the force −∇F∞ (toward the manifold), the sidecar's gradient negated; on the
    /// trained panel's central bar the arrow at the origin leaves it upward, toward the first grid argmin, as on the slide.
    func testTrainingArrowsAreTheForceTowardTheManifold() throws {
        let output = try Shipped.build("15-2-fig07-training")
        for (column, key) in ["untrainedGradient", "trainedGradient"].enumerated() {
            let quiver = try XCTUnwrap(output.figure.axes[column].marks.compactMap { if case let .quiver(q) = $0 { return q } else { return nil } }.first)
            XCTAssertEqual(output.data[key], .points(quiver.vectors.map { Point2(-$0.x, -$0.y) }), key)
            let origin = try XCTUnwrap(quiver.origins.firstIndex { $0.x == 0 && $0.y == 0 })
            XCTAssertGreaterThan(quiver.vectors[origin].y, 0.5, key)
            XCTAssertEqual(quiver.vectors[origin].x, 0, accuracy: 1e-9, key)
        }
    }
}
