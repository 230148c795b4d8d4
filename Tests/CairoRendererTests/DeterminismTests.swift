import XCTest
import Plotting
@testable import CairoRenderer

/// A second render of the same figure gives the same bytes, in every format, whatever was drawn in between.
final class DeterminismTests: XCTestCase {
    func testPNGBytesRepeat() throws {
        let figure = KitchenSink.figure(theme: .dark)
        XCTAssertEqual(try Rendering.render(figure, .png), try Rendering.render(figure, .png))
    }

    func testSVGBytesRepeatEvenAfterAnotherFigureWasRendered() throws {
        let figure = KitchenSink.figure(theme: .light)
        let first = try Rendering.render(figure, .svg)
        // The other figure advances cairo's process-wide surface / image / clip counters.
        _ = try Rendering.render(KitchenSink.figure(theme: .dark), .svg)
        let second = try Rendering.render(figure, .svg)
        XCTAssertEqual(first, second)
        let text = String(decoding: first, as: UTF8.self)
        XCTAssertTrue(text.contains("id=\"image0\"") || text.contains("id=\"surface0\""), "ids are renumbered from zero")
    }

    func testPDFBytesRepeatWithoutTimestamps() throws {
        let figure = KitchenSink.figure(theme: .light)
        let first = try Rendering.render(figure, .pdf)
        XCTAssertEqual(first, try Rendering.render(figure, .pdf))
        XCTAssertFalse(String(decoding: first, as: UTF8.self).contains("/CreationDate"))
    }

    func testCanonicalSVGRenumbersIdsInOrderOfFirstAppearance() {
        let svg = "<svg><clipPath id=\"clip7\"/><image id=\"image12\"/><use xlink:href=\"#image12\"/><g clip-path=\"url(#clip7)\"/>"
            + "<clipPath id=\"clip3\"/><g clip-path=\"url(#clip3)\"/><text>surface9</text></svg>"
        XCTAssertEqual(SVGPostprocess.canonical(svg, metadata: []),
                       "<svg><clipPath id=\"clip0\"/><image id=\"image0\"/><use xlink:href=\"#image0\"/><g clip-path=\"url(#clip0)\"/>"
                       + "<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><text>surface9</text></svg>",
                       "only ids and references change, not text that looks like one")
    }

    func testMetadataGoesIntoPNGTextChunksAndSVGMetadata() throws {
        let figure = Figure(widthPixels: 40, heightPixels: 30)
        let metadata = [("ebm-figures:id", "kitchen<sink>"), ("ebm-figures:spec-hash", "abc123")]
        let png = try Rendering.render(figure, .png, metadata: metadata)
        let chunk = Array("iTXt".utf8) + Array("ebm-figures:spec-hash".utf8) + [0, 0, 0, 0, 0] + Array("abc123".utf8)
        XCTAssertNotNil(png.indices.first { png[$0...].starts(with: chunk) }, "iTXt chunk present")
        XCTAssertNoThrow(try PNGImage(png: png), "the PNG with extra chunks still decodes")
        XCTAssertEqual(PNGText.crc32(Array("IEND".utf8)), 0xAE42_6082, "the CRC of every PNG's IEND chunk")
        let svg = String(decoding: try Rendering.render(figure, .svg, metadata: metadata), as: UTF8.self)
        XCTAssertTrue(svg.contains("<ebm:entry key=\"ebm-figures:id\">kitchen&lt;sink&gt;</ebm:entry>"))
    }
}
