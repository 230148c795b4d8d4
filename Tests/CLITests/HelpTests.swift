import XCTest

/// `--help` works on the tool and on every command, and says what each does.
final class HelpTests: XCTestCase {
    func testHelpOnEveryCommand() throws {
        let directory = try CLI.temporaryDirectory(self)
        let cases: [([String], String)] = [
            (["--help"], "Regenerate the figures"),
            (["run", "--help"], "Render experiments"),
            (["list", "--help"], "List the experiments"),
            (["validate", "--help"], "Check the experiments file"),
            (["help", "validate"], "Check the experiments file"),
        ]
        for (arguments, summary) in cases {
            let result = try CLI.run(arguments, in: directory)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("USAGE:"), "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains(summary), "\(arguments): \(result.stdout)")
        }
        XCTAssertTrue(try CLI.run(["run", "--help"], in: directory).stdout.contains("--experiments"))
        XCTAssertEqual(CLI.snapshot(directory), [:], "--help writes nothing")
    }

    func testAnUnknownOptionIsAUsageError() throws {
        let result = try CLI.run(["run", "--frobnicate"], in: try CLI.temporaryDirectory(self))
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--frobnicate"), result.stderr)
    }
}
