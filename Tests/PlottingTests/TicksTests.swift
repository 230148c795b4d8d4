import XCTest
@testable import Plotting

/// Tick choice and tick labels for cases with a known answer.
final class TicksTests: XCTestCase {
    func testNiceStepPicksTheSmallestStepFromOneTwoTwoAndAHalfFive() {
        XCTAssertEqual(Ticks.niceStep(span: 1, maxTicks: 6), 0.2, accuracy: 1e-12)
        XCTAssertEqual(Ticks.niceStep(span: 10, maxTicks: 5), 2.5, accuracy: 1e-12)
        XCTAssertEqual(Ticks.niceStep(span: 6, maxTicks: 9), 1, accuracy: 1e-12)
        XCTAssertEqual(Ticks.niceStep(span: 3.5, maxTicks: 9), 0.5, accuracy: 1e-12)
        XCTAssertEqual(Ticks.niceStep(span: 0.03, maxTicks: 4), 0.01, accuracy: 1e-15)
        XCTAssertEqual(Ticks.niceStep(span: 0, maxTicks: 5), 1, "a degenerate span falls back to 1")
    }

    func testAutomaticTicksNeverExceedTheMaximumCount() {
        for span in [0.7, 1, 2.2, 3.5, 6, 13, 99, 1234.5] {
            for maxTicks in [3, 5, 9] {
                let values = Ticks.values(.automatic(maxTicks: maxTicks), lower: -span / 3, upper: span)
                XCTAssertLessThanOrEqual(values.count, maxTicks, "span \(span), max \(maxTicks)")
                if maxTicks == 9 { XCTAssertGreaterThanOrEqual(values.count, 3, "span \(span)") }
            }
        }
    }

    func testTicksOfTheLectureYPlane() {
        XCTAssertEqual(Ticks.values(.step(0.5), lower: -1.75, upper: 1.75), [-1.5, -1, -0.5, 0, 0.5, 1, 1.5])
        XCTAssertEqual(Ticks.labels([-1.5, -1, -0.5, 0, 0.5, 1, 1.5]), ["−1.5", "−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5"])
    }

    func testInteriorStepLeavesOutTicksOnTheFrameAsTheLecturesYPlane() {
        XCTAssertEqual(Ticks.values(.interiorStep(0.5), lower: -3, upper: 3), [-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5],
                       "the lecture's y₁ axis runs to ±3 with ticks only to ±2.5")
        XCTAssertEqual(Ticks.values(.step(0.5), lower: -3, upper: 3).count, 13, "the plain step keeps the ends")
        XCTAssertEqual(Ticks.values(.interiorStep(0.5), lower: -1.75, upper: 1.75), Ticks.values(.step(0.5), lower: -1.75, upper: 1.75),
                       "ends that are not multiples change nothing")
    }

    func testColourRangesGetRoundTicksLabelledAtBothEndsWhenTheRangeIsRound() {
        // 0…2 (15-1 Fig 11) in steps of 0.25 from the nice-number locator, both ends labelled; 0…0.7 in steps of 0.1.
        XCTAssertEqual(Ticks.values(.automatic(maxTicks: 9), lower: 0, upper: 2), stride(from: 0, through: 2, by: 0.25).map { $0 })
        XCTAssertEqual(Ticks.labels(Ticks.values(.automatic(maxTicks: 9), lower: 0, upper: 0.7)),
                       ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
    }

    func testMultiplesIncludeEndPointsDespiteRoundingAndSnapZero() {
        let values = Ticks.multiples(of: 0.1, from: 0, to: 0.3)
        XCTAssertEqual(values.count, 4)
        XCTAssertEqual(values.last!, 0.3, accuracy: 1e-12)
        XCTAssertEqual(Ticks.labels(values), ["0.0", "0.1", "0.2", "0.3"])
        let crossing = Ticks.multiples(of: 0.1, from: -0.2, to: 0.2)
        XCTAssertEqual(crossing[2], 0)
        XCTAssertEqual(crossing[2].sign, .plus, "no negative zero")
    }

    func testExplicitValuesAreFilteredToTheLimitsAndNoneGivesNothing() {
        XCTAssertEqual(Ticks.values(.values([-5, 0, 3.14159, 7]), lower: -1, upper: 6.3), [0, 3.14159])
        XCTAssertEqual(Ticks.values(.none, lower: 0, upper: 1), [])
    }

    func testLabelsUseTheFewestDecimalsThatShowEveryTick() {
        XCTAssertEqual(Ticks.labels([0, 5, 10]), ["0", "5", "10"])
        XCTAssertEqual(Ticks.labels([0, 2.5, 5]), ["0.0", "2.5", "5.0"])
        XCTAssertEqual(Ticks.labels([0, 0.25, 0.5]), ["0.00", "0.25", "0.50"])
        XCTAssertEqual(Ticks.labels([-2, 0]), ["−2", "0"], "true minus sign U+2212")
        XCTAssertEqual(Ticks.labels([0, Double.pi / 2, Double.pi, 2 * Double.pi]), ["0.000", "1.571", "3.142", "6.283"],
                       "three significant digits of the range, as ScalarFormatter")
        XCTAssertEqual(Ticks.labels([1000, 1500, 2000]), ["1000", "1500", "2000"])
        XCTAssertEqual(Ticks.labels([0.7]), ["0.7"], "a single tick")
        XCTAssertEqual(Ticks.label(-0.0001, decimals: 1), "0.0", "a value that rounds to zero has no sign")
        XCTAssertEqual(Ticks.label(2.25, decimals: 1), "2.3", "half away from zero")
    }
}
