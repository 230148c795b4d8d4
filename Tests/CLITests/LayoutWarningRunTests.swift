import Foundation
import XCTest

/// End to end: a figure too small for its labels even after the layout adapted is still written, and `run` warns,
/// naming the experiment and the colliding texts; a small figure the layout can fit gets no warning.
final class LayoutWarningRunTests: XCTestCase {
    func testAFigureWhoseLabelsStillCollideIsWrittenWithAWarningNamingIt() throws {
        let dir = try CLI.temporaryDirectory(self)
        try """
        {"version": 1, "experiments": [
          {"id": "postage-stamp", "kind": "free-energy-heatmap", "formats": ["png"], "size": {"width": 64, "height": 64}},
          {"id": "small-heatmap", "kind": "free-energy-heatmap", "formats": ["png"], "size": {"width": 400, "height": 300}}
        ]}
        """.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache"], in: dir)
        XCTAssertEqual(run.status, 0, "a collision is a warning, not a failure: \(run.stderr)")
        for id in ["postage-stamp", "small-heatmap"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figs/\(id).png").path), id)
        }
        let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        XCTAssertEqual(warnings.count, 1, run.stderr)
        let warning = try XCTUnwrap(warnings.first)
        XCTAssertTrue(warning.hasPrefix("warning: postage-stamp: labels collide at this size: “"), String(warning))
        XCTAssertTrue(warning.contains("leaves the figure") || warning.contains("overlaps"), String(warning))
    }
}
