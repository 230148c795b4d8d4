import CairoRenderer
import Foundation
import XCTest
@testable import FigureReviewing

/// The review reads a PNG's header before decoding it: a file that is not a PNG or is larger than a figure can be
/// is reported in the review, not decoded, and the other figures are still compared.
final class PNGHeaderTests: XCTestCase {
    /// A PNG signature and an IHDR chunk announcing `width` × `height` (no image data: the header is all that is read).
    private func header(width: UInt32, height: UInt32) -> [UInt8] {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return PNGHeader.signature + be(13) + Array("IHDR".utf8) + be(width) + be(height) + [8, 6, 0, 0, 0] + [0, 0, 0, 0]
    }

    func testHeaderSizeAndLimits() throws {
        let size = try PNGHeader(header(width: 640, height: 480))
        XCTAssertEqual([size.width, size.height], [640, 480])
        XCTAssertNoThrow(try PNGHeader(header(width: 8000, height: 8000)))
        XCTAssertThrowsError(try PNGHeader(header(width: 20000, height: 20000))) {
            XCTAssertEqual(String(describing: $0), "20000 × 20000 pixels is larger than a figure can be (8000 a side); not decoded")
        }
        XCTAssertThrowsError(try PNGHeader(header(width: 100, height: 8001)))
        XCTAssertThrowsError(try PNGHeader(header(width: 0, height: 10)))
        XCTAssertThrowsError(try PNGHeader(Array("GIF89a, not a PNG at all".utf8))) {
            XCTAssertEqual(String(describing: $0), "not a PNG file (no PNG signature)")
        }
        XCTAssertThrowsError(try PNGHeader(Array(PNGHeader.signature)))
    }

    func testAHugeAndAForeignFileAreReportedAndTheRestCompared() throws {
        let real = try CairoRenderer.render([], width: 64, height: 48, format: .png, metadata: [])
        let before = FigureFiles(files: ["huge.png": header(width: 20000, height: 20000), "text.png": Array("hello".utf8),
                                         "ok.png": real], label: "before")
        let after = FigureFiles(files: ["huge.png": real, "text.png": real, "ok.png": real], label: "after")
        let review = FigureReview.compare(before: before, after: after)
        let files = Dictionary(uniqueKeysWithValues: review.figures.flatMap(\.files).map { ($0.name, $0) })
        XCTAssertEqual(files["huge.png"]?.status, .changed)
        XCTAssertEqual(files["huge.png"]?.note, "cannot compare pixels: before: 20000 × 20000 pixels is larger than a figure can be (8000 a side); not decoded")
        XCTAssertEqual(files["text.png"]?.note, "cannot compare pixels: before: not a PNG file (no PNG signature)")
        XCTAssertEqual(files["ok.png"]?.status, .unchanged)
    }
}
