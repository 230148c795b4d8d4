import CairoRenderer
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import FigureReviewing

/// The HTML report is well-formed (parsed by Foundation's XML parser, libxml2), links only to images it
/// wrote, and the Markdown summary names what changed.
final class ReviewReportTests: XCTestCase {
    func testHTMLParsesAndEveryReferencedImageExists() throws {
        let sides = try ReviewFixture.sides.get()
        let review = FigureReview.compare(before: sides.base, after: sides.changed)
        let directory = ReviewFixture.temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try ReviewReport.write(review, before: sides.base, after: sides.changed, to: directory)

        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: paths.html), options: [])
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.localName, "html")
        let sources = try root.nodes(forXPath: "//*[local-name()='img']/@src").compactMap(\.stringValue)
        let links = try root.nodes(forXPath: "//*[local-name()='a']/@href").compactMap(\.stringValue).filter { !$0.hasPrefix("#") }
        XCTAssertGreaterThanOrEqual(Set(sources).count, 4, "before, after, difference map and side-by-side strip")
        for reference in sources + links {
            XCTAssertFalse(reference.hasPrefix("/") || reference.contains("://"), "\(reference) is a relative link")
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/" + reference), "\(reference) exists")
            XCTAssertNoThrow(try PNGImage(png: Array(bytes)), "\(reference) is a PNG")
        }
        // Fragment links point at sections that exist.
        let anchors = try root.nodes(forXPath: "//*[local-name()='a']/@href").compactMap(\.stringValue).filter { $0.hasPrefix("#") }
        let ids = Set(try root.nodes(forXPath: "//@id").compactMap(\.stringValue))
        XCTAssertEqual(anchors, ["#figure-weights-a"])
        for anchor in anchors { XCTAssertTrue(ids.contains(String(anchor.dropFirst()))) }
        // The summary table lists the figures that differ; the unchanged ones are folded in a second table.
        let rows = try root.nodes(forXPath: "//*[local-name()='table'][@class='summary']//*[local-name()='tbody']/*[local-name()='tr']")
        XCTAssertEqual(rows.count, review.figures.filter { $0.status != .unchanged }.count)
        let folded = try root.nodes(forXPath: "//*[local-name()='details']//*[local-name()='table'][@class='summary unchanged']//*[local-name()='tbody']/*[local-name()='tr']")
        XCTAssertEqual(folded.count, review.figures(.unchanged).count)
        XCTAssertGreaterThan(folded.count, 0)
        // One viewer per changed PNG, with its four modes; the swipe and onion-skin sliders.
        let viewers = try root.nodes(forXPath: "//*[local-name()='div'][@class='viewer']")
        XCTAssertEqual(viewers.count, review.figures.flatMap(\.files).filter { $0.kind == .png && $0.status == .changed }.count)
        let modes = try root.nodes(forXPath: "(//*[local-name()='div'][@class='viewer'])[1]//*[local-name()='input'][@type='radio']/@value").compactMap(\.stringValue)
        XCTAssertEqual(modes, ["two-up", "swipe", "onion", "difference"])
        XCTAssertEqual(try root.nodes(forXPath: "(//*[local-name()='div'][@class='viewer'])[1]//*[local-name()='input'][@type='range']").count, 2)

        // The side-by-side strip is before | after | difference at the figure's size.
        let before = try PNGImage(png: sides.base.files["weights-a.png"]!)
        let strip = try PNGImage(png: Array(try XCTUnwrap(FileManager.default.contents(atPath: directory + "/images/weights-a.compare.png"))))
        XCTAssertGreaterThan(strip.width, 3 * before.width)
        XCTAssertGreaterThan(strip.height, before.height)

        let markdown = try String(contentsOfFile: paths.markdown, encoding: .utf8)
        XCTAssertTrue(markdown.contains("| `weights-a` | changed |"), markdown)
        XCTAssertFalse(markdown.contains("`weights-b` |"), "unchanged figures stay out of the table")
    }

    func testCleanReviewReportSaysSoAndHasNoImages() throws {
        let sides = try ReviewFixture.sides.get()
        let review = FigureReview.compare(before: sides.base, after: sides.rerun)
        let directory = ReviewFixture.temporaryDirectory("clean-report")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try ReviewReport.write(review, before: sides.base, after: sides.rerun, to: directory)
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: paths.html), options: [])
        XCTAssertTrue(try document.nodes(forXPath: "//*[local-name()='img']").isEmpty)
        XCTAssertTrue(try String(contentsOfFile: paths.markdown, encoding: .utf8).contains("**No figure changed**"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/images"), [])
    }

    func testReportEscapesMarkup() {
        XCTAssertEqual(ReviewHTML.escape(#"<a href="x">&</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
        XCTAssertEqual(ReviewHTML.anchor("15-1 fig/02"), "figure-15-1_fig_02")
    }
}
