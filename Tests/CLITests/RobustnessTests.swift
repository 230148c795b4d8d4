import Foundation
import XCTest

/// Valid files that ask for numerically hopeless work fail with a message naming the experiment and the field,
/// a non-zero exit, and the other experiments still written — never a crash or a hang.
final class RobustnessTests: XCTestCase {
    private func run(_ json: String, _ extra: [String] = []) throws -> (CLI.Result, URL) {
        let dir = try CLI.temporaryDirectory(self)
        try json.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        return (try CLI.run(["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache"] + extra, in: dir), dir)
    }

    func testDivergentTrainingIsAnErrorNamingTheLearningRate() throws {
        let (result, dir) = try run("""
        {"version": 1, "experiments": [
          {"id": "ok", "kind": "samples"},
          {"id": "diverges", "kind": "cross-section", "plot": {"trained": true, "betas": ["inf"]},
           "training": {"learningRate": 100, "epochs": 20}}
        ]}
        """)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertFalse(result.killed)
        XCTAssertTrue(result.stderr.contains("diverges: training.learningRate: training diverged at step "), result.stderr)
        XCTAssertTrue(result.stderr.contains("training.learningRate"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figs/ok.png").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figs/diverges.png").path))
    }

    /// exp(−βE) underflows for every z at these β: the figure falls back to the normalised weights and says so
    /// (docs/experiments.md, `softargmin-weights` colours) instead of failing.
    func testDegenerateWeightsFallBackToNormalisedWeights() throws {
        for beta in ["\"inf\"", "1000000"] {
            let (result, dir) = try run("""
            {"version": 1, "experiments": [{"id": "w", "kind": "softargmin-weights", "plot": {"yPrime": 23, "beta": \(beta)}}]}
            """)
            XCTAssertEqual(result.status, 0, "β = \(beta): " + result.stderr)
            XCTAssertFalse(result.killed, "β = \(beta)")
            let sidecar = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("figs/w.json"))) as? [String: Any]
            let data = sidecar?["data"] as? [String: Any]
            XCTAssertEqual(data?["weightsNormalised"] as? Bool, true, "β = \(beta)")
            XCTAssertEqual((data?["weight"] as? [Double])?.reduce(0, +) ?? 0, 1, accuracy: 1e-12)
        }
    }

    func testHugeDecoderWeightsAreRejectedBeforeAnyWork() throws {
        let (result, dir) = try run("""
        {"version": 1, "experiments": [{"id": "big", "kind": "energy-curve", "model": {"w": [1e200, 1e200]}}]}
        """)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("experiments[0].model.w[0]: must be ≤ 1000 and ≥ -1000, got 1e+200"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figs").path))
    }

    func testPruneKeepsIdsThatLookLikeFramesAndRemovesLeftoverFrames() throws {
        let (first, dir) = try run("""
        {"version": 1, "experiments": [{"id": "key-frame", "kind": "samples"}, {"id": "plain", "kind": "samples"}]}
        """)
        XCTAssertEqual(first.status, 0, first.stderr)
        let figs = dir.appendingPathComponent("figs")
        try FileManager.default.copyItem(at: figs.appendingPathComponent("plain.png"), to: figs.appendingPathComponent("plain-frame7.png"))
        let pruned = try CLI.run(["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache", "--prune"], in: dir)
        XCTAssertEqual(pruned.status, 0, pruned.stderr)
        XCTAssertTrue(pruned.stdout.contains("pruned 1 file"), pruned.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: figs.appendingPathComponent("plain-frame7.png").path))
        for name in ["key-frame.png", "key-frame.svg", "key-frame.json", "plain.png"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: figs.appendingPathComponent(name).path), name)
        }
    }
}
