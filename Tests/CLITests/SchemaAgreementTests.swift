import Foundation
import XCTest

/// schema/experiments.schema.json and the program agree: the shipped file and every example validate against the
/// schema, and every bad config of the corpus is rejected by both, except the rules docs/experiments.md lists as
/// beyond a JSON Schema (which the schema must then accept, so that the list stays true).
///
/// The schema is checked with Python's `jsonschema` (Draft 2020-12), behind a strict JSON parser like the program's.
final class SchemaAgreementTests: XCTestCase {
    /// Prints `valid` or `invalid<TAB>reason` per file named on the command line.
    private static let checker = #"""
    import json, math, sys
    try:
        import jsonschema
    except ImportError:
        print("MISSING-JSONSCHEMA"); sys.exit(0)
    def constant(name): raise ValueError(name + " is not JSON")
    def number(text):
        value = float(text)
        if not math.isfinite(value): raise ValueError(text + " is not finite")
        return value
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sys.argv[2:]:
        try:
            document = json.loads(open(path, encoding="utf-8").read(), parse_constant=constant, parse_float=number)
        except ValueError as error:
            print("invalid\tparse: " + str(error).replace("\n", " ")); continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        print("valid" if not errors else "invalid\t" + "; ".join(
            "/".join(map(str, e.absolute_path)) + ": " + e.message.replace("\n", " ")[:160] for e in errors[:3]))
    """#

    /// The schema's verdict on each file, in order.
    private func schemaVerdicts(_ files: [URL]) throws -> [(valid: Bool, reason: String)] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.checker, CLI.packageRoot.appendingPathComponent("schema/experiments.schema.json").path] + files.map(\.path)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw XCTSkip("python3 is not available: \(error)") }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if output.hasPrefix("MISSING-JSONSCHEMA") {
            XCTFail("Python's jsonschema is missing: run `python3 -m pip install jsonschema` (make setup installs it)")
            return []
        }
        XCTAssertEqual(process.terminationStatus, 0, "the schema checker failed (is the schema itself valid?):\n\(errors)")
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, files.count, "checker output:\n\(output)\n\(errors)")
        return lines.map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts[0] == "valid", parts.count > 1 ? parts[1] : "")
        }
    }

    func testShippedFileAndExamplesValidateAgainstTheSchema() throws {
        let examples = CLI.packageRoot.appendingPathComponent("examples")
        let files = [CLI.packageRoot.appendingPathComponent("experiments.json")]
            + (try FileManager.default.contentsOfDirectory(atPath: examples.path)).filter { $0.hasSuffix(".json") }.sorted()
                .map { examples.appendingPathComponent($0) }
        let verdicts = try schemaVerdicts(files)
        let directory = try CLI.temporaryDirectory(self)
        for (file, verdict) in zip(files, verdicts) {
            XCTAssertTrue(verdict.valid, "schema rejects \(file.lastPathComponent): \(verdict.reason)")
            let result = try CLI.run(["validate", "--experiments", file.path], in: directory)
            XCTAssertEqual(result.status, 0, "ebm-figures rejects \(file.lastPathComponent): \(result.stderr)")
        }
    }

    func testSchemaRejectsTheCorpusWhereItCanExpressTheRule() throws {
        let directory = try CLI.temporaryDirectory(self)
        let files = try badConfigs.enumerated().map { index, config in
            let url = directory.appendingPathComponent("bad\(index).json")
            try Data(config.json.utf8).write(to: url)
            return url
        }
        let verdicts = try schemaVerdicts(files)
        for (config, verdict) in zip(badConfigs, verdicts) {
            switch config.schema {
            case .rejects:
                XCTAssertFalse(verdict.valid, "the schema accepts \"\(config.name)\", which the program rejects with \(config.expectedLine)")
            case .cannotExpress:
                XCTAssertTrue(verdict.valid, "\"\(config.name)\" is listed as beyond the schema, but the schema rejects it: \(verdict.reason)")
            }
        }
    }
}
