import XCTest
@testable import Plotting

/// Scales and resolved axes geometry: the y-flip, inverses, automatic limits and equal aspect.
final class ScaleTests: XCTestCase {
    private let area = Rect(x: 100, y: 50, width: 400, height: 200)

    func testHorizontalScaleMapsLowerToLeftAndUpperToRight() {
        let s = LinearScale.horizontal(lower: -2, upper: 2, in: area)
        XCTAssertEqual(s.pixel(-2), 100, accuracy: 1e-12)
        XCTAssertEqual(s.pixel(2), 500, accuracy: 1e-12)
        XCTAssertEqual(s.pixel(0), 300, accuracy: 1e-12)
        XCTAssertEqual(s.pixelsPerUnit, 100, accuracy: 1e-12)
    }

    func testVerticalScaleFlipsSoThatLargerValuesAreHigherOnScreen() {
        let s = LinearScale.vertical(lower: 0, upper: 10, in: area)
        XCTAssertEqual(s.pixel(0), area.maxY, accuracy: 1e-12, "lower limit at the bottom edge")
        XCTAssertEqual(s.pixel(10), area.minY, accuracy: 1e-12, "upper limit at the top edge")
        XCTAssertLessThan(s.pixel(7), s.pixel(3), "pixels grow downward while values grow upward")
        XCTAssertEqual(s.pixelsPerUnit, 20, accuracy: 1e-12, "pixels per unit is positive despite the flip")
    }

    func testValueAtPixelInvertsPixel() {
        for s in [LinearScale.horizontal(lower: -3, upper: 5, in: area), .vertical(lower: -1.75, upper: 1.75, in: area)] {
            for v in [-3.0, -1.75, 0, 0.3, 1.75, 5] {
                XCTAssertEqual(s.value(atPixel: s.pixel(v)), v, accuracy: 1e-12)
            }
        }
    }

    func testAutomaticLimitsAddFivePercentMargins() {
        let axes = Axes(frame: area, marks: [.scatter(Scatter(points: [Point(0, -1), Point(10, 3)], marker: MarkerStyle(sizePixels: 5, fill: .white)))])
        let g = AxesGeometry(axes)
        XCTAssertEqual(g.xLimits.lowerBound, -0.5, accuracy: 1e-12)
        XCTAssertEqual(g.xLimits.upperBound, 10.5, accuracy: 1e-12)
        XCTAssertEqual(g.yLimits.lowerBound, -1.2, accuracy: 1e-12)
        XCTAssertEqual(g.yLimits.upperBound, 3.2, accuracy: 1e-12)
        XCTAssertEqual(g.plotArea, area, "without equal aspect the frame is the plot area")
    }

    func testAutomaticLimitsIgnoreNonFiniteValuesAndDefaultToUnitSquare() {
        let withNaN = Axes(frame: area, marks: [.line(LineSeries(points: [Point(1, 1), Point(.nan, 5), Point(3, 2)], color: .white))])
        XCTAssertEqual(AxesGeometry(withNaN).xLimits.upperBound, 3.1, accuracy: 1e-12)
        let empty = AxesGeometry(Axes(frame: area))
        XCTAssertEqual(empty.xLimits, 0...1)
        XCTAssertEqual(empty.yLimits, 0...1)
    }

    func testEqualAspectShrinksThePlotAreaAboutItsCentre() {
        let axes = Axes(frame: area, xLimits: -1...1, yLimits: -1...1, equalAspect: true)
        let g = AxesGeometry(axes)
        XCTAssertEqual(g.plotArea.width, 200, accuracy: 1e-9)
        XCTAssertEqual(g.plotArea.height, 200, accuracy: 1e-9)
        XCTAssertEqual(g.plotArea.center, area.center)
        XCTAssertEqual(g.xScale.pixelsPerUnit, g.yScale.pixelsPerUnit, accuracy: 1e-9)
    }

    func testCoordinateSystemsPutTheOriginBottomLeft() {
        let figure = Rect(x: 0, y: 0, width: 1000, height: 500)
        let g = AxesGeometry(Axes(frame: area, xLimits: 0...4, yLimits: 0...2))
        XCTAssertEqual(g.pixel(Point(1, 0.5), in: .data, figure: figure), Point(200, 200))
        XCTAssertEqual(g.pixel(Point(0, 0), in: .axesFraction, figure: figure), Point(area.minX, area.maxY))
        XCTAssertEqual(g.pixel(Point(1, 1), in: .axesFraction, figure: figure), Point(area.maxX, area.minY))
        XCTAssertEqual(g.pixel(Point(0.5, 0.2), in: .figureFraction, figure: figure), Point(500, 400))
    }
}
