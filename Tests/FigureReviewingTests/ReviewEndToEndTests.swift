import CairoRenderer
import XCTest
@testable import FigureReviewing

/// Figures rendered from small experiment files and compared: an identical rerun is clean, a changed β is
/// reported as exactly that figure changed with the right metrics, a dropped experiment as removed.
final class ReviewEndToEndTests: XCTestCase {
    func testIdenticalRerunIsClean() throws {
        let sides = try ReviewFixture.sides.get()
        let review = FigureReview.compare(before: sides.base, after: sides.rerun)
        XCTAssertTrue(review.isClean, ReviewMarkdown.document(review))
        XCTAssertEqual(review.figures.map(\.id), ["samples", "weights-a", "weights-b", "README.md"])
        for file in review.figures.flatMap(\.files) { XCTAssertTrue(file.bytesIdentical, "\(file.name) repeats byte for byte") }
    }

    func testChangedBetaIsReportedAsExactlyThatFigureWithItsMetrics() throws {
        let sides = try ReviewFixture.sides.get()
        let review = FigureReview.compare(before: sides.base, after: sides.changed, order: ["weights-a", "weights-b", "samples"])
        XCTAssertFalse(review.isClean)
        XCTAssertEqual(review.figures.map(\.id), ["weights-a", "weights-b", "samples", "README.md"], "experiment order, gallery last")
        XCTAssertEqual(review.figures(.changed).map(\.id), [ReviewFixture.changedID])
        XCTAssertEqual(review.figures(.unchanged).map(\.id), ["weights-b", "samples", "README.md"])

        let figure = try XCTUnwrap(review.figures.first { $0.id == ReviewFixture.changedID })
        let png = try XCTUnwrap(figure.files.first { $0.name == "weights-a.png" })
        XCTAssertEqual(png.status, .changed)
        let metrics = try XCTUnwrap(png.pixels)
        // The metrics agree with an independent computation from the decoded pixels.
        let before = try PNGImage(png: sides.base.files["weights-a.png"]!), after = try PNGImage(png: sides.changed.files["weights-a.png"]!)
        var sum = 0.0, changed = 0, largest = 0
        for p in 0..<(before.width * before.height) {
            let d = (0..<4).map { abs(Int(before.rgba[4 * p + $0]) - Int(after.rgba[4 * p + $0])) }
            sum += d.reduce(0.0) { $0 + Double($1 * $1) }
            if d.max()! > 0 { changed += 1 }
            largest = max(largest, d.max()!)
        }
        XCTAssertEqual(metrics.rms, (sum / Double(4 * before.width * before.height)).squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(metrics.changedPixels, changed)
        XCTAssertEqual(metrics.maxChannelDifference, largest)
        XCTAssertGreaterThan(metrics.rms, 0)
        XCTAssertGreaterThan(metrics.changedFraction, 0)
        XCTAssertLessThan(metrics.changedFraction, 0.9, "β recolours the points, not the whole canvas")
        XCTAssertFalse(metrics.sizeChanged)

        let sidecar = try XCTUnwrap(figure.files.first { $0.name == "weights-a.json" })
        XCTAssertEqual(sidecar.status, .changed)
        let data = try XCTUnwrap(sidecar.data)
        let beta = try XCTUnwrap(data.valueChanges.first { $0.path.hasSuffix("beta") && $0.path.hasPrefix("spec.") })
        XCTAssertEqual(beta.numericDifference, 2)
        XCTAssertFalse(data.changedArrays(tolerance: 0).isEmpty, "the weights exp(−βE) change")
        XCTAssertEqual(figure.files.first { $0.name == "weights-a.svg" }?.status, .changed)
    }

    func testPixelToleranceAboveTheChangeMakesTheReviewClean() throws {
        let sides = try ReviewFixture.sides.get()
        let strict = FigureReview.compare(before: sides.base, after: sides.changed)
        let rms = try XCTUnwrap(strict.figures.first { $0.id == ReviewFixture.changedID }?.mainPixels?.rms)
        let lenient = FigureReview.compare(before: sides.base, after: sides.changed,
                                           options: ReviewOptions(tolerance: rms + 0.01, dataTolerance: 1e9))
        XCTAssertTrue(lenient.isClean, ReviewMarkdown.document(lenient))
    }

    func testRemovedExperimentIsReportedRemoved() throws {
        let sides = try ReviewFixture.sides.get()
        let review = FigureReview.compare(before: sides.base, after: sides.removed)
        let removed = try XCTUnwrap(review.figures.first { $0.id == ReviewFixture.removedID })
        XCTAssertEqual(removed.status, .removed)
        XCTAssertEqual(Set(removed.files.map(\.name)), ["samples.png", "samples.svg", "samples.json"])
        XCTAssertTrue(removed.files.allSatisfy { $0.status == .removed })
        XCTAssertEqual(review.figures(.changed).map(\.id), ["README.md"], "the gallery loses the figure")
        XCTAssertEqual(review.figures(.unchanged).map(\.id), ["weights-a", "weights-b"])
        // The other way round, the same figure is added.
        XCTAssertEqual(FigureReview.compare(before: sides.removed, after: sides.base).figures(.added).map(\.id), [ReviewFixture.removedID])
    }

    func testFreshnessCheckNamesStaleMissingAndExtraFiles() throws {
        let sides = try ReviewFixture.sides.get()
        XCTAssertTrue(FreshnessCheck.compare(committed: sides.base, fresh: sides.rerun).isFresh)
        var committed = sides.base
        committed.files["weights-b.svg"] = nil
        committed.files["old-figure.png"] = [1, 2, 3]
        let check = FreshnessCheck.compare(committed: committed, fresh: sides.changed)
        XCTAssertFalse(check.isFresh)
        XCTAssertEqual(check.stale, ["README.md", "weights-a.json", "weights-a.png", "weights-a.svg"].filter { committed.files[$0] != sides.changed.files[$0] })
        XCTAssertTrue(check.stale.contains("weights-a.png"))
        XCTAssertEqual(check.missing, ["weights-b.svg"])
        XCTAssertEqual(check.extra, ["old-figure.png"])
    }
}
