import ExperimentSpec
import XCTest

/// FNV-1a (64 bits) against the published test vectors of its authors' reference page.
final class FNV1aTests: XCTestCase {
    func testPublishedVectors() {
        XCTAssertEqual(FNV1a.hash([UInt8]()), 0xcbf2_9ce4_8422_2325, "the empty input is the offset basis")
        XCTAssertEqual(FNV1a.hash(Array("a".utf8)), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(FNV1a.hash(Array("foobar".utf8)), 0x8594_4171_f739_67e8)
    }

    func testDigestIsSixteenHexDigits() {
        XCTAssertEqual(FNV1a.hex(0xab), "00000000000000ab")
        XCTAssertEqual(FNV1a.digest(Array("a".utf8)), "af63dc4c8601ec8c")
    }
}
