import Foundation
import XCTest
@testable import ExperimentSpec

/// `plot.style`: a few style-sheet keys per experiment, validated like the rest of the file.
final class StyleOverridesTests: XCTestCase {
    private func style(_ json: String) -> String {
        oneExperiment(#""id": "a", "kind": "samples", "plot": {"style": \#(json)}"#)
    }

    func testAValidStyleIsReadAsWritten() {
        let read = experiments(of: style(##"{"fontSize": 14, "lineWidth": 3, "palette": ["#112233", "#445566AA"], "colors": {"data": "#ff0000", "grid": "#00FF0080"}}"##))
        XCTAssertEqual(read.first?.style, StyleOverrides(fontSize: 14, lineWidth: 3, palette: ["#112233", "#445566AA"],
                                                              colors: ["data": "#ff0000", "grid": "#00FF0080"]))
    }

    func testWithoutStyleNothingIsStoredSoTheSpecHashIsUnchanged() throws {
        let read = try XCTUnwrap(experiments(of: oneExperiment(#""id": "a", "kind": "samples""#)).first)
        XCTAssertNil(read.style)
        let encoded = String(decoding: try JSONEncoder().encode(read.resolvedSpec), as: UTF8.self)
        XCTAssertFalse(encoded.contains("style"), encoded)
    }

    func testTheResolvedSpecKeepsTheStyleAndReadsBackAsTheSameExperiment() throws {
        let read = try XCTUnwrap(experiments(of: style(##"{"lineWidth": 3, "colors": {"data": "#ff0000", "edge": "#123456"}}"##)).first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let spec = String(decoding: try encoder.encode(read.resolvedSpec), as: UTF8.self)
        XCTAssertTrue(spec.contains(##""style":{"colors":{"data":"#ff0000","edge":"#123456"},"lineWidth":3}"##), spec)
        let again = experiments(of: #"{"version": 1, "experiments": [\#(spec)]}"#)
        XCTAssertEqual(again.first, read)
    }

    func testUnknownKeysAndRolesAreLocatedWithTheClosestName() {
        let found = issues(of: style(##"{"fontsize": 14, "colors": {"dta": "#ff0000", "foreground": "#000000"}}"##))
        assertIssue(found, at: "experiments[0].plot.style.fontsize", contains: "did you mean \"fontSize\"?")
        assertIssue(found, at: "experiments[0].plot.style.colors.dta", contains: "did you mean \"data\"?")
        XCTAssertEqual(found.count, 2, "\(found)")
    }

    func testBadValuesAreLocated() {
        let found = issues(of: style(##"{"fontSize": 0, "lineWidth": "thick", "palette": ["#12345", "red"], "colors": {"edge": 3}}"##))
        assertIssue(found, at: "experiments[0].plot.style.fontSize", contains: "≥ 4")
        assertIssue(found, at: "experiments[0].plot.style.lineWidth", contains: "must be a number")
        assertIssue(found, at: "experiments[0].plot.style.palette[0]", contains: "#rrggbb")
        assertIssue(found, at: "experiments[0].plot.style.palette[1]", contains: "\"red\"")
        assertIssue(found, at: "experiments[0].plot.style.colors.edge", contains: "must be a colour")
        XCTAssertEqual(found.count, 5, "\(found)")
        assertIssue(issues(of: style(##"{"palette": []}"##)), at: "experiments[0].plot.style.palette", contains: "1…32 items")
        assertIssue(issues(of: style(##""dark""##)), at: "experiments[0].plot.style", contains: "must be an object")
    }

    func testEveryKindAcceptsAStyle() {
        for kind in ExperimentKind.allCases {
            let json = oneExperiment(#""id": "a", "kind": "\#(kind.rawValue)", "plot": {"style": {"fontSize": 12}}"#)
            let found = issues(of: json).filter { $0.path.contains("style") }
            XCTAssertEqual(found, [], kind.rawValue)
        }
    }

    func testTheSchemaListsTheSameStyleKeysAndRoles() throws {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("schema/experiments.schema.json"))
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let style = try XCTUnwrap(defs["style"] as? [String: Any])
        let properties = try XCTUnwrap(style["properties"] as? [String: Any])
        XCTAssertEqual(Set(properties.keys), Set(StyleOverrides.keys))
        let colors = try XCTUnwrap(properties["colors"] as? [String: Any])
        XCTAssertEqual(Set((colors["properties"] as? [String: Any] ?? [:]).keys), Set(StyleOverrides.roleNames))
        XCTAssertEqual(colors["additionalProperties"] as? Bool, false)
    }
}
