import Foundation
import XCTest

/// Files the JSON reader would misread, or report without a place or in its own words, get one located,
/// plain message and exit status 2; nothing is written; nothing read from the file reaches the terminal raw.
final class SpecReadingTests: XCTestCase {
    private let valid = #"{"version": 1, "experiments": [{"id": "a", "kind": "samples"}]}"#

    private func validate(_ bytes: Data, _ extra: [String] = []) throws -> CLI.Result {
        let dir = try CLI.temporaryDirectory(self)
        try bytes.write(to: dir.appendingPathComponent("e.json"))
        let result = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache"] + extra, in: dir)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing is written")
        return result
    }

    private func assertRefused(_ bytes: Data, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try validate(bytes)
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "error: e.json: 1 problem\n  \(expected)\n", file: file, line: line)
    }

    func testEncodingsOtherThanUTF8AreRefused() throws {
        try assertRefused(valid.data(using: .utf32)!, "the file is UTF-32 encoded; save it as UTF-8 without a byte-order mark")
        try assertRefused(valid.data(using: .utf32LittleEndian)!, "the file is UTF-32 encoded; save it as UTF-8 without a byte-order mark")
        try assertRefused(valid.data(using: .utf16)!, "the file is UTF-16 encoded; save it as UTF-8 without a byte-order mark")
        try assertRefused(valid.data(using: .utf16BigEndian)!, "the file is UTF-16 encoded; save it as UTF-8 without a byte-order mark")
        try assertRefused(Data([0xEF, 0xBB, 0xBF]) + Data(valid.utf8),
                          "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without a byte-order mark")
    }

    func testInvalidTextIsLocated() throws {
        try assertRefused(Data("{\"version\": 1,\n \"experiments\": [{\"id\": \"a\", \"title\": \"x".utf8) + Data([0xFF, 0xFE]) + Data("\"}]}".utf8),
                          "invalid UTF-8 at line 2, column 41 (byte 0xFF); save the file as UTF-8")
        try assertRefused(Data("{\"version\": 1,\n \"experiments\": [{\"id\": \"a\", \"kind\": \"samples\", \"title\": \"x\\ud800y\"}]}".utf8),
                          "malformed JSON at line 2, column 60: \\ud800 is half of a UTF-16 surrogate pair without its other half")
    }

    func testANumberTooCloseToZeroIsLocated() throws {
        try assertRefused(Data(#"{"version": 1, "experiments": [{"id": "a", "kind": "samples", "model": {"w": [1e-400, 1]}}]}"#.utf8),
                          "experiments[0].model.w[0]: a number too close to 0 for a 64-bit floating-point number (the smallest magnitude is about 4.9e-324); write 0 or a larger number")
    }

    func testAFileOverTheSizeLimitIsRefusedBeforeReading() throws {
        var bytes = Data(#"{"version": 1, "unknown": ""#.utf8)
        bytes.append(Data(repeating: UInt8(ascii: "x"), count: 5 << 20))
        bytes.append(Data(#"", "experiments": []}"#.utf8))
        let start = Date()
        try assertRefused(bytes, "the file is larger than 4 MiB, the largest experiments file read (see docs/experiments.md)")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testControlCharactersAreRefusedAndNeverEchoedRaw() throws {
        let json = #"{"version": 1, "experiments": [{"id": "a", "kind": "samples", "title": "bell\u0007", "caption": "line\nbreak", "k\u001b[2Jey": 1}]}"#
        let result = try validate(Data(json.utf8))
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("experiments[0].title: must not contain control characters (U+0000–U+001F, U+007F–U+009F), got U+0007 at character 5"), result.stderr)
        XCTAssertTrue(result.stderr.contains("experiments[0].caption: must not contain control characters"), result.stderr)
        XCTAssertTrue(result.stderr.contains(#"experiments[0].k\u{1B}[2Jey: unknown key"#), result.stderr)
        XCTAssertFalse(result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no raw control character reaches the terminal")
        let unknownID = try validate(Data(valid.utf8), ["--only", "x\u{1B}]0;pwned\u{7}"])
        XCTAssertEqual(unknownID.status, 2)
        XCTAssertTrue(unknownID.stderr.contains(#"unknown experiment id "x\u{1B}]0;pwned\u{7}""#), unknownID.stderr)
    }

    func testOptionValuesGetPlainMessages() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(valid.utf8).write(to: dir.appendingPathComponent("experiments.json"))
        try Data("a file".utf8).write(to: dir.appendingPathComponent("f"))
        let nested = try CLI.run(["run", "--out", "f/sub"], in: dir)
        XCTAssertEqual(nested.status, 2)
        XCTAssertEqual(nested.stderr, "error: cannot write f/sub: f is a file, not a directory\n")
        let empty = try CLI.run(["run", "--out", ""], in: dir)
        XCTAssertNotEqual(empty.status, 0)
        XCTAssertTrue(empty.stderr.hasPrefix("Error: --out must not be empty"), empty.stderr)
        let negative = try CLI.run(["diff", "--tolerance", "-1"], in: dir)
        XCTAssertNotEqual(negative.status, 0)
        XCTAssertTrue(negative.stderr.hasPrefix("Error: --tolerance must be a finite number ≥ 0, got -1.0"), negative.stderr)
        let jobs = try CLI.run(["run", "--jobs", "-2"], in: dir)
        XCTAssertTrue(jobs.stderr.hasPrefix("Error: --jobs must be at least 1, got -2"), jobs.stderr)
    }
}
