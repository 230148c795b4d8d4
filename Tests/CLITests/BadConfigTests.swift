import Foundation
import XCTest

/// Every file of the corpus is rejected before any work: exit status 2, the expected issue on stderr, and the
/// output directory (indeed the whole working directory) byte-for-byte unchanged.
///
/// `run` sees every file of the corpus (it is the command that could write). `validate` and `list` read the file
/// through the same reader: `make test` runs them on every fourth file, `make test-slow` (EBM_SLOW_TESTS=1) on all.
final class BadConfigTests: XCTestCase {
    func testTheCorpusCoversEveryKindOfProblem() {
        XCTAssertGreaterThanOrEqual(badConfigs.count, 30)
        XCTAssertEqual(Set(badConfigs.map(\.name)).count, badConfigs.count, "names are unique")
    }

    func testEveryBadConfigExitsWithStatus2AndWritesNothing() throws {
        try assertRejected(badConfigs, by: [["run", "--out", "figures", "--cache", "cache"]])
    }

    func testValidateAndListRejectTheCorpus() throws {
        let all = ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] != nil
        let configs = all ? badConfigs : stride(from: 0, to: badConfigs.count, by: 4).map { badConfigs[$0] }
        try assertRejected(configs, by: [["validate"], ["list"]])
    }

    /// Each of `commands` on each of `configs`: exit status 2, the expected issue, nothing on stdout, no file changed.
    private func assertRejected(_ configs: [BadConfig], by commands: [[String]], file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = try CLI.temporaryDirectory(self)
        let figures = directory.appendingPathComponent("figures")
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        try Data("good figure".utf8).write(to: figures.appendingPathComponent("a.png"))
        try Data("# Figures\n".utf8).write(to: figures.appendingPathComponent("README.md"))
        for config in configs {
            try Data(config.json.utf8).write(to: directory.appendingPathComponent("bad.json"))
            let before = CLI.snapshot(directory)
            for command in commands {
                let result = try CLI.run(command + ["--experiments", "bad.json"], in: directory)
                XCTAssertEqual(result.status, 2, "\(config.name) (\(command[0])): \(result.stderr)", file: file, line: line)
                XCTAssertTrue(config.isReported(in: result.stderr), "\(config.name) (\(command[0])): expected \"\(config.expectedLine)\" in:\n\(result.stderr)",
                              file: file, line: line)
                XCTAssertTrue(result.stderr.hasPrefix("error: bad.json: "), "\(config.name): \(result.stderr)", file: file, line: line)
                XCTAssertEqual(result.stdout, "", config.name, file: file, line: line)
            }
            XCTAssertEqual(CLI.snapshot(directory), before, "\(config.name): the run changed files", file: file, line: line)
        }
    }

    func testAllProblemsOfAFileAreReportedInOneRun() throws {
        let directory = try CLI.temporaryDirectory(self)
        try Data("""
        {"version": 1, "experiments": [
          {"id": "a", "kind": "cross-section", "training": {"learningRate": -0.1, "beta": 0}},
          {"id": "a", "kind": "heatmap", "colour": "red"}
        ]}
        """.utf8).write(to: directory.appendingPathComponent("bad.json"))
        let result = try CLI.run(["validate", "--experiments", "bad.json"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: bad.json: 5 problems\n"), result.stderr)
        for line in ["experiments[0].training.beta: ", "experiments[0].training.learningRate: ", "experiments[1].id: duplicate id",
                     "experiments[1].kind: ", "experiments[1].colour: unknown key"] {
            XCTAssertTrue(result.stderr.contains("  " + line), "\(line) missing in:\n\(result.stderr)")
        }
    }

    func testAMissingFileIsAClearError() throws {
        let result = try CLI.run(["validate", "--experiments", "nowhere.json"], in: try CLI.temporaryDirectory(self))
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nowhere.json: 1 problem\n  no such file (looked for /"), result.stderr)
        XCTAssertTrue(result.stderr.contains("/nowhere.json)"), result.stderr)
    }
}
