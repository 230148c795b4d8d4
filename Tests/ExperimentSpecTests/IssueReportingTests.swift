import Foundation
import XCTest
@testable import ExperimentSpec

/// Every problem is reported at once, located by its JSON path and naming the offending value.
final class IssueReportingTests: XCTestCase {
    func testEveryProblemIsReportedAtOnceWithItsPath() {
        let found = issues(of: """
        {"version": 1, "experiments": [
          {"id": "a", "kind": "training-curves", "training": {"learningRate": -0.1, "epochs": 0}, "plot": {"betas": [0]}},
          {"id": "a", "kind": "samples", "sise": {"width": 10}},
          {"id": "b", "kind": "heatmap"}
        ]}
        """)
        assertIssue(found, at: "experiments[0].training.learningRate", contains: "must be > 0 and ≤ 100, got -0.1")
        assertIssue(found, at: "experiments[0].training.epochs", contains: "got 0")
        assertIssue(found, at: "experiments[0].plot.betas[0]", contains: "must be > 0")
        assertIssue(found, at: "experiments[1].id", contains: "duplicate id \"a\" (also experiments[0])")
        assertIssue(found, at: "experiments[1].sise", contains: "did you mean \"size\"?")
        assertIssue(found, at: "experiments[2].kind", contains: "got \"heatmap\"")
        XCTAssertEqual(found.count, 6, "\(found)")
    }

    func testDescriptionNamesTheFileAndEveryIssue() {
        let error = SpecError(file: "x.json", issues: [SpecIssue(path: "experiments[2].training.learningRate", message: "must be > 0, got -0.1")])
        XCTAssertEqual(error.description, "x.json: 1 problem\n  experiments[2].training.learningRate: must be > 0, got -0.1")
    }

    func testTyposInValuesSuggestTheClosestChoice() {
        let found = issues(of: oneExperiment(#""id": "a", "kind": "sample", "theme": "drak""#))
        assertIssue(found, at: "experiments[0].kind", contains: "did you mean \"samples\"?")
        assertIssue(found, at: "experiments[0].theme", contains: "did you mean \"dark\"?")
    }

    func testPlotKeysOfAnotherKindAreUnknownWithASuggestion() {
        let found = issues(of: oneExperiment(#""id": "a", "kind": "samples", "plot": {"ypPrime": 3, "betas": [1]}"#))
        assertIssue(found, at: "experiments[0].plot.ypPrime", contains: "unknown key for kind \"samples\" (did you mean \"yPrime\"?)")
        assertIssue(found, at: "experiments[0].plot.betas", contains: "unknown key")
    }

    func testAnUnknownKindDoesNotMakeItsSectionsUnknown() {
        let found = issues(of: oneExperiment(#""id": "a", "kind": "nope", "model": {}, "plot": {}, "trainig": {}"#))
        XCTAssertEqual(found.map(\.path), ["experiments[0].kind", "experiments[0].trainig"], "\(found)")
        assertIssue(found, at: "experiments[0].trainig", contains: "did you mean \"training\"?")
    }

    func testNullIsAWrongTypeNotADefault() {
        let found = issues(of: oneExperiment(#""id": "a", "kind": "samples", "title": null, "plot": {"zTilde": null}"#))
        assertIssue(found, at: "experiments[0].title", contains: "must be a string, got null")
        assertIssue(found, at: "experiments[0].plot.zTilde", contains: "must be a number, got null")
    }

    func testNonFiniteNumbersAreRejected() {
        assertIssue(issues(of: oneExperiment(#""id": "a", "kind": "samples", "plot": {"zTilde": "nan"}"#)),
                    at: "experiments[0].plot.zTilde", contains: "must be a finite number")
        let nan = issues(of: oneExperiment(#""id": "a", "kind": "samples", "plot": {"zTilde": NaN}"#))
        XCTAssertTrue(nan.first?.message.contains("line 1, column 82: invalid value (NaN and Infinity are not JSON numbers") == true, "\(nan)")
        let huge = issues(of: oneExperiment(#""id": "a", "kind": "samples", "plot": {"zTilde": 1e999}"#))
        XCTAssertEqual(huge.first?.message, "malformed JSON: number 1e999 is too large for a 64-bit floating-point number")
    }

    func testMalformedJSONNamesLineAndColumn() {
        let found = issues(of: "{\n  \"version\": 1,\n  \"experiments\": [\n    {\"id\": \"a\" \"kind\": \"samples\"}\n  ]\n}\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message, "malformed JSON at line 4, column 16: invalid value")
        XCTAssertEqual(issues(of: "").first?.message, "malformed JSON: unexpected end of file during JSON parse")
        XCTAssertEqual(issues(of: "{\"version\": 01}").first?.message, "malformed JSON at line 1, column 14: number with leading zero")
    }

    func testVersionIsReadFirst() {
        assertIssue(issues(of: #"{"version": 2, "experiments": "whatever"}"#), at: "version", contains: "reads version 1, got 2")
        assertIssue(issues(of: #"{"experiments": []}"#), at: "version", contains: "is required")
        assertIssue(issues(of: #"{"version": "1", "experiments": []}"#), at: "version", contains: "must be a number, got string \"1\"")
    }

    func testRangesAndLimits() {
        let found = issues(of: oneExperiment("""
        "id": "a", "kind": "free-energy-heatmap", "size": {"width": 9000}, "data": {"source": "lecture", "count": 30},
        "plot": {"y1": [1, -1, 0.1], "y2": [0, 1000, 0.01], "beta": 0}
        """))
        assertIssue(found, at: "experiments[0].size.width", contains: "must be ≤ 8000 and ≥ 64, got 9000")
        assertIssue(found, at: "experiments[0].data.count", contains: "exactly 24 points, got 30")
        assertIssue(found, at: "experiments[0].plot.y1", contains: "is empty: stop -1 must be above start 1")
        assertIssue(found, at: "experiments[0].plot.y2", contains: "has 100001 points; the limit is 4000 per axis")
        assertIssue(found, at: "experiments[0].plot.beta", contains: "must be > 0")
        let grid = issues(of: oneExperiment(#""id": "a", "kind": "mesh-grid", "plot": {"y1": [0, 3999, 1], "y2": [0, 3999, 1]}"#))
        assertIssue(grid, at: "experiments[0].plot", contains: "4000 × 4000 = 16000000 points; the limit is 4000000")
        let index = issues(of: oneExperiment(#""id": "a", "kind": "samples", "plot": {"yPrime": 25}"#))
        assertIssue(index, at: "experiments[0].plot.yPrime", contains: "Y[25] is outside the data (1…24)")
    }

    func testIdsMustNameFilesSafely() {
        for bad in ["", "-a", "a/b", "a b", "ünïcode", String(repeating: "x", count: 101)] {
            let found = issues(of: oneExperiment("\"id\": \"\(bad)\", \"kind\": \"samples\""))
            assertIssue(found, at: "experiments[0].id", contains: "ASCII letters, digits")
        }
    }
}
