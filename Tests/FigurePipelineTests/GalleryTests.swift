import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// The gallery: a thumbnail grid and contents at the top, every link landing on an anchor, PDFs and lecture pages linked.
final class GalleryTests: XCTestCase {
    private func experiments() throws -> [Experiment] {
        try ExperimentFile.parse(Data("""
        {"version": 1, "experiments": [
          {"id": "a", "kind": "samples", "title": "15-1 Fig 2 — Samples"},
          {"id": "b", "kind": "cross-section", "title": "15-2 Fig 6 — Warm <cuts>", "formats": ["png", "svg", "pdf"]},
          {"id": "c", "kind": "samples", "title": "Beyond — [mine]", "formats": ["svg"]},
          {"id": "d", "kind": "samples"}, {"id": "e", "kind": "samples"}
        ]}
        """.utf8), file: "e.json")
    }

    func testGridContentsAndLinks() throws {
        let markdown = Gallery.markdown(try experiments())
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The grid comes first: four per row, then the fifth on a row of its own; each thumbnail links to its section.
        let grid = try XCTUnwrap(lines.firstIndex(of: "<table>"))
        let contents = try XCTUnwrap(lines.firstIndex(of: "## Contents"))
        let firstSection = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("## 15-1") })
        XCTAssertTrue(grid < contents && contents < firstSection)
        XCTAssertEqual(lines.filter { $0 == "<tr>" }.count, 2)
        XCTAssertTrue(markdown.contains("<a href=\"#b\"><img src=\"b.png\" width=\"200\" alt=\"15-2 Fig 6 — Warm &lt;cuts&gt;\"></a>"))
        XCTAssertTrue(markdown.contains("<a href=\"#c\"><img src=\"c.svg\""), "an SVG-only figure shows its SVG")
        // Every in-page link has its anchor.
        for id in ["a", "b", "c", "d", "e"] {
            XCTAssertTrue(lines.contains("<a id=\"\(id)\"></a>"), id)
            XCTAssertTrue(markdown.contains("](#\(id))"), "contents link to \(id)")
        }
        XCTAssertTrue(lines.contains("- [Beyond — \\[mine\\]](#c)"))
        // Links: PDF where one is written, the lecture page for the lecture's figures only.
        XCTAssertTrue(markdown.contains("[PDF](b.pdf)"))
        XCTAssertFalse(markdown.contains("[PDF](a.pdf)"))
        XCTAssertTrue(markdown.contains("reproduces a figure of [lecture 15-1](https://atcold.github.io/pytorch-Deep-Learning/en/week15/15-1/)"))
        XCTAssertTrue(markdown.contains("reproduces a figure of [lecture 15-2](https://atcold.github.io/pytorch-Deep-Learning/en/week15/15-2/)"))
        XCTAssertEqual(markdown.components(separatedBy: "reproduces a figure of").count - 1, 2)
    }

    func testTheShippedGalleryLinksEveryLectureFigure() {
        let markdown = Gallery.markdown(Shipped.experiments)
        let lecture = Shipped.experiments.filter { $0.title.hasPrefix("15-") }
        XCTAssertEqual(lecture.count, 22, "the 22 figures of the two practica")
        XCTAssertEqual(markdown.components(separatedBy: "reproduces a figure of [lecture 15-").count - 1, lecture.count)
    }
}
