import Foundation
import XCTest

/// Rendered files describe themselves to other tools: `pngcheck` finds the PNG valid and reads its UTF-8 title,
/// the SVG has a `<title>` and `<desc>`, the PDF names its creator and provenance.
final class FileMetadataRunTests: XCTestCase {
    func testOutputsCarryTitleDescriptionAndSoftware() throws {
        let dir = try CLI.temporaryDirectory(self)
        try """
        {"version": 1, "experiments": [
          {"id": "cut", "kind": "cross-section", "title": "Cross-sections, β → ∞ and ỹ", "caption": "F_β along y₂ = 0",
           "formats": ["png", "svg", "pdf"], "size": {"width": 400, "height": 300}, "plot": {"betas": [1, "inf"]}}
        ]}
        """.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache"], in: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let hash = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("figs/cut.json"))) as? [String: Any])?["specHash"] as? String)

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pngcheck") else {
            return XCTFail("pngcheck is missing: `make setup-test` installs it (apt-get install pngcheck)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pngcheck")
        process.arguments = ["-t", dir.appendingPathComponent("figs/cut.png").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report)
        XCTAssertTrue(report.contains("OK:"), report)
        // pngcheck names each iTXt keyword as UTF-8 text; the bytes hold the exact text after the empty language tag
        // and translated keyword.
        let png = try Data(contentsOf: dir.appendingPathComponent("figs/cut.png"))
        for (keyword, text) in [("Title", "Cross-sections, β → ∞ and ỹ"), ("Description", "F_β along y₂ = 0"), ("Software", "ebm-figures 0.1.0"),
                                ("ebm-figures:id", "cut"), ("ebm-figures:spec-hash", hash)] {
            let expected = "\(keyword):\n    (no translated keyword, "
            XCTAssertTrue(report.contains(expected), "pngcheck -t shows \(expected.debugDescription): \(report)")
            XCTAssertNotNil(png.range(of: Data("iTXt\(keyword)\0\0\0\0\0\(text)".utf8)), keyword)
        }

        let svg = try String(contentsOf: dir.appendingPathComponent("figs/cut.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<title>Cross-sections, β → ∞ and ỹ</title>"), svg.prefix(600).description)
        XCTAssertTrue(svg.contains("<desc>F_β along y₂ = 0</desc>"))
        let pdf = String(decoding: try Data(contentsOf: dir.appendingPathComponent("figs/cut.pdf")), as: UTF8.self)
        XCTAssertTrue(pdf.contains("/Creator (ebm-figures 0.1.0)"))
        XCTAssertTrue(pdf.contains("/Keywords (ebm-figures:id=cut; ebm-figures:spec-hash=\(hash))"))
        XCTAssertFalse(svg.contains("<text "), "outlines by default")
    }

    func testSVGTextCanStayText() throws {
        let dir = try CLI.temporaryDirectory(self)
        try """
        {"version": 1, "defaults": {"formats": ["svg"], "size": {"width": 600, "height": 400}}, "experiments": [
          {"id": "words", "kind": "cross-section", "svgText": "text", "plot": {"betas": [1, "inf"]}},
          {"id": "shapes", "kind": "cross-section", "svgText": "outlines", "plot": {"betas": [1, "inf"]}}
        ]}
        """.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache"], in: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let words = try String(contentsOf: dir.appendingPathComponent("figs/words.svg"), encoding: .utf8)
        let shapes = try String(contentsOf: dir.appendingPathComponent("figs/shapes.svg"), encoding: .utf8)
        XCTAssertTrue(words.contains("<g class=\"text\" xml:space=\"preserve\">"), words.prefix(400).description)
        // Tick labels are whole words; math labels are laid out glyph by glyph (β as the math italic 𝛽, subscripts).
        XCTAssertTrue(words.contains(">−1.5</text>"), words)
        XCTAssertTrue(words.contains(">𝛽</text>"), words)
        XCTAssertFalse(words.contains("glyph"))
        XCTAssertFalse(shapes.contains("<text "))
        XCTAssertTrue(shapes.contains("glyph"))
        // The resolved spec says so, the default included (every default is filled in).
        let spec = { (id: String) throws -> [String: Any] in
            try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("figs/\(id).json"))) as? [String: Any])?["spec"] as? [String: Any])
        }
        XCTAssertEqual(try spec("words")["svgText"] as? String, "text")
        XCTAssertEqual(try spec("shapes")["svgText"] as? String, "outlines")
    }
}
