import Foundation
import XCTest

/// The fault-injection suite (`make test-slow`, or `EBM_SLOW_TESTS=1`): runs killed at random moments, concurrent
/// runs into one directory (one of each pair in its own PID namespace when possible), a full disk, a corrupted
/// cache and planted symbolic links. After every fault each visible file is the old or a complete new one, and
/// the next run repairs everything to exactly the bytes of a cold run.
final class FaultInjectionTests: XCTestCase {
    private let fm = FileManager.default
    private let ids = ["s1", "s2", "s3", "s4", "curve", "trained"]

    override func setUpWithError() throws {
        try XCTSkipIf(getenv("EBM_SLOW_TESTS") == nil, "set EBM_SLOW_TESTS=1 (or run `make test-slow`) for the fault-injection suite")
    }

    /// Six experiments of three kinds (one trains through the model cache), in the dark or light theme.
    private func spec(theme: String, size: (Int, Int) = (1200, 800)) -> String {
        let samples = ["s1", "s2", "s3", "s4"].map {
            #"{"id": "\#($0)", "kind": "samples", "theme": "\#(theme)", "formats": ["png", "svg", "pdf"], "size": {"width": \#(size.0), "height": \#(size.1)}}"#
        }
        let others = [
            #"{"id": "curve", "kind": "energy-curve", "theme": "\#(theme)", "size": {"width": \#(size.0), "height": \#(size.1)}, "plot": {"yPrime": 23}}"#,
            #"{"id": "trained", "kind": "cross-section", "theme": "\#(theme)", "size": {"width": \#(size.0), "height": \#(size.1)}, "plot": {"trained": true, "betas": ["inf"]}, "training": {"epochs": 40}}"#,
        ]
        return "{\"version\": 1, \"experiments\": [\n  " + (samples + others).joined(separator: ",\n  ") + "\n]}\n"
    }

    /// The visible files a cold run of `json` writes.
    private func reference(_ json: String, in dir: URL, name: String) throws -> [String: Data] {
        let work = dir.appendingPathComponent("reference-\(name)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: work.appendingPathComponent("e.json"))
        let result = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache", "--jobs", "2"], in: work)
        XCTAssertEqual(result.status, 0, result.stderr)
        return visible(work.appendingPathComponent("out"))
    }

    private func visible(_ dir: URL) -> [String: Data] { CLI.snapshot(dir).filter { !$0.key.hasPrefix(".") && !$0.key.contains("/") } }

    /// Temporaries of this program anywhere under `dir`.
    private func temporaries(_ dir: URL) -> [String] { CLI.snapshot(dir).keys.filter { $0.contains(".ebm-tmp-") }.sorted() }

    /// Every visible file is one of the complete versions in `versions`.
    private func assertEachFileComplete(_ out: URL, _ versions: [[String: Data]], _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for (name, data) in visible(out).sorted(by: { $0.key < $1.key }) where !versions.contains(where: { $0[name] == data }) {
            XCTFail("\(context): \(name) is neither the old nor a complete new file (\(data.count) bytes)", file: file, line: line)
        }
    }

    /// SplitMix64: reproducible random moments.
    private struct Moments {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    func testKillLoopAtRandomMoments() throws {
        let dir = try CLI.temporaryDirectory(self)
        let dark = spec(theme: "dark"), light = spec(theme: "light")
        let references = [try reference(dark, in: dir, name: "dark"), try reference(light, in: dir, name: "light")]
        let work = dir.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        let specFile = work.appendingPathComponent("e.json")
        let out = work.appendingPathComponent("out")
        let arguments = ["run", "--experiments", "e.json", "--out", "out", "--cache", "cache", "--jobs", "2"]
        try Data(dark.utf8).write(to: specFile)
        let start = Date()
        XCTAssertEqual(try CLI.run(arguments, in: work).status, 0)
        let fullRun = Date().timeIntervalSince(start)

        var moments = Moments(state: 18)
        var killedMidRun = 0, interrupted = 0
        for round in 0..<30 {
            let json = moments.next() % 2 == 0 ? light : dark
            try Data(json.utf8).write(to: specFile)
            let process = try CLI.start(arguments + (moments.next() % 3 == 0 ? ["--force"] : []), in: work)
            Thread.sleep(forTimeInterval: fullRun * 1.2 * moments.unit())
            let useInterrupt = moments.next() % 3 == 0
            kill(process.processIdentifier, useInterrupt ? SIGINT : SIGKILL)
            let result = CLI.finish(process)
            if result.killed { killedMidRun += 1 }
            if useInterrupt, result.status == 128 + SIGINT {
                interrupted += 1
                XCTAssertEqual(temporaries(work), [], "round \(round): an interrupted run removes its temporaries")
            }
            assertEachFileComplete(out, references, "round \(round)")
        }
        XCTAssertGreaterThanOrEqual(killedMidRun + interrupted, 10, "most faults land mid-run (a full run takes \(fullRun) s)")

        try Data(dark.utf8).write(to: specFile)
        let repair = try CLI.run(arguments, in: work)
        XCTAssertEqual(repair.status, 0, repair.stderr)
        XCTAssertEqual(visible(out), references[0], "the next run repairs every file")
        XCTAssertEqual(temporaries(work), [], "and sweeps every temporary (output, cache, model cache)")
        let noop = try CLI.run(arguments, in: work)
        XCTAssertTrue(noop.stdout.contains("0 rendered, 6 up to date, 0 failed"), noop.stdout)
    }

    /// Starts a run, in a PID namespace of its own when `isolated` and possible.
    private func startRun(_ arguments: [String], in dir: URL, isolated: Bool) throws -> Process {
        guard isolated, getuid() == 0, fm.isExecutableFile(atPath: "/usr/bin/unshare") else { return try CLI.start(arguments, in: dir) }
        return try CLI.start(["--pid", "--fork", try CLI.executable().path] + arguments, in: dir, executable: URL(fileURLWithPath: "/usr/bin/unshare"))
    }

    func testConcurrentRunsIntoOneDirectory() throws {
        let dir = try CLI.temporaryDirectory(self)
        let dark = spec(theme: "dark", size: (800, 600)), light = spec(theme: "light", size: (800, 600))
        let references = [try reference(dark, in: dir, name: "dark"), try reference(light, in: dir, name: "light")]
        let work = dir.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try Data(dark.utf8).write(to: work.appendingPathComponent("dark.json"))
        try Data(light.utf8).write(to: work.appendingPathComponent("light.json"))
        let out = work.appendingPathComponent("out")
        var waited = 0
        for round in 0..<10 {
            let runs = try ["dark", "light"].enumerated().map { index, theme in
                try startRun(["run", "--experiments", "\(theme).json", "--out", "out", "--cache", "cache", "--jobs", "1", "--force"],
                             in: work, isolated: index == 1)
            }
            let results = runs.map(CLI.finish)
            for result in results { XCTAssertEqual(result.status, 0, "round \(round): " + result.stderr) }
            // The locks are taken in one order (cache before out here): the second run waits on the first lock it meets.
            waited += results.filter { $0.stdout.contains("waiting for another run on cache") || $0.stdout.contains("waiting for another run on out") }.count
            let now = visible(out)
            XCTAssertTrue(now == references[0] || now == references[1], "round \(round): the directory is one run's complete output")
            XCTAssertEqual(temporaries(work), [], "round \(round): no temporary is left")
        }
        XCTAssertGreaterThan(waited, 0, "runs that overlapped waited for each other")
    }

    func testAFullDiskLosesNothingAndLeavesNoTemporaries() throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        let dir = try CLI.temporaryDirectory(self)
        let small = spec(theme: "dark", size: (400, 300)), large = spec(theme: "light", size: (3000, 2400))
        let references = [try reference(small, in: dir, name: "small"), try reference(large, in: dir, name: "large")]
        let disk = dir.appendingPathComponent("disk")
        try fm.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.path]
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { throw XCTSkip("cannot mount a tmpfs here") }
        addTeardownBlock {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [disk.path]
            try? umount.run()
            umount.waitUntilExit()
        }
        try Data(small.utf8).write(to: disk.appendingPathComponent("e.json"))
        let arguments = ["run", "--experiments", "e.json", "--out", "out", "--cache", "cache", "--jobs", "2"]
        XCTAssertEqual(try CLI.run(arguments, in: disk).status, 0)
        let good = visible(disk.appendingPathComponent("out"))
        // Fill the disk but for 64 kB: the large figures cannot fit.
        let free = try (fm.attributesOfFileSystem(forPath: disk.path)[.systemFreeSize] as? NSNumber)?.intValue ?? 0
        XCTAssertTrue(fm.createFile(atPath: disk.appendingPathComponent("filler").path, contents: Data(count: max(0, free - (64 << 10)))))
        try Data(large.utf8).write(to: disk.appendingPathComponent("e.json"))
        let full = try CLI.run(arguments, in: disk)
        XCTAssertEqual(full.status, 1, full.stderr)
        XCTAssertFalse(full.killed)
        XCTAssertTrue(full.stderr.contains("No space left on device"), full.stderr)
        XCTAssertEqual(temporaries(disk), [], "a failed write removes its temporary at once")
        let after = visible(disk.appendingPathComponent("out"))
        for name in good.keys where after[name] == nil { XCTFail("\(name) was lost on a full disk") }
        assertEachFileComplete(disk.appendingPathComponent("out"), references, "full disk")
        // With room again, the next run repairs everything.
        try fm.removeItem(at: disk.appendingPathComponent("filler"))
        let again = try CLI.run(arguments, in: disk)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(visible(disk.appendingPathComponent("out")), references[1])
        XCTAssertEqual(temporaries(disk), [])
        // And the same from a copy elsewhere (a second check that the repaired bytes are a cold run's).
        try fm.copyItem(at: disk.appendingPathComponent("out"), to: dir.appendingPathComponent("roomy"))
        try fm.copyItem(at: disk.appendingPathComponent("e.json"), to: dir.appendingPathComponent("e.json"))
        let repair = try CLI.run(["run", "--experiments", "e.json", "--out", "roomy", "--cache", "roomy-cache", "--jobs", "2"], in: dir)
        XCTAssertEqual(repair.status, 0, repair.stderr)
        XCTAssertEqual(visible(dir.appendingPathComponent("roomy")), references[1])
    }

    func testACorruptedCacheIsAMissNeverACrash() throws {
        let dir = try CLI.temporaryDirectory(self)
        let json = spec(theme: "dark", size: (500, 400))
        let expected = try reference(json, in: dir, name: "dark")
        let work = dir.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: work.appendingPathComponent("e.json"))
        let arguments = ["run", "--experiments", "e.json", "--out", "out", "--cache", "cache"]
        XCTAssertEqual(try CLI.run(arguments, in: work).status, 0)
        let cache = work.appendingPathComponent("cache")
        let models = try fm.contentsOfDirectory(atPath: cache.appendingPathComponent("models").path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(models.count, 1, "one trained model")
        let model = cache.appendingPathComponent("models/" + models[0])
        let record = cache.appendingPathComponent("trained.record")
        let goodModel = try Data(contentsOf: model), goodRecord = try Data(contentsOf: record)
        let outside = dir.appendingPathComponent("outside.json")
        try Data("{}".utf8).write(to: outside)

        let corruptions: [(String, URL, () throws -> Void)] = [
            ("record truncated", record, { try goodRecord.prefix(10).write(to: record) }),
            ("record empty object", record, { try Data("{}".utf8).write(to: record) }),
            ("record of no files", record, {
                var object = try JSONSerialization.jsonObject(with: goodRecord) as! [String: Any]
                object["files"] = [Any]()
                try JSONSerialization.data(withJSONObject: object).write(to: record)
            }),
            ("record of wrong digests", record, { try Data(String(decoding: goodRecord, as: UTF8.self).replacingOccurrences(of: "\"digest\":\"", with: "\"digest\":\"0").utf8).write(to: record) }),
            ("record a symbolic link to a device", record, { try self.fm.createSymbolicLink(at: record, withDestinationURL: URL(fileURLWithPath: "/dev/zero")) }),
            ("record a FIFO", record, { XCTAssertEqual(mkfifo(record.path, 0o644), 0) }),
            ("record huge", record, { XCTAssertTrue(self.fm.createFile(atPath: record.path, contents: nil)); XCTAssertEqual(truncate(record.path, 64 << 20), 0) }),
            ("model empty arrays", model, { try Data(#"{"parameters":[],"losses":[],"trajectory":[]}"#.utf8).write(to: model) }),
            ("model huge parameters", model, {
                var object = try JSONSerialization.jsonObject(with: goodModel) as! [String: Any]
                object["parameters"] = [1e308, 1e308]
                try JSONSerialization.data(withJSONObject: object).write(to: model)
            }),
            ("model of another training", model, {
                var object = try JSONSerialization.jsonObject(with: goodModel) as! [String: Any]
                object["key"] = "0123456789abcdef"
                try JSONSerialization.data(withJSONObject: object).write(to: model)
            }),
            ("model garbage", model, { try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131) }).write(to: model) }),
            ("model a symbolic link outside", model, { try self.fm.createSymbolicLink(at: model, withDestinationURL: outside) }),
            ("model a FIFO", model, { XCTAssertEqual(mkfifo(model.path, 0o644), 0) }),
            ("manifest garbage", work.appendingPathComponent("out/.ebm-figures-manifest.json"), {
                try Data("not json".utf8).write(to: work.appendingPathComponent("out/.ebm-figures-manifest.json"))
            }),
        ]
        for (name, target, corrupt) in corruptions {
            try? fm.removeItem(at: target)
            try corrupt()
            let result = try CLI.run(arguments + ["--force"], in: work)
            XCTAssertEqual(result.status, 0, "\(name): " + result.stderr)
            XCTAssertFalse(result.killed, name)
            XCTAssertTrue(result.stderr.contains("warning:") || name.contains("record"), "\(name): one warning: " + result.stderr)
            XCTAssertEqual(visible(work.appendingPathComponent("out")), expected, "\(name): the figures are the right ones")
            let healed = try CLI.run(arguments, in: work)
            XCTAssertEqual(healed.status, 0, "\(name): " + healed.stderr)
            XCTAssertFalse(healed.stderr.contains("warning"), "\(name): healed: " + healed.stderr)
            XCTAssertTrue(healed.stdout.contains("0 rendered, 6 up to date"), "\(name): healed: " + healed.stdout)
        }
        XCTAssertEqual(try Data(contentsOf: outside), Data("{}".utf8), "a link's target is never written")
    }

    func testPlantedLinksInTheCacheAndBookkeepingAreNeverFollowed() throws {
        let dir = try CLI.temporaryDirectory(self)
        let work = dir.appendingPathComponent("work")
        try fm.createDirectory(at: work.appendingPathComponent("out"), withIntermediateDirectories: true)
        try fm.createDirectory(at: work.appendingPathComponent("cache"), withIntermediateDirectories: true)
        try Data(spec(theme: "dark", size: (400, 300)).utf8).write(to: work.appendingPathComponent("e.json"))
        let outside = dir.appendingPathComponent("outside")
        try Data("precious".utf8).write(to: outside)
        for path in ["out/.ebm-figures-manifest.json", "cache/s1.record", "cache/trained.record", "out/s2.pdf", "out/trained-frame0.png"] {
            try fm.createSymbolicLink(at: work.appendingPathComponent(path), withDestinationURL: outside)
        }
        let result = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache", "--prune"], in: work)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: outside), Data("precious".utf8))
        XCTAssertTrue(fm.fileExists(atPath: work.appendingPathComponent("out/trained-frame0.png").path) == false
                      || (try? fm.destinationOfSymbolicLink(atPath: work.appendingPathComponent("out/trained-frame0.png").path)) != nil,
                      "a link named like an output is at most left alone, never followed")

        // A README.md link where the manifest lists the gallery is replaced by the gallery, never followed …
        try fm.removeItem(at: work.appendingPathComponent("out/README.md"))
        try fm.createSymbolicLink(at: work.appendingPathComponent("out/README.md"), withDestinationURL: outside)
        let replaced = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache"], in: work)
        XCTAssertEqual(replaced.status, 0, replaced.stderr)
        XCTAssertEqual(try fm.attributesOfItem(atPath: work.appendingPathComponent("out/README.md").path)[.type] as? FileAttributeType, .typeRegular)
        XCTAssertEqual(try Data(contentsOf: outside), Data("precious".utf8))
        // … and in a directory without a manifest it is a foreign file: refused.
        let fresh = dir.appendingPathComponent("fresh")
        try fm.createDirectory(at: fresh.appendingPathComponent("out"), withIntermediateDirectories: true)
        try Data(spec(theme: "dark", size: (400, 300)).utf8).write(to: fresh.appendingPathComponent("e.json"))
        try fm.createSymbolicLink(at: fresh.appendingPathComponent("out/README.md"), withDestinationURL: outside)
        let refused = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache"], in: fresh)
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("1 file ebm-figures did not write: README.md"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: outside), Data("precious".utf8))

        // A planted lock-file link is an error, not a write through it.
        let other = dir.appendingPathComponent("other")
        try fm.createDirectory(at: other.appendingPathComponent("out"), withIntermediateDirectories: true)
        try Data(spec(theme: "dark", size: (400, 300)).utf8).write(to: other.appendingPathComponent("e.json"))
        try fm.createSymbolicLink(at: other.appendingPathComponent("out/.ebm-figures.lock"), withDestinationURL: outside)
        let locked = try CLI.run(["run", "--experiments", "e.json", "--out", "out", "--cache", "cache"], in: other)
        XCTAssertEqual(locked.status, 2, locked.stderr)
        XCTAssertTrue(locked.stderr.contains(".ebm-figures.lock: cannot open the lock file"), locked.stderr)
        XCTAssertEqual(try Data(contentsOf: outside), Data("precious".utf8))
    }

    func testAKilledReviewsScratchDirectoryIsRemovedByTheNextReview() throws {
        let dir = try CLI.temporaryDirectory(self)
        let tmp = dir.appendingPathComponent("tmp")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        try Data(spec(theme: "dark", size: (1600, 1200)).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        try fm.createDirectory(at: dir.appendingPathComponent("figures"), withIntermediateDirectories: true)
        // A directory named like a scratch directory but without a lock file is not ours to judge: it stays.
        let unlocked = tmp.appendingPathComponent("ebm-figures-review-keepme")
        try fm.createDirectory(at: unlocked, withIntermediateDirectories: true)
        let environment = ["TMPDIR": tmp.path]
        let killed = try CLI.start(["check", "--jobs", "1"], in: dir, environment: environment)
        let deadline = Date().addingTimeInterval(20)
        while try fm.contentsOfDirectory(atPath: tmp.path).count < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        Thread.sleep(forTimeInterval: 0.2)
        kill(killed.processIdentifier, SIGKILL)
        _ = CLI.finish(killed)
        let left = try fm.contentsOfDirectory(atPath: tmp.path).filter { $0 != unlocked.lastPathComponent }
        XCTAssertEqual(left.count, 1, "SIGKILL cannot be caught: the scratch directory stays for now")
        let next = try CLI.run(["check", "--jobs", "2"], in: dir, environment: environment)
        XCTAssertEqual(next.status, 1, "the empty figures directory is stale: " + next.stderr)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: tmp.path), [unlocked.lastPathComponent], "the next review removes it")
    }
}
