import Foundation
import XCTest
@testable import ExperimentSpec

/// schema/experiments.schema.json lists the same kinds and the same keys as the reader reads.
/// (Whether both reject the same files is checked end to end by CLITests.SchemaAgreementTests.)
final class SchemaConsistencyTests: XCTestCase {
    private func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("schema/experiments.schema.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func definition(_ name: String) throws -> [String: Any] {
        let defs = try XCTUnwrap(schema()["$defs"] as? [String: Any])
        return try XCTUnwrap(defs[name] as? [String: Any], "schema has no $defs/\(name)")
    }

    private func propertyNames(_ definition: [String: Any]) -> Set<String> {
        Set((definition["properties"] as? [String: Any] ?? [:]).keys)
    }

    /// The keys the reader accepts in an object: those it reads from an empty one.
    private func keysRead(_ read: (ObjectReader) -> Void) throws -> Set<String> {
        let reader = try XCTUnwrap(ObjectReader(.object([]), path: "", log: IssueLog()))
        read(reader)
        return Set(reader.used)
    }

    func testKindsMatch() throws {
        let experiment = try definition("experiment")
        let kind = try XCTUnwrap((experiment["properties"] as? [String: Any])?["kind"] as? [String: Any])
        XCTAssertEqual(kind["enum"] as? [String], ExperimentKind.allCases.map(\.rawValue))
    }

    func testEveryKindsPlotKeysMatch() throws {
        for kind in ExperimentKind.allCases {
            let read = try keysRead { reader in
                let context = ResolutionContext(log: IssueLog(), path: "plot", data: DataSpec(source: .lecture, count: 24, seed: 0, noise: 0),
                                                training: nil)
                // `style` is read for every kind before the kind's own keys (as ExperimentReader does).
                _ = StyleOverridesReader.read(reader)
                _ = PlotParameters.read(kind, reader, context: context)
            }
            XCTAssertEqual(propertyNames(try definition("plot-\(kind.rawValue)")), read, kind.rawValue)
            XCTAssertEqual(try definition("plot-\(kind.rawValue)")["additionalProperties"] as? Bool, false, kind.rawValue)
        }
    }

    func testExperimentAndSectionKeysMatch() throws {
        for kind in ExperimentKind.allCases {
            let read = try keysRead { reader in _ = ExperimentReader(reader).read() }
            XCTAssertEqual(propertyNames(try definition("experiment")), read, kind.rawValue)
        }
        let sections = ["model": #"{"id": "a", "kind": "samples", "model": {}}"#,
                        "data": #"{"id": "a", "kind": "samples", "data": {}}"#,
                        "training": #"{"id": "a", "kind": "beta-sweep", "training": {}}"#]
        for (name, json) in sections {
            let log = IssueLog()
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
            guard case let .object(members) = value else { return XCTFail() }
            // Give the section every key the schema allows: the reader must know them all.
            let allowed = propertyNames(try definition(name))
            let filled = members.map { key, value in
                key == name ? (key, JSONValue.object(allowed.sorted().map { ($0, JSONValue.null) })) : (key, value)
            }
            _ = ExperimentReader(try XCTUnwrap(ObjectReader(.object(filled), path: "", log: log))).read()
            XCTAssertFalse(log.issues.contains { $0.message.contains("unknown key") }, "\(name): \(log.issues)")
        }
        XCTAssertEqual(propertyNames(try schema()), ["$schema", "version", "budget", "defaults", "experiments"])
        // `defaults` takes every experiment key but the id.
        var experimentKeys = propertyNames(try definition("experiment"))
        experimentKeys.remove("id")
        XCTAssertEqual(propertyNames(try definition("defaults")), experimentKeys)
    }
}
