import CairoRenderer
import Foundation
import XCTest
@testable import FigureReviewing

/// The review reads in order of impact, says what changed in an SVG and in a small array, names spec keys as the
/// experiments file does, and writes the same as `summary.json`.
final class ReviewSummaryTests: XCTestCase {
    private func metrics(rms: Double) -> PixelMetrics {
        let json = #"{"widthBefore": 10, "heightBefore": 10, "widthAfter": 10, "heightAfter": 10, "rms": \#(rms), "changedPixels": 5, "totalPixels": 100, "maxChannelDifference": 9}"#
        return try! JSONDecoder().decode(PixelMetrics.self, from: Data(json.utf8))
    }

    private func figure(_ id: String, _ status: ChangeStatus, rms: Double? = nil) -> FigureComparison {
        FigureComparison(id: id, status: status, files: [FileComparison(name: id + ".png", kind: .png, status: status, bytesIdentical: status == .unchanged,
                                                                         pixels: rms.map(metrics))])
    }

    func testChangedFiguresFirstLargestRMSFirst() {
        let review = Review(beforeLabel: "a", afterLabel: "b", options: ReviewOptions(), figures: [
            figure("same1", .unchanged), figure("small", .changed, rms: 0.5), figure("new", .added), figure("big", .changed, rms: 7),
            figure("same2", .unchanged), figure("mid", .changed, rms: 2),
        ])
        XCTAssertEqual(review.figuresByImpact.map(\.id), ["big", "mid", "small", "new", "same1", "same2"])
        let markdown = ReviewMarkdown.document(review)
        let order = ["`big`", "`mid`", "`small`", "`new`"].map { markdown.range(of: "| \($0) |")!.lowerBound }
        XCTAssertEqual(order, order.sorted(), "the Markdown table follows the same order")
        XCTAssertTrue(markdown.contains("<details><summary>2 unchanged</summary>"), markdown)
    }

    func testSVGChangeSaysWhatChanged() {
        let before = #"<svg width="400" height="300"><title>A</title><path d="M0 0"/><path d="M1 1"/><g/></svg>"#
        let after = #"<svg width="500" height="300"><title>B</title><path d="M0 0"/><path d="M2 2"/><g/></svg>"#
        XCTAssertEqual(SVGChange.describe(before, after),
                       #"SVG differs: 3 of 7 elements removed, 3 of 7 added; width 400 → 500; <title> "A" → "B""#)
        XCTAssertEqual(SVGChange.describe("<svg><a/><b/></svg>", "<svg><b/><a/></svg>"), "SVG differs: same elements in another order")
    }

    func testSpecPathsInTheFilesWords() throws {
        let before = #"{"spec": {"widthPixels": 400, "plot": {"y1Grid": {"step": 0.25}, "beta": 1}}, "data": {"w": [1, 2]}}"#
        let after = #"{"spec": {"widthPixels": 500, "plot": {"y1Grid": {"step": 0.5}, "beta": 2}}, "data": {"w": [1, 2.5]}}"#
        let d = try SidecarDifferences.compare(Array(before.utf8), Array(after.utf8), name: "x.json")
        let lines = ReviewMarkdown.dataLines(d, options: ReviewOptions())
        XCTAssertTrue(lines.contains("`spec.size.width`: 400 → 500"), "\(lines)")
        XCTAssertTrue(lines.contains("`spec.plot.y1[2]`: 0.25 → 0.5"), "\(lines)")
        XCTAssertTrue(lines.contains("`spec.plot.beta`: 1 → 2"), "\(lines)")
        XCTAssertTrue(lines.contains("`data.w` (2): [1, 2] → [1, 2.5], max |Δ| 0.5"), "\(lines)")
    }

    func testSummaryJSONMatchesTheReview() throws {
        let sides = try ReviewFixture.sides.get()
        let review = FigureReview.compare(before: sides.base, after: sides.changed, order: ["weights-a", "weights-b", "samples"])
        let directory = ReviewFixture.temporaryDirectory("summary-json")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try ReviewReport.write(review, before: sides.base, after: sides.changed, to: directory)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: paths.json))) as? [String: Any])
        XCTAssertEqual(object["clean"] as? Bool, false)
        XCTAssertEqual((object["counts"] as? [String: Int])?["changed"], 1)
        let figures = try XCTUnwrap(object["figures"] as? [[String: Any]])
        XCTAssertEqual(figures.map { $0["id"] as? String }, review.figuresByImpact.map(\.id))
        XCTAssertEqual(figures.first?["id"] as? String, ReviewFixture.changedID)
        let png = try XCTUnwrap((figures.first?["files"] as? [[String: Any]])?.first { $0["name"] as? String == "weights-a.png" })
        let rms = try XCTUnwrap((png["pixels"] as? [String: Any])?["rms"] as? Double)
        XCTAssertEqual(rms, review.figures.first { $0.id == "weights-a" }!.mainPixels!.rms, accuracy: 1e-12)
        XCTAssertEqual((png["images"] as? [String: String])?["after"], "images/weights-a.after.png")
        let sidecar = try XCTUnwrap((figures.first?["files"] as? [[String: Any]])?.first { $0["name"] as? String == "weights-a.json" })
        let values = try XCTUnwrap((sidecar["data"] as? [String: Any])?["values"] as? [[String: Any]])
        XCTAssertTrue(values.contains { $0["path"] as? String == "spec.plot.beta" && $0["before"] as? String == "1" && $0["after"] as? String == "3" }, "\(values)")
    }
}
