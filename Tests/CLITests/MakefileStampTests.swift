import Foundation
import XCTest

/// The Makefile asks SwiftPM to build only when a source, the manifest or the resolved dependencies changed (or the
/// binary is missing). Checked on a scratch copy of the Makefile with a stand-in `swift` that logs its calls.
final class MakefileStampTests: XCTestCase {
    private func make(_ target: String, in dir: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["make", "--no-print-directory", target, "SWIFT=\(dir.path)/fake-swift", "APT_PACKAGES="]
        process.currentDirectoryURL = dir
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { throw XCTSkip("make is not available: \(error)") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    private func builds(_ dir: URL) -> Int {
        ((try? String(contentsOf: dir.appendingPathComponent("builds.log"), encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Moves the inputs 20 s and the last build 10 s into the past, so that a file written now is newer than the
    /// build even where make compares whole seconds.
    private func ageTheBuild(_ dir: URL) throws {
        var inputs = ["Sources", "Package.swift", "Package.resolved"]
        inputs += (FileManager.default.subpaths(atPath: dir.appendingPathComponent("Sources").path) ?? []).map { "Sources/" + $0 }
        for (paths, seconds) in [(inputs, -20.0), ([".build/release/.ebm-figures.stamp", ".build/release/ebm-figures"], -10.0)] {
            for path in paths where FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path) {
                try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(seconds)],
                                                      ofItemAtPath: dir.appendingPathComponent(path).path)
            }
        }
    }

    func testTheBuildRunsOnlyWhenAnInputChanged() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Makefile"), to: dir.appendingPathComponent("Makefile"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Sources/Tool"), withIntermediateDirectories: true)
        try "let x = 1\n".write(to: dir.appendingPathComponent("Sources/Tool/main.swift"), atomically: true, encoding: .utf8)
        try "// manifest\n".write(to: dir.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        // The stand-in "swift build" logs the call and leaves a binary that answers `validate`.
        let fake = dir.appendingPathComponent("fake-swift")
        try """
        #!/bin/sh
        echo "$@" >> builds.log
        mkdir -p .build/release
        printf '#!/bin/sh\\necho "validated $*"\\n' > .build/release/ebm-figures
        chmod +x .build/release/ebm-figures
        """.write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)

        var result = try make("validate", in: dir)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("validated validate --experiments experiments.json"), result.output)
        XCTAssertEqual(builds(dir), 1)
        result = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 1, "nothing changed, no build: \(result.output)")
        XCTAssertFalse(result.output.contains("fake-swift"), result.output)

        try ageTheBuild(dir)
        _ = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 1, "an older build with unchanged inputs is current")
        try "let x = 2\n".write(to: dir.appendingPathComponent("Sources/Tool/main.swift"), atomically: false, encoding: .utf8)
        _ = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 2, "an edited source builds")
        _ = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 2)

        try ageTheBuild(dir)
        try "".write(to: dir.appendingPathComponent("Package.resolved"), atomically: true, encoding: .utf8)
        _ = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 3, "new resolved dependencies build")

        try ageTheBuild(dir)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("Sources/Tool/main.swift"))
        try "let y = 1\n".write(to: dir.appendingPathComponent("Sources/Tool/other.swift"), atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-20)],
                                              ofItemAtPath: dir.appendingPathComponent("Sources/Tool/other.swift").path)
        _ = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 4, "a file removed (its directory changed) builds, even when the new file is older")

        try FileManager.default.removeItem(at: dir.appendingPathComponent(".build/release/ebm-figures"))
        _ = try make("validate", in: dir)
        XCTAssertEqual(builds(dir), 5, "a missing binary builds")

        // `make build` always asks SwiftPM.
        _ = try make("build", in: dir)
        XCTAssertEqual(builds(dir), 6)
    }
}
