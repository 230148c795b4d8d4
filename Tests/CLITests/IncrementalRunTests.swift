import Foundation
import XCTest

/// The runner re-renders only what changed: a no-op run renders nothing, editing one experiment re-renders
/// only it, deleting an output re-renders its experiment, and the bytes are the same as a cold run's.
final class IncrementalRunTests: XCTestCase {
    private func spec(width: Int) -> String {
        """
        {"version": 1, "experiments": [
          {"id": "a", "kind": "samples", "formats": ["png", "svg"]},
          {"id": "b", "kind": "cross-section", "size": {"width": \(width), "height": 400}, "plot": {"betas": [1, "inf"]}},
          {"id": "c", "kind": "energy-curve", "plot": {"yPrime": 23}}
        ]}
        """
    }

    func testOnlyChangedExperimentsRender() throws {
        let dir = try CLI.temporaryDirectory(self)
        try spec(width: 600).write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        let args = ["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache"]
        let first = try CLI.run(args, in: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("3 rendered, 0 up to date, 0 failed"), first.stdout)
        let afterFirst = CLI.snapshot(dir.appendingPathComponent("figs"))
        XCTAssertNotNil(afterFirst["a.png"])
        XCTAssertNotNil(afterFirst["b.json"])
        XCTAssertNotNil(afterFirst["README.md"])

        let noop = try CLI.run(args, in: dir)
        XCTAssertTrue(noop.stdout.contains("0 rendered, 3 up to date, 0 failed"), noop.stdout)
        XCTAssertEqual(CLI.snapshot(dir.appendingPathComponent("figs")), afterFirst)

        try spec(width: 640).write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        let edited = try CLI.run(args, in: dir)
        XCTAssertTrue(edited.stdout.contains("1 rendered, 2 up to date, 0 failed"), edited.stdout)
        XCTAssertTrue(edited.stdout.contains("rendered   b "), edited.stdout)

        try FileManager.default.removeItem(at: dir.appendingPathComponent("figs/c.svg"))
        let repaired = try CLI.run(args, in: dir)
        XCTAssertTrue(repaired.stdout.contains("1 rendered, 2 up to date, 0 failed"), repaired.stdout)
        XCTAssertTrue(repaired.stdout.contains("rendered   c "), repaired.stdout)

        // A cold run (no cache) writes the same bytes.
        let warm = CLI.snapshot(dir.appendingPathComponent("figs"))
        let cold = try CLI.run(["run", "--experiments", "e.json", "--out", "cold", "--cache", "cold-cache", "--jobs", "1"], in: dir)
        XCTAssertEqual(cold.status, 0, cold.stderr)
        XCTAssertEqual(CLI.snapshot(dir.appendingPathComponent("cold")), warm)
    }
}
