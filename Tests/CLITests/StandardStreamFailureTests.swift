import Foundation
import XCTest

/// A standard stream that cannot be written (here /dev/full: every write fails with "No space left on device") is
/// an error the tool reports and an exit status, never a crash; a run still writes its figures.
final class StandardStreamFailureTests: XCTestCase {
    private func run(_ arguments: [String], in directory: URL, stdout: String, stderr: URL) throws -> Process {
        let process = Process()
        process.executableURL = try CLI.executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: stdout))
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process
    }

    func testAFullStandardOutputIsAnErrorAndStatusOneNotACrash() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let dir = try CLI.temporaryDirectory(self)
        let errors = dir.appendingPathComponent("stderr.txt")
        try Data(CLI.samplesSpec(ids: ["a", "b"]).utf8).write(to: dir.appendingPathComponent("experiments.json"))
        for arguments in [["kinds"], ["kinds", "--markdown"], ["run", "--out", "out", "--cache", "cache"]] {
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = try run(arguments, in: dir, stdout: "/dev/full", stderr: errors)
            let said = try String(contentsOf: errors, encoding: .utf8)
            XCTAssertEqual(process.terminationReason, .exit, "\(arguments): \(said)")
            XCTAssertEqual(process.terminationStatus, 1, "\(arguments): \(said)")
            XCTAssertEqual(said.components(separatedBy: "cannot write to standard output: No space left on device").count - 1, 1,
                           "\(arguments): said once: \(said)")
        }
        // The run wrote its figures all the same.
        for id in ["a", "b"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(id).png").path), id)
        }
    }
}
