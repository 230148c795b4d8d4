import Foundation
import XCTest

/// Shell completion, end to end in bash: the script swift-argument-parser generates completes subcommands and
/// flags, and asks the program for the experiment ids of the file on the command line and for the kinds.
final class CompletionTests: XCTestCase {
    /// What bash would offer for `words` (the last one being completed).
    private func complete(_ words: [String], in directory: URL, script: URL) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
        shopt -s extglob
        source '\(script.path)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        COMPREPLY=()
        _ebm-figures "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = try CLI.executable().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(separator: "\n").map(String.init)
    }

    func testBashCompletesSubcommandsFlagsIdsAndKinds() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { throw XCTSkip("bash is not installed") }
        let dir = try CLI.temporaryDirectory(self)
        let generated = try CLI.run(["--generate-completion-script", "bash"], in: dir)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let script = dir.appendingPathComponent("completion.bash")
        try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
        try CLI.samplesSpec(ids: ["fig1-samples", "fig2-samples", "other"]).write(to: dir.appendingPathComponent("experiments.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try CLI.samplesSpec(ids: ["elsewhere"]).write(to: dir.appendingPathComponent("sub/mine.json"), atomically: true, encoding: .utf8)

        XCTAssertEqual(try complete(["ebm-figures", "st"], in: dir, script: script), ["status"])
        XCTAssertEqual(try complete(["ebm-figures", "run", "--dr"], in: dir, script: script), ["--dry-run"])
        XCTAssertEqual(try complete(["ebm-figures", "run", "--only", "fig"], in: dir, script: script), ["fig1-samples", "fig2-samples"])
        XCTAssertEqual(try complete(["ebm-figures", "status", "--only", ""], in: dir, script: script), ["fig1-samples", "fig2-samples", "other"])
        XCTAssertEqual(try complete(["ebm-figures", "run", "--experiments", "sub/mine.json", "--only", ""], in: dir, script: script), ["elsewhere"])
        XCTAssertEqual(try complete(["ebm-figures", "list", "--kind", "horn"], in: dir, script: script), ["horn-data", "horn-manifold", "horn-generalisation"])
        // A missing or invalid file completes nothing, and prints nothing into the shell.
        XCTAssertEqual(try complete(["ebm-figures", "run", "--experiments", "nope.json", "--only", ""], in: dir, script: script), [])
    }
}
