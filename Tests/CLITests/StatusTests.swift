import Foundation
import XCTest

/// `status` and `run --dry-run` say, per experiment, whether it is up to date and why it would re-render; they
/// write nothing. `--only` with an unknown id suggests the closest ones.
final class StatusTests: XCTestCase {
    private func spec(beta: String = "2", theme: String = "dark") -> String {
        """
        {"version": 1, "defaults": {"size": {"width": 400, "height": 300}, "formats": ["png", "svg"]}, "experiments": [
          {"id": "heat", "kind": "free-energy-heatmap", "theme": "\(theme)", "plot": {"beta": \(beta), "arrows": false}},
          {"id": "mine", "kind": "samples", "data": {"source": "file", "path": "pts.csv"}},
          {"id": "lecture", "kind": "samples"}
        ]}
        """
    }

    /// The lines of `status` for each id: "up to date" or the reasons.
    private func statusLines(_ result: CLI.Result) -> [String: String] {
        var lines: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 2 else { continue }
            if line.hasPrefix("up to date") { lines[String(words[3])] = "up to date" }
            if line.hasPrefix("render ") { lines[String(words[1])] = words.dropFirst(2).joined(separator: " ") }
        }
        return lines
    }

    func testStatusNamesTheReasons() throws {
        let dir = try CLI.temporaryDirectory(self)
        let write = { (text: String, name: String) in try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write(spec(), "e.json")
        try write("y1,y2\n1,0.5\n-1,0.25\n", "pts.csv")
        let common = ["--experiments", "e.json", "--out", "figs", "--cache", "cache"]

        let never = try CLI.run(["status"] + common, in: dir)
        XCTAssertEqual(never.status, 0, never.stderr)
        XCTAssertEqual(statusLines(never), ["heat": "never rendered (no cache record)", "mine": "never rendered (no cache record)",
                                            "lecture": "never rendered (no cache record)"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figs").path), "status writes nothing")
        XCTAssertEqual(try CLI.run(["run"] + common, in: dir).status, 0)

        let current = try CLI.run(["status"] + common, in: dir)
        XCTAssertEqual(statusLines(current), ["heat": "up to date", "mine": "up to date", "lecture": "up to date"])
        XCTAssertTrue(current.stdout.hasSuffix("3 up to date, 0 to render\n"), current.stdout)

        try write(spec(beta: "3", theme: "light"), "e.json")
        try write("y1,y2\n1,0.5\n-1,0.3\n", "pts.csv")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("figs/lecture.svg"))
        try Data("edited".utf8).write(to: dir.appendingPathComponent("figs/lecture.png"))
        let before = CLI.snapshot(dir)
        let changed = try CLI.run(["status"] + common, in: dir)
        XCTAssertEqual(statusLines(changed), ["heat": "spec changed (plot.beta, theme)", "mine": "data file changed (pts.csv)",
                                              "lecture": "output missing (lecture.svg); output edited (lecture.png)"])
        XCTAssertTrue(changed.stdout.hasSuffix("0 up to date, 3 to render\n"), changed.stdout)

        // run --dry-run says the same for the experiments it would take, and writes nothing either.
        let dry = try CLI.run(["run", "--dry-run", "--only", "heat", "--only", "mine"] + common, in: dir)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertEqual(statusLines(dry), ["heat": "spec changed (plot.beta, theme)", "mine": "data file changed (pts.csv)"])
        XCTAssertEqual(CLI.snapshot(dir).filter { !$0.key.hasPrefix(".std") }, before.filter { !$0.key.hasPrefix(".std") })
    }

    func testAnotherBuildOfTheProgramIsNamed() throws {
        let dir = try CLI.temporaryDirectory(self)
        try spec().write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        try "y1,y2\n1,0.5\n".write(to: dir.appendingPathComponent("pts.csv"), atomically: true, encoding: .utf8)
        let common = ["--experiments", "e.json", "--out", "figs", "--cache", "cache", "--only", "lecture"]
        XCTAssertEqual(try CLI.run(["run"] + common, in: dir).status, 0)
        // The same program with one more byte at the end runs the same but is another executable.
        let copy = dir.appendingPathComponent("ebm-figures-copy")
        var bytes = try Data(contentsOf: try CLI.executable())
        bytes.append(0)
        try bytes.write(to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["status"] + common
        process.currentDirectoryURL = dir
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(out.contains("lecture  program changed (another build of ebm-figures rendered it)"), out)
    }

    func testUnknownIdsSuggestTheClosest() throws {
        let dir = try CLI.temporaryDirectory(self)
        try spec().write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        try "y1,y2\n1,0.5\n".write(to: dir.appendingPathComponent("pts.csv"), atomically: true, encoding: .utf8)
        for command in [["run"], ["status"], ["run", "--dry-run"]] {
            let result = try CLI.run(command + ["--experiments", "e.json", "--out", "figs", "--only", "lectur", "--only", "zzz"], in: dir)
            XCTAssertEqual(result.status, 2, command.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains("error: unknown experiment id \"lectur\" (did you mean \"lecture\"?)"), result.stderr)
            XCTAssertTrue(result.stderr.contains("error: unknown experiment id \"zzz\"; `ebm-figures list` shows them all"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figs").path))
        }
    }
}
