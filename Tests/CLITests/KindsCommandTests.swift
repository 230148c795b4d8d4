import Foundation
import XCTest

/// `ebm-figures kinds [KIND]`: the kinds, one kind's plot keys, a located refusal of an unknown kind, and the
/// generated reference that `make schema` writes.
final class KindsCommandTests: XCTestCase {
    func testListsTheKindsAndOneKindsKeys() throws {
        let directory = try CLI.temporaryDirectory(self)
        let list = try CLI.run(["kinds"], in: directory)
        XCTAssertEqual(list.status, 0, list.stderr)
        let kinds = list.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        XCTAssertEqual(kinds.count, 17)
        XCTAssertTrue(kinds.contains("free-energy-heatmap") && kinds.contains("horn-generalisation"), list.stdout)

        let heatmap = try CLI.run(["kinds", "free-energy-heatmap"], in: directory)
        XCTAssertEqual(heatmap.status, 0, heatmap.stderr)
        for key in ["y1", "y2", "beta", "colorRange", "arrows"] { XCTAssertTrue(heatmap.stdout.contains("\n  \(key)\n"), "\(key): \(heatmap.stdout)") }
        XCTAssertTrue(heatmap.stdout.contains("default: [0, 2]"), heatmap.stdout)
        XCTAssertTrue(heatmap.stdout.contains("default: \"inf\""), heatmap.stdout)

        let training = try CLI.run(["kinds", "beta-sweep"], in: directory)
        XCTAssertTrue(training.stdout.contains("needs a \"training\" section"), training.stdout)
    }

    func testAnUnknownKindIsRefusedWithTheClosestOne() throws {
        let result = try CLI.run(["kinds", "heatmap"], in: try CLI.temporaryDirectory(self))
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("unknown kind \"heatmap\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("free-energy-heatmap"), result.stderr)
    }

    func testTheSchemaDefinitionsAreJSONForEveryKind() throws {
        let result = try CLI.run(["kinds", "--schema-definitions"], in: try CLI.temporaryDirectory(self))
        XCTAssertEqual(result.status, 0, result.stderr)
        let defs = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(defs.count, 17)
        let samples = try XCTUnwrap(defs["plot-samples"] as? [String: Any])
        XCTAssertEqual(samples["additionalProperties"] as? Bool, false)
    }
}
