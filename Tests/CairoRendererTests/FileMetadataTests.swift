import Foundation
import Plotting
import XCTest
@testable import CairoRenderer

/// Title, description and software reach each format's standard place: PNG `iTXt` (UTF-8, valid chunks), SVG
/// `<title>`/`<desc>`, PDF document information.
final class FileMetadataTests: XCTestCase {
    private let metadata = [(FileMetadata.title, "Free energy, β → ∞ <dark>"), (FileMetadata.description, "ỹ on the manifold & more"),
                            (FileMetadata.software, "ebm-figures 0.1.0"), ("ebm-figures:spec-hash", "abc123")]

    /// The chunks of a PNG in order: type and data, each CRC checked.
    private func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8])] {
        var result: [(String, [UInt8])] = []
        var i = 8
        while i + 12 <= png.count {
            let length = Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3])
            let typeAndData = Array(png[(i + 4)..<(i + 8 + length)])
            let crc = png[(i + 8 + length)..<(i + 12 + length)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            XCTAssertEqual(crc, PNGText.crc32(typeAndData), "CRC of chunk at \(i)")
            result.append((String(decoding: typeAndData.prefix(4), as: UTF8.self), Array(typeAndData.dropFirst(4))))
            i += 12 + length
        }
        XCTAssertEqual(i, png.count, "the chunks end at the end of the file")
        return result
    }

    func testPNGTextIsUTF8InternationalText() throws {
        let png = try Rendering.render(Figure(widthPixels: 40, heightPixels: 30), .png, metadata: metadata)
        let all = chunks(png)
        XCTAssertEqual(all.first?.type, "IHDR")
        XCTAssertEqual(all.last?.type, "IEND")
        XCTAssertFalse(all.contains { $0.type == "tEXt" }, "tEXt is Latin-1 only")
        let texts = all.filter { $0.type == "iTXt" }.map { chunk -> (String, String) in
            // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
            let data = chunk.data
            let keywordEnd = data.firstIndex(of: 0)!
            XCTAssertEqual(Array(data[(keywordEnd + 1)...(keywordEnd + 2)]), [0, 0], "uncompressed")
            let languageEnd = data[(keywordEnd + 3)...].firstIndex(of: 0)!
            let translatedEnd = data[(languageEnd + 1)...].firstIndex(of: 0)!
            return (String(decoding: data[..<keywordEnd], as: UTF8.self), String(decoding: data[(translatedEnd + 1)...], as: UTF8.self))
        }
        XCTAssertEqual(texts.map(\.0), metadata.map(\.0))
        XCTAssertEqual(texts.map(\.1), metadata.map(\.1))
        XCTAssertNoThrow(try PNGImage(png: png))
    }

    func testPNGKeywordsStayWithinTheSpecification() {
        XCTAssertEqual(PNGText.keyword("  Title  x "), Array("Title x".utf8))
        XCTAssertEqual(PNGText.keyword("β"), Array("_".utf8))
        XCTAssertEqual(PNGText.keyword(String(repeating: "k", count: 100)).count, 79)
        XCTAssertEqual(PNGText.keyword(""), Array("Comment".utf8))
    }

    func testSVGHasTitleAndDescription() throws {
        let svg = String(decoding: try Rendering.render(Figure(widthPixels: 40, heightPixels: 30), .svg, metadata: metadata), as: UTF8.self)
        let title = try XCTUnwrap(svg.range(of: "<title>Free energy, β → ∞ &lt;dark&gt;</title>"))
        let desc = try XCTUnwrap(svg.range(of: "<desc>ỹ on the manifold &amp; more</desc>"))
        let root = try XCTUnwrap(svg.range(of: "<svg"))
        XCTAssertTrue(root.upperBound < title.lowerBound && title.upperBound < desc.lowerBound, "title, then desc, first in the root")
        XCTAssertTrue(svg.contains("<ebm:entry key=\"ebm-figures:spec-hash\">abc123</ebm:entry>"))
    }

    func testPDFCarriesTheSameProvenance() throws {
        let pdf = try Rendering.render(Figure(widthPixels: 40, heightPixels: 30), .pdf, metadata: metadata)
        let text = String(decoding: pdf, as: UTF8.self)
        // Non-ASCII strings are UTF-16BE with a byte-order mark, written as hex by cairo.
        let utf16 = "FEFF" + "Free energy, β → ∞ <dark>".utf16.map { String(format: "%04X", $0) }.joined()
        XCTAssertTrue(text.range(of: "/Title <\(utf16)>") != nil || text.range(of: "/Title <\(utf16.lowercased())>") != nil,
                      "title in the document information")
        XCTAssertTrue(text.contains("/Creator (ebm-figures 0.1.0)"), "creator")
        XCTAssertTrue(text.contains("/Keywords (ebm-figures:spec-hash=abc123)"), "provenance as keywords")
        XCTAssertTrue(text.contains("/Subject <"), "description as the subject")
    }
}

/// The `<text>` elements: escaped, positioned at the baseline origin, rotated with the figure, in deterministic numbers.
final class SVGTextElementsTests: XCTestCase {
    func testElementsAndTransforms() {
        let texts = SVGTextElements()
        texts.add("a < b", font: FontSpec(family: "CMU Serif", italic: true, sizePixels: 15), origin: Point(10.004, 20.5),
                  color: Color(red: 1, green: 0.5, blue: 0, alpha: 0.5))
        texts.pushClip()
        texts.pushRotation(radians: -.pi / 2, center: Point(30, 40))
        texts.add("y₂", font: FontSpec(family: "DejaVu Sans", bold: true, sizePixels: 12), origin: Point(30, 40), color: Color(red: 0, green: 0, blue: 0))
        texts.pop()
        texts.pop()
        texts.add("z", font: FontSpec(family: "DejaVu Sans Mono", sizePixels: 12), origin: Point(1, 2), color: Color(red: 0, green: 0, blue: 0))
        XCTAssertEqual(texts.group, """
        <g class="text" xml:space="preserve">
        <text x="10" y="20.5" font-family="'CMU Serif', serif" font-size="15" font-style="italic" fill="rgb(255,128,0)" fill-opacity="0.5">a &lt; b</text>
        <text x="30" y="40" font-family="'DejaVu Sans', sans-serif" font-size="12" font-weight="bold" fill="rgb(0,0,0)" transform="rotate(-90 30 40)">y₂</text>
        <text x="1" y="2" font-family="'DejaVu Sans Mono', monospace" font-size="12" fill="rgb(0,0,0)">z</text>
        </g>

        """)
        XCTAssertEqual(texts.insert(into: "<svg>\n<g/>\n</svg>\n"), "<svg>\n<g/>\n" + texts.group + "</svg>\n")
    }
}
