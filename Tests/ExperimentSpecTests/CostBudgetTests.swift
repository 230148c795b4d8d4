import Foundation
import XCTest
@testable import ExperimentSpec

/// Every experiment's cost is estimated at validation; beyond the budget the file is refused, naming the estimate
/// and the key that raises the budget.
final class CostBudgetTests: XCTestCase {
    /// The issue's examples: each took minutes or gigabytes before the budget existed.
    private let expensive = [
        #""id": "a", "kind": "free-energy-heatmap", "plot": {"y1": [-3, 3, 0.003], "y2": [-2, 2, 0.0025]}"#,
        #""id": "a", "kind": "energy-curve", "plot": {"zFromPi": -100, "zToPi": 100, "zPointsPerPeriod": 10000}"#,
        #""id": "a", "kind": "training-curves", "training": {"epochs": 100000}"#,
    ]

    func testExpensiveSpecsAreRefusedWithTheEstimateAndTheKey() {
        for fields in expensive {
            let found = issues(of: oneExperiment(fields))
            XCTAssertEqual(found.count, 1, fields)
            XCTAssertEqual(found.first?.path, "experiments[0]", fields)
            let message = found.first?.message ?? ""
            XCTAssertTrue(message.hasPrefix("estimated cost "), message)
            XCTAssertTrue(message.contains("exceeds the budget of 20 s and 1500 MB"), message)
            XCTAssertTrue(message.contains("top-level key \"budget\""), message)
        }
    }

    func testTheSuggestedBudgetAcceptsTheSpec() throws {
        for fields in expensive {
            let message = issues(of: oneExperiment(fields)).first?.message ?? ""
            // "… the top-level key "budget": N (a multiplier, now 1)"
            let suggested = try XCTUnwrap(message.components(separatedBy: "\"budget\": ").last?.split(separator: " ").first.flatMap { Int($0) })
            XCTAssertGreaterThan(suggested, 1)
            let raised = oneExperiment(fields).replacingOccurrences(of: "{\"version\": 1,", with: "{\"version\": 1, \"budget\": \(suggested),")
            XCTAssertEqual(issues(of: raised), [], fields)
            let short = oneExperiment(fields).replacingOccurrences(of: "{\"version\": 1,", with: "{\"version\": 1, \"budget\": \(max(1, suggested / 4)),")
            XCTAssertEqual(issues(of: short).count, 1, fields)
        }
    }

    func testBudgetKeyIsChecked() {
        assertIssue(issues(of: #"{"version": 1, "budget": 0.5, "experiments": [{"id": "a", "kind": "samples"}]}"#), at: "budget", contains: "1")
        assertIssue(issues(of: #"{"version": 1, "budget": "big", "experiments": [{"id": "a", "kind": "samples"}]}"#), at: "budget", contains: "number")
    }

    /// Every shipped experiment fits the default budget, the estimate grows with the work asked, and a spec at the
    /// default limits of a cheap kind stays far inside.
    func testEstimatesGrowWithTheWork() throws {
        let shipped = try ExperimentFile.load(path: packageRoot.appendingPathComponent("experiments.json").path)
        for e in shipped {
            XCTAssertNil(CostBudget().refusal(e.costEstimate), e.id)
        }
        func estimate(_ fields: String) -> CostEstimate { experiments(of: oneExperiment(fields)).first?.costEstimate ?? CostEstimate() }
        let small = estimate(#""id": "a", "kind": "mesh-grid""#)
        let large = estimate(#""id": "a", "kind": "mesh-grid", "plot": {"y1": [-3, 3, 0.05], "y2": [-2, 2, 0.05]}"#)
        XCTAssertGreaterThan(large.seconds, 5 * small.seconds)
        XCTAssertGreaterThan(large.bytes, small.bytes)
        let short = estimate(#""id": "a", "kind": "training-curves", "training": {"epochs": 10}"#)
        let long = estimate(#""id": "a", "kind": "training-curves", "training": {"epochs": 1000}"#)
        XCTAssertGreaterThan(long.sidecarNumbers, 50 * short.sidecarNumbers)
        XCTAssertLessThan(estimate(#""id": "a", "kind": "samples", "model": {"latents": 100000}"#).seconds, CostBudget().seconds)
    }
}
