import Foundation
import XCTest

/// What `run` prints: on a terminal a live progress line (coloured unless NO_COLOR), in a pipe or a log plain lines,
/// with `--quiet` only the summary, and one line when there is nothing to do.
final class ProgressOutputTests: XCTestCase {
    private let spec = """
    {"version": 1, "defaults": {"size": {"width": 400, "height": 300}, "formats": ["png"]}, "experiments": [
      {"id": "curves", "kind": "training-curves", "training": {"epochs": 3}, "plot": {"betas": [1, "inf"]}},
      {"id": "samples", "kind": "samples"},
      {"id": "heat", "kind": "free-energy-heatmap", "plot": {"arrows": false}}
    ]}
    """

    /// Runs the tool under a pseudo-terminal (util-linux `script`), with `environment` added; returns what the
    /// terminal received.
    private func runOnTerminal(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("util-linux script is not installed") }
        let command = ([try CLI.executable().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        return output
    }

    private func freshDirectory() throws -> URL {
        let dir = try CLI.temporaryDirectory(self)
        try spec.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        return dir
    }

    private let args = ["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache", "--jobs", "1"]

    func testATerminalGetsALiveColouredLine() throws {
        let output = try runOnTerminal(args, in: try freshDirectory())
        XCTAssertTrue(output.contains("\r\u{1B}[2K"), "the line is redrawn in place: \(output.debugDescription)")
        XCTAssertTrue(output.contains("[0/3]"), output.debugDescription)
        XCTAssertTrue(output.contains("[2/3]"), output.debugDescription)
        XCTAssertTrue(output.contains("curves \u{1B}[33mtraining epoch 1/3"), "the running experiment's stage: \(output.debugDescription)")
        XCTAssertTrue(output.contains("curves \u{1B}[33mtraining model 2, epoch 1/3"), "the second training: \(output.debugDescription)")
        XCTAssertTrue(output.contains("\u{1B}[32mrendered"), output.debugDescription)
        XCTAssertTrue(output.contains("3 rendered, 0 up to date, 0 failed"), output.debugDescription)
        // Every finished experiment's line, and the summary, start on a cleared line: no live line is left before them.
        let summary = try XCTUnwrap(output.range(of: "3 rendered"))
        XCTAssertTrue(output[..<summary.lowerBound].hasSuffix("heat.png, heat.json\r\n"), output.debugDescription)
        XCTAssertEqual(output.components(separatedBy: "\r\u{1B}[2K\u{1B}[32mrendered").count, 4, output.debugDescription)
    }

    func testNoColorKeepsTheLineWithoutColour() throws {
        let output = try runOnTerminal(args, in: try freshDirectory(), environment: ["NO_COLOR": "1"])
        XCTAssertTrue(output.contains("\r\u{1B}[2K[0/3]"), output.debugDescription)
        XCTAssertFalse(output.contains("\u{1B}[3"), output.debugDescription)
        XCTAssertFalse(output.contains("\u{1B}[1m"), output.debugDescription)
    }

    func testQuietAndDumbTerminalsGetPlainLines() throws {
        let quiet = try runOnTerminal(args + ["--quiet"], in: try freshDirectory())
        XCTAssertFalse(quiet.contains("\u{1B}"), quiet.debugDescription)
        XCTAssertEqual(quiet.split(whereSeparator: \.isNewline).count, 1, quiet.debugDescription)
        let dumb = try runOnTerminal(args, in: try freshDirectory(), environment: ["TERM": "dumb"])
        XCTAssertFalse(dumb.contains("\u{1B}"), dumb.debugDescription)
        XCTAssertEqual(dumb.split(whereSeparator: \.isNewline).count, 4, dumb.debugDescription)
    }

    func testPipesGetPlainLinesAndANoOpRunOneLine() throws {
        let dir = try freshDirectory()
        let first = try CLI.run(args, in: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stdout.contains("\u{1B}"), first.stdout.debugDescription)
        XCTAssertEqual(first.stdout.split(separator: "\n").filter { $0.hasPrefix("rendered   ") }.count, 3, first.stdout)
        let noop = try CLI.run(args, in: dir)
        XCTAssertEqual(noop.stdout.split(whereSeparator: \.isNewline).count, 1, noop.stdout)
        XCTAssertTrue(noop.stdout.hasPrefix("0 rendered, 3 up to date, 0 failed in "), noop.stdout)
        XCTAssertTrue(noop.stdout.hasSuffix("(nothing to do)\n"), noop.stdout)
        let onTerminal = try runOnTerminal(args, in: dir)
        XCTAssertEqual(onTerminal.split(whereSeparator: \.isNewline).count, 1, onTerminal.debugDescription)
        XCTAssertFalse(onTerminal.contains("\u{1B}[2K"), "nothing to do draws no progress line: \(onTerminal.debugDescription)")
        // --verbose lists the up-to-date experiments too.
        let verbose = try CLI.run(args + ["--verbose"], in: dir)
        XCTAssertEqual(verbose.stdout.split(separator: "\n").filter { $0.hasPrefix("up to date ") }.count, 3, verbose.stdout)
    }
}
