import Foundation
import XCTest

/// Outputs are written to hidden temporaries and renamed into place: a killed run, a failing write or an
/// unwritable directory never leaves a truncated file and never loses the previous good one.
final class SafeWriteTests: XCTestCase {
    private let ids = (1...6).map { "fig\($0)" }

    /// Asserts every visible file in `figures` is complete and every file of `before` is still there.
    private func assertIntact(_ figures: URL, before: [String: Data], _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let now = CLI.snapshot(figures).filter { !$0.key.hasPrefix(".") }
        for name in before.keys.sorted() where now[name] == nil {
            XCTFail("\(context): \(name) was lost", file: file, line: line)
        }
        for (name, data) in now.sorted(by: { $0.key < $1.key }) where data != before[name] {
            if let problem = OutputCheck.problem(name: name, data: data) {
                XCTFail("\(context): \(name) is neither the old file nor a complete new one: \(problem) (\(data.count) bytes)", file: file, line: line)
            }
        }
    }

    private func hiddenTemporaries(_ figures: URL) -> [String] {
        CLI.snapshot(figures).keys.filter { $0.hasPrefix(".") && $0.contains(".ebm-tmp-") }.sorted()
    }

    func testKilledRunsNeverTruncateOrLoseAFile() throws {
        let directory = try CLI.temporaryDirectory(self)
        let figures = directory.appendingPathComponent("figures")
        let spec = directory.appendingPathComponent("experiments.json")
        try Data(CLI.samplesSpec(ids: ids, theme: "dark", formats: ["png", "svg", "pdf"], size: (1200, 800)).utf8).write(to: spec)
        let arguments = ["run", "--experiments", "experiments.json", "--out", "figures", "--cache", "cache", "--jobs", "2", "--force"]
        let start = Date()
        let first = try CLI.run(arguments, in: directory)
        let fullRun = Date().timeIntervalSince(start)
        XCTAssertEqual(first.status, 0, first.stderr)
        var before = CLI.snapshot(figures).filter { !$0.key.hasPrefix(".") }
        XCTAssertEqual(before.count, ids.count * 4 + 1, "\(before.keys.sorted())")
        assertIntact(figures, before: [:], "first run")

        // Kill at spread fractions of a full run; alternate the theme so that new bytes differ from the old.
        var killedMidRun = 0
        for (round, fraction) in [0.15, 0.3, 0.45, 0.6, 0.75, 0.9].enumerated() {
            let theme = round % 2 == 0 ? "light" : "dark"
            try Data(CLI.samplesSpec(ids: ids, theme: theme, formats: ["png", "svg", "pdf"], size: (1200, 800)).utf8).write(to: spec)
            let process = try CLI.start(arguments, in: directory)
            Thread.sleep(forTimeInterval: fullRun * fraction)
            kill(process.processIdentifier, SIGKILL)
            let result = CLI.finish(process)
            if result.killed { killedMidRun += 1 }
            assertIntact(figures, before: before, "killed at \(Int(fraction * 100))% of a run")
            before = CLI.snapshot(figures).filter { !$0.key.hasPrefix(".") }
        }
        XCTAssertGreaterThanOrEqual(killedMidRun, 3, "most kills should land while the run is still going (full run \(fullRun) s)")

        // The next run completes, and cleans the temporaries the killed runs left.
        let last = try CLI.run(arguments, in: directory)
        XCTAssertEqual(last.status, 0, last.stderr)
        assertIntact(figures, before: [:], "after a clean run")
        XCTAssertEqual(hiddenTemporaries(figures), [], "stale temporaries are removed")
        XCTAssertEqual(CLI.snapshot(figures).filter { !$0.key.hasPrefix(".") }.count, ids.count * 4 + 1)
    }

    func testAFailingWriteKeepsThePreviousFigure() throws {
        let directory = try CLI.temporaryDirectory(self)
        let figures = directory.appendingPathComponent("figures")
        let spec = directory.appendingPathComponent("experiments.json")
        try Data(CLI.samplesSpec(ids: ["a", "b"], formats: ["svg", "png"]).utf8).write(to: spec)
        let arguments = ["run", "--experiments", "experiments.json", "--out", "figures", "--cache", "cache"]
        XCTAssertEqual(try CLI.run(arguments, in: directory).status, 0)
        let good = CLI.snapshot(figures).filter { !$0.key.hasPrefix(".") }

        // b.svg becomes a directory: the rename into place fails for b, whose other files must stay as they were.
        try FileManager.default.removeItem(at: figures.appendingPathComponent("b.svg"))
        try FileManager.default.createDirectory(at: figures.appendingPathComponent("b.svg/blocker"), withIntermediateDirectories: true)
        try Data(CLI.samplesSpec(ids: ["a", "b"], theme: "light", formats: ["svg", "png"]).utf8).write(to: spec)
        let result = try CLI.run(arguments, in: directory)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("error: b: cannot write") && result.stderr.contains("b.svg"), result.stderr)
        let after = CLI.snapshot(figures)
        XCTAssertEqual(after["b.png"], good["b.png"], "the failing experiment's previous PNG is kept")
        XCTAssertEqual(after["b.json"], good["b.json"], "the failing experiment's previous sidecar is kept")
        XCTAssertNotEqual(after["a.png"], good["a.png"], "the other experiment is rendered anew")
        XCTAssertEqual(hiddenTemporaries(figures), [], "a failed write removes its temporaries")
        assertIntact(figures, before: good.filter { $0.key != "b.svg" }, "after a failing write")
    }

    func testAnUnwritableOutputDirectoryIsAClearError() throws {
        let directory = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["a"]).utf8).write(to: directory.appendingPathComponent("experiments.json"))
        try Data("not a directory".utf8).write(to: directory.appendingPathComponent("blocker"))
        let before = CLI.snapshot(directory)
        let result = try CLI.run(["run", "--out", "blocker/figures", "--cache", "cache"], in: directory)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("error: cannot write blocker/figures: "), result.stderr)
        XCTAssertEqual(CLI.snapshot(directory), before, "nothing is written")

        guard getuid() != 0 else { return }  // root writes into read-only directories; the case above still holds.
        let readOnly = directory.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        chmod(readOnly.path, 0o555)
        defer { chmod(readOnly.path, 0o755) }
        let denied = try CLI.run(["run", "--out", "read-only", "--cache", "cache"], in: directory)
        XCTAssertEqual(denied.status, 2, denied.stderr)
        XCTAssertTrue(denied.stderr.contains("cannot write read-only: the directory is not writable"), denied.stderr)
        XCTAssertEqual(CLI.snapshot(readOnly), [:])
    }

    func testOnlyTheProgramsOwnStaleTemporariesAreRemoved() throws {
        let directory = try CLI.temporaryDirectory(self)
        let figures = directory.appendingPathComponent("figures")
        let models = directory.appendingPathComponent("cache/models")
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try Data(CLI.samplesSpec(ids: ["a"]).utf8).write(to: directory.appendingPathComponent("experiments.json"))
        // A killed run's temporaries (ours) in the output, cache and model-cache directories …
        let ours = [figures.appendingPathComponent(".a.png.ebm-tmp-0123456789ab"),
                    directory.appendingPathComponent("cache/.a.record.ebm-tmp-abcdefghijkl"),
                    models.appendingPathComponent(".0011223344556677.json.ebm-tmp-zzzzzzzzzzzz")]
        // … and hidden files that are not ours, or only look like ours.
        let others = [figures.appendingPathComponent(".a.svg.tmp-12345"), figures.appendingPathComponent(".notes"),
                      figures.appendingPathComponent(".a.png.ebm-tmp-short"), figures.appendingPathComponent(".a.png.ebm-tmp-UPPERCASE123")]
        for url in ours + others { try Data("partial".utf8).write(to: url) }
        let directoryLikeOurs = figures.appendingPathComponent(".b.png.ebm-tmp-0123456789ab")
        try FileManager.default.createDirectory(at: directoryLikeOurs.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let result = try CLI.run(["run", "--out", "figures", "--cache", "cache"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        for url in ours { XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent) is swept") }
        for url in others { XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent) is not ours and kept") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: directoryLikeOurs.appendingPathComponent("inside").path), "directories are never swept")
    }
}
