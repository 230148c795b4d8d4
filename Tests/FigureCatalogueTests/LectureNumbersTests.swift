import EBMCore
import FigureTestSupport
import XCTest
@testable import FigureCatalogue

/// The numbers the shipped lecture figures show (docs/lecture.md §6, §7), read from what the builders put in the sidecars.
final class LectureNumbersTests: XCTestCase {
    func testFig2CrossSectionValues() throws {
        let data = try Shipped.data("15-2-fig02-cross-section")
        let values = data["crossSections"]!.array[0]["freeEnergy"]!.numbers
        let expected = [2.70, 1.94, 1.31, 0.80, 0.41, 0.15, 0.02, 0.01, 0.13]
        for (i, v) in expected.enumerated() {
            XCTAssertEqual(values[i], v, accuracy: 0.006, "y2 = \(-2 + 0.25 * Double(i))")
            XCTAssertEqual(values[16 - i], v, accuracy: 0.006, "symmetric at y2 = \(2 - 0.25 * Double(i))")
        }
    }

    func testFig6WarmCrossSectionTable() throws {
        let data = try Shipped.data("15-2-fig06-warm-cross-section")
        // β: value at y2 = 0, value at y2 = ±2 (docs/lecture.md §6).
        let table: [(Double, Double, Double)] = [(0.1, 1.09, 5.04), (0.316, 1.04, 4.85), (1, 0.88, 4.27), (3.16, 0.58, 3.43), (10, 0.33, 2.99), (.infinity, 0.13, 2.70)]
        let sections = data["crossSections"]!.array
        XCTAssertEqual(sections.count, table.count)
        for (section, (beta, center, edge)) in zip(sections, table) {
            let b = section["beta"]!.number!
            XCTAssertEqual(b.isInfinite, beta.isInfinite)
            if !beta.isInfinite { XCTAssertEqual(b, beta, accuracy: 0.003) }
            let v = section["freeEnergy"]!.numbers
            XCTAssertEqual(v[8], center, accuracy: 0.01, "β = \(beta) at y2 = 0")
            XCTAssertEqual(v[0], edge, accuracy: 0.01, "β = \(beta) at y2 = −2")
            XCTAssertEqual(v[16], edge, accuracy: 0.01, "β = \(beta) at y2 = 2")
        }
    }

    func testFig8TrainedCrossSectionTable() throws {
        let data = try Shipped.data("15-2-fig08-trained-cross-section")
        let w = data["decoder"]!.decoder
        XCTAssertEqual(w.w1, -2.021, accuracy: 0.005)
        XCTAssertEqual(w.w2, 1.467, accuracy: 0.005)
        let rows: [[Double]] = [
            [6.21, 5.48, 4.84, 4.31, 3.87, 3.53, 3.29, 3.14, 3.09], [4.50, 4.08, 3.75, 3.49, 3.31, 3.18, 3.10, 3.06, 3.04],
            [2.31, 2.06, 1.93, 1.92, 2.03, 2.23, 2.51, 2.78, 2.90], [1.11, 0.90, 0.80, 0.83, 0.99, 1.26, 1.66, 2.18, 2.60],
            [0.60, 0.40, 0.31, 0.35, 0.52, 0.81, 1.22, 1.76, 2.36], [0.28, 0.08, 0.00, 0.05, 0.22, 0.51, 0.93, 1.48, 2.15],
        ]
        for (section, row) in zip(data["crossSections"]!.array, rows) {
            let v = section["freeEnergy"]!.numbers
            for (i, expected) in row.enumerated() { XCTAssertEqual(v[i], expected, accuracy: 0.05, "β = \(section["beta"]!.number!), column \(i)") }
        }
    }

    func testFigs3To5WeightRanges() throws {
        // The weights' range, and the colour bar's: from the tick at or below the smallest weight, as the slides'
        // bars start at a labelled 0.0, 0.00 and 0.1.
        let ranges: [(String, Double, Double, Double)] = [("15-2-fig03-weights-y23", 0.0, 0.756, 0), ("15-2-fig04-weights-y10", 0.006, 0.265, 0),
                                                          ("15-2-fig05-weights-origin", 0.1225, 0.8803, 0.1)]
        for (id, lo, hi, barLow) in ranges {
            let data = try Shipped.data(id)
            let weights = data["weight"]!.numbers
            XCTAssertEqual(weights.min()!, lo, accuracy: lo == 0 ? 0.001 : 0.0006, id)
            XCTAssertEqual(weights.max()!, hi, accuracy: 0.0006, id)
            let range = data["colorRange"]!.numbers
            XCTAssertEqual(range[0], barLow, accuracy: 1e-12, id)
            XCTAssertEqual(range[1], hi, accuracy: 0.0006, id)
        }
    }

    func testFig10CurveRanges() throws {
        let data = try Shipped.data("15-1-fig10-five-energies")
        // The 72 sampled points of each curve (the lecture's ranges (docs/lecture.md §6.1.10) are of the continuous curve: within 0.025).
        let expected: [(Double, Double)] = [(2.65, 20.04), (0.87, 13.93), (0.16, 8.95), (0.04, 5.09), (0.02, 2.36)]
        for (curve, (lo, hi)) in zip(data["energies"]!.array, expected) {
            XCTAssertEqual(curve.numbers.count, 72)
            XCTAssertEqual(curve.numbers.min()!, lo, accuracy: 0.025)
            XCTAssertEqual(curve.numbers.max()!, hi, accuracy: 0.025)
        }
    }

    func testFig5EnergyCurveAndInference() throws {
        let data = try Shipped.data("15-1-fig05-energy-y23")
        let energy = data["energy"]!.numbers
        XCTAssertEqual(energy.count, 72)
        XCTAssertEqual(energy.min()!, 0.280, accuracy: 0.001)
        XCTAssertEqual(energy.max()!, 11.704, accuracy: 0.001)
        XCTAssertEqual(data["zCheck"]!.number!, Double.pi, accuracy: 0.05)
        XCTAssertEqual(data["zTilde"]!.number!, 0.5)
    }

    func testFig11HeatmapRangeAndArrows() throws {
        let data = try Shipped.data("15-1-fig11-free-energy-heatmap")
        let grid = data["freeEnergy"]!.flatNumbers
        XCTAssertEqual(grid.count, 425)
        XCTAssertEqual(grid.min()!, 0.001, accuracy: 0.0006)
        XCTAssertEqual(grid.max()!, 6.20, accuracy: 0.006)
        // Arrows are ∇F∞ = 2(y − g(ž)) at each mesh point.
        let decoder = data["decoder"]!.decoder
        let mesh = meshPoints(data["y1"]!.numbers, data["y2"]!.numbers)
        for (y, g) in zip(mesh, data["gradient"]!.points) {
            let zCheck = decoder.zeroTemperatureInference(y, latents: LatentGrid()).zCheck
            let expected = 2 * (y - decoder(zCheck))
            XCTAssertEqual(g.x, expected.x, accuracy: 1e-12)
            XCTAssertEqual(g.y, expected.y, accuracy: 1e-12)
        }
    }

    func testFig11MarksTheSlidesEightCheckPoints() throws {
        // The slide's eight orchid y̌ as measured on it (docs/lecture.md §8, item 8), in four antipodal pairs.
        let slide = [Point2(-0.46, 0.34), Point2(0.44, -0.34), Point2(1.0, 0.25), Point2(-0.96, -0.26),
                     Point2(-1.42, 0.02), Point2(1.42, -0.05), Point2(-1.36, -0.10), Point2(1.38, 0.09)]
        let data = try Shipped.data("15-1-fig11-free-energy-heatmap")
        let decoder = data["decoder"]!.decoder
        let queries = data["yCheckOf"]!.points, checks = data["yCheck"]!.points
        XCTAssertEqual(queries.count, 8)
        XCTAssertEqual(checks.count, 8)
        for (query, check) in zip(queries, checks) {
            // Each mark is the closest manifold point of its query, computed, not placed.
            let expected = decoder(decoder.latentMinimum(query, gridCount: LatentGrid().count).z)
            XCTAssertEqual(check.x, expected.x, accuracy: 1e-12)
            XCTAssertEqual(check.y, expected.y, accuracy: 1e-12)
        }
        for (measured, check) in zip(slide, checks) { XCTAssertLessThan(((measured - check) * (measured - check)).sum().squareRoot(), 0.045, "\(measured)") }
        // Without checkPoints the figure marks every training point's y̌.
        let print = try Shipped.data("print-15-1-fig11-light")
        XCTAssertEqual(print["yCheckOf"]!.points, print["y"]!.points)
        XCTAssertEqual(print["yCheck"]!.points.count, 24)
    }

    func testHeatmapSidecarsRecomputeFromTheirDecoder() throws {
        let data = try Shipped.data("15-2-fig07-training")
        let y1 = data["y1"]!.numbers, y2 = data["y2"]!.numbers
        let cases: [(String, String, Double)] = [("untrainedFreeEnergy", "untrained", .infinity), ("trainedFreeEnergy", "trainedZeroTemperature", .infinity),
                                                 ("warmFreeEnergy", "untrained", data["warmHeatmapBeta"]!.number!),
                                                 ("trainedWarmFreeEnergy", "trainedWarm", data["trainedWarmHeatmapBeta"]!.number!)]
        for (key, decoderKey, beta) in cases {
            let stored = data[key]!.flatNumbers
            let recomputed = meshPoints(y1, y2).map { data[decoderKey]!.decoder.freeEnergy($0, beta: beta, latents: LatentGrid()) }
            XCTAssertEqual(stored.count, recomputed.count)
            for (a, b) in zip(stored, recomputed) { XCTAssertEqual(a, b, accuracy: 1e-9 * max(1, abs(b)), key) }
        }
        // The warm-trained model of docs/lecture.md §5.2: β = 10, one epoch, ≈ (−2.025, 1.43).
        let warm = data["trainedWarm"]!.decoder
        XCTAssertEqual(warm.w1, -2.025, accuracy: 0.005)
        XCTAssertEqual(warm.w2, 1.43, accuracy: 0.01)
    }

    func testBetaSweepCollapsesAtSmallBeta() throws {
        let data = try Shipped.data("beyond-beta-sweep")
        let trained = data["trained"]!.array
        let norms = trained.map { t -> Double in let d = t["decoder"]!.decoder; return (d.w1 * d.w1 + d.w2 * d.w2).squareRoot() }
        // The manifold shrinks as β falls: the last (β = 0.1) is collapsed, the first (β = ∞) fits the data (|w| ≈ 2.5).
        XCTAssertGreaterThan(norms.first!, 2.4)
        XCTAssertLessThan(norms.last!, 0.01)
        for (a, b) in zip(norms, norms.dropFirst()) { XCTAssertGreaterThanOrEqual(a + 1e-9, b) }
    }

    func testHornTrainedFitMeetsTheAcceptance() throws {
        // 15-2 Fig 11: |f(x)| within 5 % of ρ(x) (median over x = 0:1/50:1) and mean F∞ ≤ 1.5 × the floor with f = ρ.
        let fit = try Shipped.data("15-2-fig11-horn-trained")["fit"]!
        XCTAssertLessThanOrEqual(fit["medianRelativeError"]!.number!, 0.05)
        XCTAssertLessThanOrEqual(fit["meanFreeEnergy"]!.number!, 1.5 * fit["floorFreeEnergy"]!.number!)
        XCTAssertGreaterThan(fit["floorFreeEnergy"]!.number!, 0)
    }
}
