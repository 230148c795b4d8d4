import Foundation
import XCTest
@testable import ExperimentSpec

/// The package root, found from this file's path (Tests/ExperimentSpecTests/…).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A file of one experiment: `fields` is the experiment object's inside, e.g. `"id": "a", "kind": "samples"`.
func oneExperiment(_ fields: String) -> String {
    "{\"version\": 1, \"experiments\": [{\(fields)}]}"
}

/// The issues validation reports for `json` (empty when it is valid).
func issues(of json: String, file: StaticString = #filePath, line: UInt = #line) -> [SpecIssue] {
    do {
        _ = try ExperimentFile.parse(Data(json.utf8), file: "test.json")
        return []
    } catch let error as SpecError {
        return error.issues
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
        return []
    }
}

/// The experiments of a valid `json`, failing the test with the issues when it is not valid.
func experiments(of json: String, file: StaticString = #filePath, line: UInt = #line) -> [Experiment] {
    do {
        return try ExperimentFile.parse(Data(json.utf8), file: "test.json")
    } catch {
        XCTFail("expected a valid file, got \(error)", file: file, line: line)
        return []
    }
}

/// Asserts that exactly one issue is at `path` and that its message contains `fragment`.
func assertIssue(_ found: [SpecIssue], at path: String, contains fragment: String, file: StaticString = #filePath, line: UInt = #line) {
    let atPath = found.filter { $0.path == path }
    XCTAssertEqual(atPath.count, 1, "expected one issue at \(path), got: \(found)", file: file, line: line)
    if let issue = atPath.first {
        XCTAssertTrue(issue.message.contains(fragment), "\(issue) should contain \"\(fragment)\"", file: file, line: line)
    }
}
