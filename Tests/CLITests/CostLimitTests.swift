import Foundation
import XCTest

/// Specs at the limit of the default cost budget finish in ≤ 30 s of CPU and ≤ 1.5 GB (docs/experiments.md, "Cost").
///
/// For each kind, one size knob (grid points per axis, curve points, epochs, latents, samples) is raised by bisection
/// to the largest value `validate` accepts with the default budget; that spec is then rendered by the release build
/// under `/usr/bin/time`. Slow (minutes) and meaningful only on a quiet machine: it runs with EBM_SLOW_TESTS=1,
/// after `make build`.
final class CostLimitTests: XCTestCase {
    /// A spec of one experiment with knob value `k`, and the knob's range.
    private struct Case {
        var name: String
        var range: ClosedRange<Int>
        var fields: (Int) -> String
    }

    private static func grid(_ k: Int) -> String {
        #""y1": [-3, 3, \#(6.0 / Double(k - 1))], "y2": [-2, 2, \#(4.0 / Double(k - 1))]"#
    }

    private let cases: [Case] = [
        Case(name: "heatmap grid", range: 2...2000) { #""kind": "free-energy-heatmap", "plot": {\#(grid($0))}"# },
        Case(name: "heatmap grid, no arrows", range: 2...2000) { #""kind": "free-energy-heatmap", "plot": {\#(grid($0)), "arrows": false}"# },
        Case(name: "mesh grid", range: 2...2000) { #""kind": "mesh-grid", "plot": {\#(grid($0))}"# },
        Case(name: "contour grid", range: 2...2000) { #""kind": "contour-3d", "plot": {\#(grid($0))}"# },
        Case(name: "free-energy-betas grid", range: 2...2000) { #""kind": "free-energy-betas", "plot": {\#(grid($0)), "betas": [0.1, 1, 10, "inf"]}"# },
        Case(name: "training-composite epochs", range: 1...100_000) { #""kind": "training-composite", "training": {"epochs": \#($0)}"# },
        Case(name: "energy-curve points", range: 2...10_000) { #""kind": "energy-curve", "plot": {"zFromPi": -100, "zToPi": 100, "zPointsPerPeriod": \#($0)}"# },
        Case(name: "energy-curves points", range: 2...10_000) {
            #""kind": "energy-curves", "plot": {"points": [[-3, -0.5], [0, 1], [2, 2]], "zFromPi": -100, "zToPi": 100, "zPointsPerPeriod": \#($0)}"#
        },
        Case(name: "energy-panels points", range: 2...10_000) { #""kind": "energy-panels", "plot": {"zPointsPerPeriod": \#($0)}"# },
        Case(name: "training-curves epochs", range: 1...100_000) { #""kind": "training-curves", "training": {"epochs": \#($0)}"# },
        Case(name: "beta-sweep epochs", range: 1...100_000) { #""kind": "beta-sweep", "training": {"epochs": \#($0)}"# },
        Case(name: "cross-section hinge epochs", range: 1...100_000) {
            #""kind": "cross-section", "plot": {"trained": true}, "training": {"loss": "hinge", "order": "shuffled", "epochs": \#($0)}"#
        },
        Case(name: "samples latents", range: 1...100_000) { #""kind": "samples", "model": {"latents": \#($0)}"# },
        Case(name: "softargmin latents", range: 1...100_000) { #""kind": "softargmin-weights", "model": {"latents": \#($0)}"# },
        Case(name: "horn-data samples", range: 1...1_000_000) {
            #""kind": "horn-data", "data": {"source": "horn", "count": \#($0)}, "plot": {"sampleCount": \#($0)}"#
        },
        Case(name: "horn-manifold epochs", range: 1...100_000) {
            #""kind": "horn-manifold", "data": {"source": "horn"}, "plot": {"trained": true}, "training": {"optimizer": "adam", "learningRate": 0.01, "epochs": \#($0)}"#
        },
        Case(name: "horn-generalisation epochs", range: 1...100_000) {
            #""kind": "horn-generalisation", "data": {"source": "horn"}, "training": {"optimizer": "adam", "learningRate": 0.01, "epochs": \#($0)}"#
        },
        Case(name: "largest image", range: 64...8000) { #""kind": "samples", "size": {"width": \#($0), "height": \#($0)}"# },
    ]

    private func file(_ c: Case, _ k: Int) -> String {
        #"{"version": 1, "experiments": [{"id": "limit", \#(c.fields(k))}]}"#
    }

    func testSpecsAtTheBudgetLimitFinishInBoundedTimeAndMemory() throws {
        try XCTSkipIf(ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] == nil, "set EBM_SLOW_TESTS=1 to run specs at the budget's limit")
        let release = CLI.packageRoot.appendingPathComponent(".build/release/ebm-figures")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: release.path), "run `make build` first (the limits are measured on the release build)")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "/usr/bin/time measures the peak memory")
        let directory = try CLI.temporaryDirectory(self)
        let spec = directory.appendingPathComponent("limit.json")
        func accepted(_ c: Case, _ k: Int) throws -> Bool {
            try file(c, k).write(to: spec, atomically: true, encoding: .utf8)
            let result = try CLI.run(["validate", "--experiments", spec.path], in: directory)
            if result.status != 0, !result.stderr.contains("exceeds the budget") { XCTFail("\(c.name) = \(k): \(result.stderr)") }
            return result.status == 0
        }
        var report: [String] = []
        for c in cases {
            // The largest accepted knob value, by bisection (the estimate grows with the knob).
            var lo = c.range.lowerBound, hi = c.range.upperBound
            XCTAssertTrue(try accepted(c, lo), "\(c.name): the smallest spec must fit the budget")
            if try accepted(c, hi) { lo = hi }
            while hi - lo > max(1, lo / 50) {
                let mid = lo + (hi - lo) / 2
                if try accepted(c, mid) { lo = mid } else { hi = mid }
            }
            try file(c, lo).write(to: spec, atomically: true, encoding: .utf8)
            let out = directory.appendingPathComponent("out-\(report.count)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            process.arguments = ["-f", "TIME %U %S %e %M", release.path, "run", "--experiments", spec.path, "--out", out.path,
                                 "--cache", directory.appendingPathComponent("cache").path, "--force", "--quiet"]
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "\(c.name) = \(lo): \(stderr)")
            let fields = stderr.split(separator: "\n").last { $0.hasPrefix("TIME ") }?.split(separator: " ").dropFirst().compactMap { Double($0) } ?? []
            guard fields.count == 4 else { XCTFail("\(c.name): no measurement in \(stderr)"); continue }
            let cpu = fields[0] + fields[1], wall = fields[2], megabytes = fields[3] / 1024
            report.append("\(c.name) = \(lo): \(cpu) s CPU, \(wall) s wall, \(Int(megabytes)) MB")
            XCTAssertLessThanOrEqual(cpu, 30, "\(c.name) = \(lo)")
            XCTAssertLessThanOrEqual(megabytes, 1536, "\(c.name) = \(lo)")
            try? FileManager.default.removeItem(at: out)
        }
        print(report.joined(separator: "\n"))
    }
}
