import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// Every sidecar the program writes validates against schema/sidecar.schema.json (checked by Python's `jsonschema`,
/// Draft 2020-12), and docs/sidecars.md names every field the schema lists: the shipped experiments, plus specs that
/// reach the optional fields (inference, shuffled order, contrastive losses, no inset, no arrows, large arrays).
final class SidecarSchemaTests: XCTestCase {
    private static let variants = #"""
    {"version": 1, "experiments": [
      {"id": "v-samples-y", "kind": "samples", "plot": {"yPrime": 3}},
      {"id": "v-local", "kind": "samples", "plot": {"yPrime": [0, 0.1], "zTilde": 4.5, "inference": true}},
      {"id": "v-cross", "kind": "cross-section", "plot": {"trained": true}, "training": {"loss": "hinge", "order": "shuffled", "epochs": 2}},
      {"id": "v-curves", "kind": "training-curves", "training": {"loss": "log", "order": "shuffled", "epochs": 2, "batchSize": 5}},
      {"id": "v-weights", "kind": "softargmin-weights", "plot": {"inset": false, "beta": 5000}},
      {"id": "v-heatmap", "kind": "free-energy-heatmap", "plot": {"y1": [-3, 3, 0.02], "y2": [-2, 2, 0.02]}},
      {"id": "v-no-arrows", "kind": "free-energy-heatmap", "plot": {"arrows": false}},
      {"id": "v-horn", "kind": "horn-manifold", "data": {"source": "horn", "count": 40}, "plot": {"trained": true},
       "training": {"optimizer": "adam", "learningRate": 0.03, "order": "shuffled"}}
    ]}
    """#

    private static let checker = #"""
    import json, re, sys
    try:
        import jsonschema
    except ImportError:
        print("MISSING-JSONSCHEMA"); sys.exit(0)
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    docs = open(sys.argv[2], encoding="utf-8").read()
    # Every field of every kind is documented in the kind's section of docs/sidecars.md.
    for rule in schema["allOf"]:
        kind = rule["if"]["properties"]["kind"]["const"]
        section = docs.split("### `" + kind + "`")
        if len(section) < 2: print("undocumented kind " + kind); continue
        text = section[1].split("\n### ")[0]
        for field in rule["then"]["properties"]["data"]["properties"]:
            if "`" + field + "`" not in text: print("undocumented field " + kind + "." + field)
    for path in sys.argv[3:]:
        document = json.load(open(path, encoding="utf-8"))
        for error in list(validator.iter_errors(document))[:3]:
            print("invalid " + path + ": " + "/".join(map(str, error.absolute_path)) + ": " + error.message[:200])
    print("DONE")
    """#

    override func setUpWithError() throws {
        try XCTSkipIf(ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] == nil,
                      "set EBM_SLOW_TESTS=1 (make test-slow) to validate every sidecar against the schema")
    }

    func testEveryWrittenSidecarMatchesTheSchemaAndTheDocs() throws {
        let root = Shipped.root
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sidecars-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let layout = OutputLayout(figuresDirectory: directory.path, cacheDirectory: directory.appendingPathComponent("cache").path)
        let variants = try ExperimentFile.parse(Data(Self.variants.utf8), file: "variants.json")
        var sidecars: [String] = []
        var npyFiles = 0
        for (k, full) in (Shipped.experiments + variants).enumerated() {
            // The horn trainings run shorter here (`Shipped.shortened`): the sidecar has the same fields, and a debug
            // build would spend most of the test training the four generalisation models. A shipped experiment's
            // figure is the one the other tests of this process built.
            var experiment = Shipped.shortened(full)
            var output = try k < Shipped.experiments.count ? Shipped.shortBuild(full.id) : Catalogue.build(experiment)
            // Only the sidecar and its arrays are checked here: no image is encoded.
            experiment.formats = []
            output.frames = []
            let files = try Runner.render(output, experiment: experiment, hash: SpecHash.provenance(of: experiment), layout: layout) { _ in }.files
            for file in files {
                try Data(file.bytes).write(to: URL(fileURLWithPath: file.path))
                if file.path.hasSuffix(".npy") { npyFiles += 1 }
            }
            sidecars.append(layout.sidecar(experiment.id))
        }
        XCTAssertGreaterThanOrEqual(npyFiles, 1, "the large heatmap writes its gradient field to .npy")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.checker, root.appendingPathComponent("schema/sidecar.schema.json").path,
                             root.appendingPathComponent("docs/sidecars.md").path] + sidecars
        let out = Pipe()
        process.standardOutput = out
        do { try process.run() } catch { throw XCTSkip("python3 is not available: \(error)") }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if output.hasPrefix("MISSING-JSONSCHEMA") {
            return XCTFail("Python's jsonschema is missing: run `make setup-test`")
        }
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(output, "DONE\n")
    }
}
