import EBMCore
import FigureTestSupport
import Plotting
import TestSupport
import XCTest
@testable import FigureCatalogue

/// 15-2 Fig 7's white crosses at the continuous y̌ (recorded beside the grid's), and the colour bars and the F∞ key
/// of 15-1 Fig 11 and 15-2 Figs 3–5 as the slides set them.
final class RefinedCheckAndKeyTests: XCTestCase {
    func testFig7CrossesStandAtTheContinuousMinimumAndTheGridFieldsStay() throws {
        let output = try Shipped.build("15-2-fig07-training")
        let data = output.data
        let y = data["y"]!.points
        let grid = LatentGrid(count: Int(data["latents"]!.number!))
        for (column, (key, decoderKey)) in [("untrained", "untrained"), ("trained", "trainedZeroTemperature")].enumerated() {
            let decoder = data[decoderKey]!.decoder
            let refined = data[key + "YCheckRefined"]!.points
            let gridChecks = data[key + "YCheck"]!.points
            XCTAssertEqual(refined.count, y.count)
            var closer = 0
            for ((point, check), gridCheck) in zip(zip(y, refined), gridChecks) {
                // The grid field is still the grid argmin's y̌.
                let zGrid = decoder.zeroTemperatureInference(point, latents: grid).zCheck
                XCTAssertEqual(gridCheck.x, decoder(zGrid).x, accuracy: 1e-12)
                XCTAssertEqual(gridCheck.y, decoder(zGrid).y, accuracy: 1e-12)
                // The refined y̌ lies on the manifold at a stationary point of E(y, ·) no higher than the grid minimum.
                let z = decoder.latentMinimum(point, gridCount: grid.count).z
                XCTAssertEqual(decoder(z).x, check.x, accuracy: 1e-12)
                XCTAssertEqual(decoder(z).y, check.y, accuracy: 1e-12)
                // ∂E/∂z vanishes to a few 1e-9 of the curvature bound (z within a few 1e-9 rad of the stationary point:
                // the minimiser's energy comparisons cannot resolve E's flat bottom more finely).
                XCTAssertLessThan(abs(decoder.energyDerivative(point, z: z)) / decoder.energyCurvatureBound(point), 5e-9)
                let gridMinimum = grid.values.map { decoder.energy(point, z: $0) }.min()!
                XCTAssertLessThanOrEqual(decoder.energy(point, z: z), gridMinimum)
                if ((point - check) * (point - check)).sum() <= ((point - gridCheck) * (point - gridCheck)).sum() { closer += 1 }
            }
            XCTAssertEqual(closer, y.count, "each refined y̌ is at least as close to its y as the grid's")
            // The white crosses drawn are the refined y̌.
            let crosses = output.figure.axes[column].marks.compactMap { mark -> [Point]? in
                if case let .scatter(s) = mark, s.marker.shape == .thinX, !s.points.isEmpty { return s.points } else { return nil }
            }
            XCTAssertEqual(crosses.count, 1)
            XCTAssertEqual(crosses[0], refined.map(LectureStyle.point))
        }
        XCTAssertNotNil(data["refinement"])
    }

    func testFig11KeySetsALargerInfinityCloserAndHigherThanTheScriptPlace() throws {
        let figure = try Shipped.build("15-1-fig11-free-energy-heatmap").figure
        let commands = figure.lower(metrics: FakeMetrics())
        let texts = Inspect.texts(commands)
        let fs = texts.filter { $0.text == "F" }, infinities = texts.filter { $0.text == "∞" }
        XCTAssertEqual(fs.count, 3)
        XCTAssertEqual(infinities.count, 3)
        let size = FreeEnergyHeatmapFigure.keySize
        for (f, infinity) in zip(fs.sorted { $0.origin.y < $1.origin.y }, infinities.sorted { $0.origin.y < $1.origin.y }) {
            XCTAssertEqual(infinity.font.sizePixels, 0.77 * size, accuracy: 1e-9, "larger than the 0.7 script size")
            XCTAssertEqual(infinity.origin.y - f.origin.y, 0.16 * size, accuracy: 1e-9, "0.16 of the size below the F's baseline, not 0.2")
        }
        // The colour bar: white ticks inside the bar, labels 1.08 × the axes' size, 5 px from the bar.
        let bar = try XCTUnwrap(figure.axes[0].colorbar)
        XCTAssertTrue(bar.ticksInward)
        XCTAssertEqual(bar.tickColor, figure.theme.foreground)
        XCTAssertEqual(bar.tickLabelScale, 1.08)
        XCTAssertEqual(bar.tickLabelPadPixels, 5)
    }

    func testFigs3To5ColourBarLabelsAreLargerThanTheAxesAndCloseToTheBar() throws {
        for id in ["15-2-fig03-weights-y23", "15-2-fig04-weights-y10", "15-2-fig05-weights-origin"] {
            let figure = try Shipped.build(id).figure
            let bar = try XCTUnwrap(figure.axes[0].colorbar, id)
            XCTAssertTrue(bar.ticksInward, id)
            XCTAssertEqual(bar.tickColor, figure.theme.foreground, id)
            XCTAssertEqual(bar.tickLabelScale, 1.065, id)
            XCTAssertEqual(figure.axes[0].tickLabelSizePixels, 16.7, id)
            XCTAssertEqual(bar.tickLabelPadPixels, 4, id)
        }
        // The inset (Figs 3 and 4): its legend's labels overprinted, as heavy as the slide's reduced capture.
        let inset = try Shipped.build("15-2-fig03-weights-y23").figure.axes[1]
        XCTAssertEqual(inset.legend?.labelOverprint, SoftargminWeightsFigure.insetLegendOverprint)
        XCTAssertGreaterThan(SoftargminWeightsFigure.insetLegendOverprint, 0)
    }
}
