import Foundation
import XCTest

/// Your own data and shared defaults, end to end: a CSV file beside the experiments file is drawn as written, editing
/// it re-renders exactly the experiments that use it, a bad row stops the run before any work, and `defaults` show in
/// the sidecar's resolved spec.
final class OwnDataRunTests: XCTestCase {
    private let spec = """
    {"version": 1, "defaults": {"theme": "light", "size": {"width": 400, "height": 300}, "formats": ["png"]},
     "experiments": [
      {"id": "from-file", "kind": "samples", "data": {"source": "file", "path": "data/pts.csv"}},
      {"id": "also-file", "kind": "free-energy-heatmap", "data": {"source": "file", "path": "data/pts.csv"}, "plot": {"arrows": false}},
      {"id": "inline", "kind": "samples", "theme": "dark", "data": {"points": [[0.5, -1.25], [1, 1]]}},
      {"id": "lecture", "kind": "samples", "size": {"width": 500}}
    ]}
    """

    private func sidecar(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func testOwnDataIsDrawnAndEditingItReRendersOnlyItsExperiments() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("cfg/data"), withIntermediateDirectories: true)
        try spec.write(to: dir.appendingPathComponent("cfg/e.json"), atomically: true, encoding: .utf8)
        try "y1,y2\n1.5,0.25\n-1,0.5\n0.25,-0.75\n".write(to: dir.appendingPathComponent("cfg/data/pts.csv"), atomically: true, encoding: .utf8)
        // Run from another directory: the data path is relative to the experiments file, not to the working directory.
        let args = ["run", "--experiments", "cfg/e.json", "--out", "figs", "--cache", "cache"]
        let first = try CLI.run(args, in: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("4 rendered, 0 up to date, 0 failed"), first.stdout)

        let fromFile = try sidecar(dir.appendingPathComponent("figs/from-file.json"))
        let drawn = try XCTUnwrap((fromFile["data"] as? [String: Any])?["y"] as? [[Double]])
        XCTAssertEqual(drawn, [[1.5, 0.25], [-1, 0.5], [0.25, -0.75]])
        let data = try XCTUnwrap((fromFile["spec"] as? [String: Any])?["data"] as? [String: Any])
        XCTAssertEqual(data["path"] as? String, "data/pts.csv")
        XCTAssertEqual(data["source"] as? String, "file")
        XCTAssertNil(data["count"], "the rows are the data: the file's section has no count")
        let inline = try sidecar(dir.appendingPathComponent("figs/inline.json"))
        XCTAssertEqual((inline["data"] as? [String: Any])?["y"] as? [[Double]], [[0.5, -1.25], [1, 1]])

        // Defaults merged key by key: the sidecar's resolved spec shows the result.
        let resolved = try XCTUnwrap(try sidecar(dir.appendingPathComponent("figs/lecture.json"))["spec"] as? [String: Any])
        XCTAssertEqual(resolved["theme"] as? String, "light")
        XCTAssertEqual((resolved["size"] as? [String: Any])?["width"] as? Int, 500)
        XCTAssertEqual((resolved["size"] as? [String: Any])?["height"] as? Int, 300)
        XCTAssertEqual(resolved["formats"] as? [String], ["png"])
        XCTAssertEqual((inline["spec"] as? [String: Any])?["theme"] as? String, "dark")

        // Editing the CSV re-renders the two experiments that read it, and nothing else.
        try "y1,y2\n1.5,0.25\n-1,0.5\n0.25,-0.5\n".write(to: dir.appendingPathComponent("cfg/data/pts.csv"), atomically: true, encoding: .utf8)
        let edited = try CLI.run(args + ["--verbose"], in: dir)
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertTrue(edited.stdout.contains("2 rendered, 2 up to date, 0 failed"), edited.stdout)
        XCTAssertTrue(edited.stdout.contains("rendered   from-file "), edited.stdout)
        XCTAssertTrue(edited.stdout.contains("rendered   also-file "), edited.stdout)
    }

    func testABadRowStopsTheRunBeforeAnyWork() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("cfg/data"), withIntermediateDirectories: true)
        try spec.write(to: dir.appendingPathComponent("cfg/e.json"), atomically: true, encoding: .utf8)
        try "y1,y2\n1.5,0.25\n-1,oops\n".write(to: dir.appendingPathComponent("cfg/data/pts.csv"), atomically: true, encoding: .utf8)
        let before = CLI.snapshot(dir)
        let result = try CLI.run(["run", "--experiments", "cfg/e.json", "--out", "figs", "--cache", "cache"], in: dir)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("  experiments[0].data.path: data/pts.csv, line 3, column 4 (y2): must be a finite number, got \"oops\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("  experiments[1].data.path: data/pts.csv, line 3, column 4 (y2)"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(CLI.snapshot(dir), before)
    }
}
