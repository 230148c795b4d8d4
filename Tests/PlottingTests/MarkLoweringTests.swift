import TestSupport
import XCTest
@testable import Plotting

/// The number and kind of draw commands each mark lowers to, and where they land.
final class MarkLoweringTests: XCTestCase {
    private let frame = Rect(x: 100, y: 100, width: 400, height: 400)
    private let figure = Rect(x: 0, y: 0, width: 600, height: 600)

    private func lowering(x: ClosedRange<Double> = 0...4, y: ClosedRange<Double> = 0...4) -> MarkLowering {
        let axes = Axes(frame: frame, xLimits: x, yLimits: y)
        return MarkLowering(geometry: AxesGeometry(axes), theme: .dark, text: MathLayout(metrics: FakeMetrics(), theme: .dark), figure: figure)
    }

    private let points = [Point(1, 1), Point(2, 3), Point(3, 2)]

    func testFilledCirclesAreOneFillEachAtTheirPixels() throws {
        let commands = lowering().commands(for: .scatter(Scatter(points: points, marker: MarkerStyle(sizePixels: 10, fill: Palette.teal))))
        XCTAssertEqual(Inspect.kinds(commands), ["fill", "fill", "fill"])
        let disc = Inspect.bounds(Inspect.fills(commands)[1].path)
        XCTAssertEqual(disc.center.x, 300, accuracy: 1e-9)
        XCTAssertEqual(disc.center.y, 200, accuracy: 1e-9, "y = 3 of 0…4 is a quarter down from the top")
        XCTAssertEqual(disc.width, 10, accuracy: 1e-9)
    }

    func testEdgesRingsAlphaAndPerPointColours() {
        let edged = lowering().commands(for: .scatter(Scatter(points: points, marker: MarkerStyle(sizePixels: 10, fill: .white, edge: .black, edgeWidthPixels: 1.5))))
        XCTAssertEqual(Inspect.kinds(edged), ["fill", "stroke", "fill", "stroke", "fill", "stroke"])
        XCTAssertEqual(Inspect.strokes(edged)[0].style.widthPixels, 1.5)
        let rings = lowering().commands(for: .scatter(Scatter(points: points, marker: MarkerStyle(sizePixels: 10, fill: nil, edge: Palette.salmon))))
        XCTAssertEqual(Inspect.kinds(rings), ["stroke", "stroke", "stroke"], "a hollow ring has no fill")
        let colours = [Palette.teal, Palette.orange.withAlpha(0.4), Palette.orchid]
        let coloured = lowering().commands(for: .scatter(Scatter(points: points, marker: MarkerStyle(sizePixels: 10, fill: .white), colors: colours)))
        XCTAssertEqual(Inspect.fills(coloured).map(\.color), colours, "per-point colours (with alpha) win over the marker fill")
    }

    func testBoldXIsOneTwelveCornerPolygonAndThinMarkersAreOneStroke() {
        let x = Markers.commands(MarkerStyle(shape: .boldX, sizePixels: 20, fill: Palette.yellowGreen), at: Point(50, 50))
        XCTAssertEqual(Inspect.kinds(x), ["fill"])
        let path = Inspect.fills(x)[0].path
        XCTAssertEqual(path.elements.filter { if case .line = $0 { return true } else { return false } }.count, 11)
        XCTAssertEqual(Inspect.bounds(path).center.x, 50, accuracy: 1e-9)
        XCTAssertEqual(Inspect.bounds(path).center.y, 50, accuracy: 1e-9)
        for shape in [MarkerShape.thinX, .plus] {
            let thin = Markers.commands(MarkerStyle(shape: shape, sizePixels: 20, fill: .white), at: Point(0, 0))
            XCTAssertEqual(Inspect.kinds(thin), ["stroke"], "\(shape)")
            XCTAssertEqual(Inspect.strokes(thin)[0].path.elements.count, 4, "two segments")
        }
        XCTAssertEqual(Inspect.kinds(Markers.commands(MarkerStyle(shape: .square, sizePixels: 8, fill: .white, edge: .black), at: Point(0, 0))),
                       ["fill", "stroke"])
    }

    func testLinesSolidAndDashedWithMarkers() {
        let solid = lowering().commands(for: .line(LineSeries(points: points, color: Palette.salmon, widthPixels: 3)))
        XCTAssertEqual(Inspect.kinds(solid), ["stroke"])
        let stroke = Inspect.strokes(solid)[0]
        XCTAssertEqual(stroke.style.dash, [])
        XCTAssertEqual(stroke.style.widthPixels, 3)
        XCTAssertEqual(stroke.path.elements.count, 3)
        let dashed = lowering().commands(for: .line(LineSeries(points: points, color: Palette.teal, dash: [6, 3],
                                                               marker: MarkerStyle(sizePixels: 6, fill: Palette.teal))))
        XCTAssertEqual(Inspect.kinds(dashed), ["stroke", "fill", "fill", "fill"], "the line first, markers on top")
        XCTAssertEqual(Inspect.strokes(dashed)[0].style.dash, [6, 3])
        let gap = lowering().commands(for: .line(LineSeries(points: [Point(0, 0), Point(1, .nan), Point(2, 2)], color: .white)))
        XCTAssertEqual(Inspect.strokes(gap)[0].path.elements.count, 2, "non-finite points are dropped")
    }

    func testHeatmapIsOneImageCoveringItsExtentWithClippedValues() throws {
        // Two rows: bottom row [−1, 0.5], top row [0.25, 9]; vmin 0, vmax 1.
        let h = Heatmap(values: [-1, 0.5, 0.25, 9], columns: 2, rows: 2, xMin: 0, xMax: 2, yMin: 2, yMax: 4,
                        colorMap: .viridis, vmin: 0, vmax: 1)
        let commands = lowering().commands(for: .heatmap(h))
        XCTAssertEqual(Inspect.kinds(commands), ["image"])
        let (image, rect) = try XCTUnwrap(Inspect.images(commands).first)
        XCTAssertEqual(rect, Rect(x: 100, y: 100, width: 200, height: 200))
        func pixel(_ column: Int, _ row: Int) -> [UInt8] { Array(image.rgba[((row * 2 + column) * 4)..<((row * 2 + column) * 4 + 4)]) }
        XCTAssertEqual(pixel(1, 0), [253, 231, 37, 255], "top-right: 9 clipped to vmax → last entry")
        XCTAssertEqual(pixel(0, 1), [68, 1, 84, 255], "bottom-left: −1 clipped to vmin → first entry")
        let quarter = ColorMap.viridis.entries[64]
        XCTAssertEqual(pixel(0, 0), [channel(quarter.red), channel(quarter.green), channel(quarter.blue), 255], "row 1 of the data is the top image row")
    }

    func testQuiverIsOneFillOfSevenCornerArrowsWithMatplotlibAutoScale() {
        let q = Quiver(origins: [Point(1, 1), Point(2, 2), Point(3, 3)], vectors: [Point(1, 0), Point(0, 2), Point(0, 0)], color: Palette.orange)
        XCTAssertEqual(q.effectiveScale, 1.8 * 1.0 * 10, accuracy: 1e-12, "1.8 · mean‖v‖ · max(10, √N)")
        let commands = lowering().commands(for: .quiver(q))
        XCTAssertEqual(Inspect.kinds(commands), ["fill"])
        let path = Inspect.fills(commands)[0].path
        XCTAssertEqual(path.elements.filter { $0 == .close }.count, 2, "the zero vector draws nothing")
        // First arrow: ‖v‖ = 1 → 1/18 of the 400-pixel axes width, pointing right from (200, 400).
        let first = Inspect.bounds(Path(Array(path.elements.prefix(8))))
        XCTAssertEqual(first.maxX - 200, 400 / 18, accuracy: 1e-9)
        XCTAssertEqual(first.minX, 200, accuracy: 1e-9)
        // Second arrow points up (the y-flip): its tip has the smallest y.
        let second = Inspect.points(Path(Array(path.elements[8..<16])))
        XCTAssertEqual(second[3].y, 300 - 800.0 / 18, accuracy: 1e-9)
        XCTAssertEqual(second[3].x, 300, accuracy: 1e-9)
    }

    func testQuiverWithAnExplicitScale() {
        let q = Quiver(origins: [Point(0, 2)], vectors: [Point(2, 0)], color: .white, scale: 4)
        let path = Inspect.fills(lowering().commands(for: .quiver(q)))[0].path
        XCTAssertEqual(Inspect.bounds(path).width, 2.0 / 4 * 400, accuracy: 1e-9, "‖v‖ / scale axes widths")
        XCTAssertEqual(Inspect.bounds(path).height, 3 * 0.005 * 400, accuracy: 1e-9, "head width 3 shaft widths")
    }

    func testStraightArrowIsAShaftAndAHeadEndingAtTheTip() {
        let a = ArrowMark(points: [Point(1, 1), Point(3, 1)], color: Palette.salmon, headLengthPixels: 14, headWidthPixels: 10)
        let commands = lowering().commands(for: .arrow(a))
        XCTAssertEqual(Inspect.kinds(commands), ["stroke", "fill"])
        let head = Inspect.points(Inspect.fills(commands)[0].path)
        XCTAssertEqual(head[0], Point(400, 400), "the tip is the last point")
        XCTAssertEqual(Inspect.bounds(Inspect.fills(commands)[0].path).width, 14, accuracy: 1e-9)
        let shaftEnd = Inspect.points(Inspect.strokes(commands)[0].path).last!
        XCTAssertLessThan(shaftEnd.x, 400, "the shaft stops inside the head")
        XCTAssertGreaterThan(shaftEnd.x, 400 - 14)
    }

    func testCurvedDashedArrowFollowsASmoothCurve() {
        let a = ArrowMark(points: [Point(1, 1), Point(2, 3), Point(3, 1)], color: .white, dash: [5, 4], smooth: true)
        let commands = lowering().commands(for: .arrow(a))
        XCTAssertEqual(Inspect.kinds(commands), ["stroke", "fill"])
        let shaft = Inspect.strokes(commands)[0]
        XCTAssertEqual(shaft.style.dash, [5, 4])
        XCTAssertGreaterThan(shaft.path.elements.count, 20, "sampled spline, not the three input points")
        XCTAssertEqual(Inspect.bounds(shaft.path).minY, 200, accuracy: 1e-6, "the curve passes through the middle point")
    }

    func testAnnotationsInEachCoordinateSystem() throws {
        let lower = lowering()
        for (coordinates, position, expected) in [(Coordinates.data, Point(2, 2), Point(300, 300)),
                                                  (.axesFraction, Point(0, 1), Point(100, 100)),
                                                  (.figureFraction, Point(1, 0), Point(600, 600))] {
            let commands = lower.commands(for: .annotation(Annotation("Hi", at: position, coordinates: coordinates, anchor: TextAnchor(.left, .baseline), sizePixels: 10)))
            let text = try XCTUnwrap(Inspect.texts(commands).first)
            XCTAssertEqual(text.origin, expected, "\(coordinates)")
            XCTAssertEqual(text.color, Theme.dark.foreground)
        }
    }

    func testPolygonFillAndEdge() {
        let commands = lowering().commands(for: .polygon(points, fill: Palette.lavender, edge: .white, widthPixels: 2))
        XCTAssertEqual(Inspect.kinds(commands), ["fill", "stroke"])
        XCTAssertEqual(Inspect.kinds(lowering().commands(for: .polygon(points, fill: nil, edge: .white, widthPixels: 2))), ["stroke"])
    }
}
