import Foundation
import XCTest

/// The output-directory rules: a run writes, replaces and prunes only what it can prove it wrote; planted links
/// are never followed; runs on one directory take turns; interrupts leave nothing behind; every failure that
/// loses work or a promise is an exit status or a warning.
final class OutputSafetyTests: XCTestCase {
    private let fm = FileManager.default

    /// A directory shaped like the project: a README, the experiments file, a sources folder.
    private func project() throws -> URL {
        let dir = try CLI.temporaryDirectory(self)
        try Data("# my project\n".utf8).write(to: dir.appendingPathComponent("README.md"))
        try Data(CLI.samplesSpec(ids: ["one"]).utf8).write(to: dir.appendingPathComponent("mine.json"))
        try Data(CLI.samplesSpec(ids: ["a", "b"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        try fm.createDirectory(at: dir.appendingPathComponent("Sources"), withIntermediateDirectories: true)
        try Data("code".utf8).write(to: dir.appendingPathComponent("Sources/main.swift"))
        return dir
    }

    private func visible(_ dir: URL) -> [String: Data] { CLI.snapshot(dir).filter { !$0.key.hasPrefix(".") && !$0.key.contains("/.") } }

    func testTheProjectRootIsRefusedAndNothingIsWritten() throws {
        let dir = try project()
        let before = CLI.snapshot(dir)
        let result = try CLI.run(["run", "--experiments", "mine.json", "--out", "."], in: dir)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("holds 4 files ebm-figures did not write: README.md, Sources, experiments.json, mine.json"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--force"), result.stderr)
        XCTAssertEqual(CLI.snapshot(dir), before, "nothing is written")
    }

    func testForceWritesBesideForeignFilesButNeverReplacesOrPrunesThem() throws {
        let dir = try project()
        try fm.createDirectory(at: dir.appendingPathComponent("old-figures.png/inside"), withIntermediateDirectories: true)
        let before = visible(dir)
        let result = try CLI.run(["run", "--experiments", "mine.json", "--out", ".", "--force", "--prune"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: ./README.md was not written by ebm-figures; it is kept, and the gallery is not written"), result.stderr)
        let after = visible(dir)
        for (name, data) in before { XCTAssertEqual(after[name], data, "\(name) is kept byte for byte") }
        XCTAssertTrue(fm.fileExists(atPath: dir.appendingPathComponent("old-figures.png/inside").path), "a directory is never pruned")
        for name in ["one.png", "one.svg", "one.json"] { XCTAssertNotNil(after[name], name) }
    }

    func testPruneRemovesOnlyFilesTheProgramWrote() throws {
        let dir = try CLI.temporaryDirectory(self)
        let spec = dir.appendingPathComponent("e.json")
        try Data(CLI.samplesSpec(ids: ["keep", "gone"]).utf8).write(to: spec)
        XCTAssertEqual(try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache"], in: dir).status, 0)
        let out = dir.appendingPathComponent("out")
        // The user's own files, added after the run, some named like figures:
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.json"))
        try fm.createDirectory(at: out.appendingPathComponent("old-figures.png"), withIntermediateDirectories: true)
        try Data(CLI.samplesSpec(ids: ["keep"]).utf8).write(to: spec)
        let refused = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache", "--prune"], in: dir)
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("2 files ebm-figures did not write: notes.json, old-figures.png"), refused.stderr)
        let forced = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache", "--prune", "--force"], in: dir)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("pruned 3 files no experiment produces: gone.json, gone.png, gone.svg"), forced.stdout)
        XCTAssertEqual(Set(try fm.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }),
                       ["README.md", "keep.json", "keep.png", "keep.svg", "notes.json", "old-figures.png"])
        let manifest = try String(contentsOf: out.appendingPathComponent(".ebm-figures-manifest.json"), encoding: .utf8)
        XCTAssertFalse(manifest.contains("gone."), manifest)
        XCTAssertFalse(manifest.contains("notes.json"), "a file the run did not write is never listed as its own")
    }

    func testAnExperimentNamedLikeTheExperimentsFileIsRefused() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["experiments"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        let before = CLI.snapshot(dir)
        let result = try CLI.run(["run", "--out", ".", "--force"], in: dir)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("experiment \"experiments\" would write ./experiments.json, which is the experiments file"), result.stderr)
        XCTAssertEqual(CLI.snapshot(dir), before)
    }

    func testPlantedSymbolicLinksAreReplacedNeverFollowed() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["a"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        let out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        let outside = dir.appendingPathComponent("outside.txt")
        try Data("precious".utf8).write(to: outside)
        for name in ["a.png", "a.svg", "a.json"] {
            try fm.createSymbolicLink(atPath: out.appendingPathComponent(name).path, withDestinationPath: outside.path)
        }
        let result = try CLI.run(["run", "--out", "out", "--cache", "cache"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: outside), Data("precious".utf8), "the link's target is untouched")
        for name in ["a.png", "a.svg", "a.json"] {
            let attributes = try fm.attributesOfItem(atPath: out.appendingPathComponent(name).path)
            XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, "\(name) is now the figure itself")
        }
    }

    func testARunWaitsForAnotherRunOnTheSameDirectory() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["a"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        let out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        // Another holder of the lock (flock(1) from util-linux), for a second.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [out.appendingPathComponent(".ebm-figures.lock").path, "sleep", "1"]
        guard fm.isExecutableFile(atPath: "/usr/bin/flock") else { throw XCTSkip("flock(1) is not installed") }
        try holder.run()
        Thread.sleep(forTimeInterval: 0.3)
        let start = Date()
        let result = try CLI.run(["run", "--out", "out", "--cache", "cache"], in: dir)
        holder.waitUntilExit()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("waiting for another run on out to finish"), result.stdout)
        XCTAssertGreaterThan(Date().timeIntervalSince(start), 0.4, "it waited for the other holder")
    }

    func testAGalleryThatCannotBeWrittenIsAFailure() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["a"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        XCTAssertEqual(try CLI.run(["run", "--out", "out", "--cache", "cache"], in: dir).status, 0)
        // The gallery (listed as the program's own) replaced by a directory: it cannot be written.
        let gallery = dir.appendingPathComponent("out/README.md")
        try fm.removeItem(at: gallery)
        try fm.createDirectory(at: gallery.appendingPathComponent("x"), withIntermediateDirectories: true)
        let result = try CLI.run(["run", "--out", "out", "--cache", "cache"], in: dir)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("error: the gallery is not written: cannot write out/README.md"), result.stderr)
    }

    func testAnUnusableCacheIsOneWarningAndTheRunStillWrites() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["a", "b", "c"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        try Data("a file".utf8).write(to: dir.appendingPathComponent("cache-file"))
        let result = try CLI.run(["run", "--out", "out", "--cache", "cache-file"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        let warnings = result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("warning:") }
        XCTAssertEqual(warnings.count, 1, result.stderr)
        XCTAssertTrue(warnings.first?.contains("the cache is not usable") ?? false, result.stderr)
        XCTAssertTrue(warnings.first?.contains("cache-file is a file, not a directory") ?? false, result.stderr)
        XCTAssertTrue(result.stdout.contains("3 rendered"), result.stdout)
    }

    func testBrokenCacheRecordsAreWarningsAndNeverKeepADeletedFigure() throws {
        let dir = try CLI.temporaryDirectory(self)
        try Data(CLI.samplesSpec(ids: ["a", "b"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        let args = ["run", "--out", "out", "--cache", "cache"]
        XCTAssertEqual(try CLI.run(args, in: dir).status, 0)
        // a's record lists no files (the hash is current); b's record is a directory.
        let recordA = dir.appendingPathComponent("cache/a.record")
        var record = try JSONSerialization.jsonObject(with: Data(contentsOf: recordA)) as! [String: Any]
        record["files"] = [Any]()
        try JSONSerialization.data(withJSONObject: record).write(to: recordA)
        let recordB = dir.appendingPathComponent("cache/b.record")
        try fm.removeItem(at: recordB)
        try fm.createDirectory(at: recordB, withIntermediateDirectories: false)
        try fm.removeItem(at: dir.appendingPathComponent("out/a.png"))
        let result = try CLI.run(args, in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("rendered   a "), "a deleted figure is rendered again: " + result.stdout)
        XCTAssertTrue(fm.fileExists(atPath: dir.appendingPathComponent("out/a.png").path))
        XCTAssertTrue(result.stderr.contains("warning: b: cache record cache/b.record is not a regular file; rendering anew"), result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: b: not recorded in the cache"), result.stderr)
    }

    func testAnInterruptedCheckLeavesNoScratchDirectory() throws {
        let dir = try CLI.temporaryDirectory(self)
        let tmp = dir.appendingPathComponent("tmp")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        try Data(CLI.samplesSpec(ids: (1...8).map { "f\($0)" }, formats: ["png", "svg", "pdf"], size: (1600, 1200)).utf8)
            .write(to: dir.appendingPathComponent("experiments.json"))
        try fm.createDirectory(at: dir.appendingPathComponent("figures"), withIntermediateDirectories: true)
        let process = try CLI.start(["check", "--jobs", "1"], in: dir, environment: ["TMPDIR": tmp.path])
        let deadline = Date().addingTimeInterval(20)
        while (try fm.contentsOfDirectory(atPath: tmp.path)).isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        Thread.sleep(forTimeInterval: 0.05)
        kill(process.processIdentifier, SIGINT)
        let result = CLI.finish(process)
        XCTAssertEqual(result.status, 128 + SIGINT, "interrupted mid-check: " + result.stderr)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: tmp.path), [], "the scratch directory is removed")
    }

    func testTheMakefilePassesEachVariableAsOneWord() throws {
        guard fm.isExecutableFile(atPath: "/usr/bin/make") else { throw XCTSkip("make is not installed") }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = ["-s", "-n", "-C", CLI.packageRoot.path, "figure", "ID=x --prune", "FIGURES=my figs", "EXPERIMENTS=it's.json"]
        let pipe = Pipe()
        make.standardOutput = pipe
        make.standardError = FileHandle.nullDevice
        try make.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        make.waitUntilExit()
        let line = output.components(separatedBy: "\n").first { $0.contains("ebm-figures run ") } ?? output
        XCTAssertTrue(line.contains("--only 'x --prune'"), line)
        XCTAssertTrue(line.contains("--out 'my figs'"), line)
        XCTAssertTrue(line.contains("--experiments 'it'\\''s.json'"), line)
    }
}
