import Foundation
import XCTest
@testable import ExperimentSpec

/// `data.source: "file"` (a CSV file beside the experiments file) and inline `points`: rows read exactly, bad rows
/// located by file, line and column, and the file's digest in the encoded spec.
final class DataSourceTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ebm-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// Parses `json` as if it were `sub/e.json` in the temporary directory.
    private func parse(_ json: String) throws -> [Experiment] {
        try ExperimentFile.parse(Data(json.utf8), file: directory.appendingPathComponent("sub/e.json").path)
    }

    private func issues(_ json: String) -> [SpecIssue] {
        do { _ = try parse(json); return [] } catch let error as SpecError { return error.issues } catch { return [] }
    }

    /// What the spec hash covers: the resolved spec and the data file's digest.
    private func encoded(_ experiments: [Experiment]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(experiments.map(\.identity))
    }

    private func write(_ text: String, to name: String) throws {
        try text.write(to: directory.appendingPathComponent("sub/" + name), atomically: true, encoding: .utf8)
    }

    func testCSVRowsAreReadRelativeToTheExperimentsFile() throws {
        try write("y1,y2\r\n1.5,-0.25\n\n  -2 , 3e-1\n", to: "pts.csv")
        let e = try XCTUnwrap(try parse(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "pts.csv"}"#)).first)
        XCTAssertEqual(e.data.rows, [[1.5, -0.25], [-2, 0.3]])
        XCTAssertEqual(e.data.count, 2)
        XCTAssertEqual(e.data.path, "pts.csv")
        // The digest is FNV-1a of the bytes: the empty input's offset basis is the known constant.
        XCTAssertEqual(DataFile.digest(Data()), "cbf29ce484222325")
        XCTAssertEqual(e.data.digest, DataFile.digest(Data("y1,y2\r\n1.5,-0.25\n\n  -2 , 3e-1\n".utf8)))
    }

    func testEditingTheFileChangesTheEncodedSpecAndOnlyThat() throws {
        try write("y1,y2\n1,2\n", to: "pts.csv")
        let json = oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "pts.csv"}"#)
        let before = try encoded(try parse(json))
        XCTAssertEqual(try encoded(try parse(json)), before)
        try write("y1,y2\n1,2.5\n", to: "pts.csv")
        let after = try encoded(try parse(json))
        XCTAssertNotEqual(after, before)
        // The hashed spec names the file as written, with its digest, and leaves out the generator's count, seed and
        // noise; the resolved spec (the sidecar's) is the section as the user writes it, without the digest.
        let data = try XCTUnwrap((try JSONSerialization.jsonObject(with: after) as? [[String: Any]])?.first?["data"] as? [String: Any])
        XCTAssertEqual(Set(data.keys), ["source", "path", "digest"])
        let resolved = try XCTUnwrap(try parse(json).first?.resolvedSpec)
        guard case let .object(members) = resolved, case let .object(section)? = members.first(where: { $0.0 == "data" })?.1 else {
            return XCTFail("\(resolved)")
        }
        XCTAssertEqual(section.map(\.0), ["path", "source"])
        XCTAssertEqual(data["path"] as? String, "pts.csv")
    }

    func testHornKindsReadThreeColumns() throws {
        try write("x,y1,y2\n0,1,2\n1,-3,4\n", to: "horn.csv")
        let e = try XCTUnwrap(try parse(oneExperiment(#""id": "h", "kind": "horn-data", "data": {"source": "file", "path": "horn.csv"}"#)).first)
        XCTAssertEqual(e.data.rows, [[0, 1, 2], [1, -3, 4]])
        try write("y1,y2\n1,2\n", to: "ellipse.csv")
        assertIssue(issues(oneExperiment(#""id": "h", "kind": "horn-data", "data": {"source": "file", "path": "ellipse.csv"}"#)),
                    at: "experiments[0].data.path", contains: "ellipse.csv, line 1: the header must be \"x,y1,y2\", got \"y1,y2\"")
    }

    func testBadRowsAreLocatedByLineAndColumn() throws {
        try write("y1,y2\n1,2\n3,abc\n4\n  5,nan\n6,2e7\n", to: "bad.csv")
        let found = issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "bad.csv"}"#))
        XCTAssertEqual(found.map(\.message), [
            "bad.csv, line 3, column 3 (y2): must be a finite number, got \"abc\"",
            "bad.csv, line 4: expected 2 values (y1,y2), got 1",
            "bad.csv, line 5, column 5 (y2): must be a finite number, got \"nan\"",
            "bad.csv, line 6, column 3 (y2): must be within ±10⁶, got 2e7",
        ])
        XCTAssertTrue(found.allSatisfy { $0.path == "experiments[0].data.path" })
    }

    func testMissingEmptyAndHeaderOnlyFiles() throws {
        let missing = issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "none.csv"}"#))
        assertIssue(missing, at: "experiments[0].data.path", contains: "no such file")
        XCTAssertTrue(missing[0].message.contains(directory.appendingPathComponent("sub/none.csv").path), missing[0].message)
        try write("", to: "empty.csv")
        assertIssue(issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "empty.csv"}"#)),
                    at: "experiments[0].data.path", contains: "empty.csv: empty")
        try write("y1,y2\n", to: "header.csv")
        assertIssue(issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "header.csv"}"#)),
                    at: "experiments[0].data.path", contains: "no rows")
        assertIssue(issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file"}"#)),
                    at: "experiments[0].data.path", contains: "is required")
    }

    func testManyBadRowsAreCapped() throws {
        try write("y1,y2\n" + String(repeating: "x,1\n", count: 25), to: "many.csv")
        let found = issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "many.csv"}"#))
        XCTAssertEqual(found.count, DataFile.maxReportedRows + 1)
        XCTAssertEqual(found.last?.message, "many.csv: 15 more problems")
    }

    func testInlinePoints() throws {
        let e = try XCTUnwrap(try parse(oneExperiment(#""id": "a", "kind": "samples", "data": {"points": [[1, 2], [-0.5, 0.25]]}"#)).first)
        XCTAssertEqual(e.data.source, .points)
        XCTAssertEqual(e.data.rows, [[1, 2], [-0.5, 0.25]])
        XCTAssertEqual(e.data.count, 2)
        let found = issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"points": [[1, 2, 3], [1, "a"]], "seed": 3}"#))
        assertIssue(found, at: "experiments[0].data.points[0]", contains: "must be [y1, y2]")
        assertIssue(found, at: "experiments[0].data.points[1][1]", contains: "must be a number (y2)")
        assertIssue(found, at: "experiments[0].data.seed", contains: "is not used with \"source\": \"points\"")
    }

    func testSourcesKeepTheirOwnKeys() {
        assertIssue(issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "ellipse", "path": "x.csv"}"#)),
                    at: "experiments[0].data.path", contains: "is only used with \"source\": \"file\"")
        assertIssue(issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "x.csv", "points": [[1, 2]]}"#)),
                    at: "experiments[0].data.points", contains: "is only used with \"source\": \"points\"")
        // An index into the data is checked against the rows given.
        assertIssue(issues(oneExperiment(#""id": "a", "kind": "samples", "data": {"points": [[1, 2]]}, "plot": {"yPrime": 2}"#)),
                    at: "experiments[0].plot.yPrime", contains: "outside the data (1…1)")
    }
}
