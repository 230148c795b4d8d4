import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigurePipeline
@testable import FigureCatalogue

/// The resolved spec round-trips: each sidecar's `spec` is the experiment as the user would write it, so gathering
/// the specs into an experiments file and running it gives byte-identical figures (and the same experiments).
enum RoundTrip {
    /// Every file an experiment writes, rendered in memory (the runner's own rendering, minus the disk).
    static func files(_ experiment: Experiment) throws -> [(name: String, bytes: [UInt8])] {
        let layout = OutputLayout(figuresDirectory: "out", cacheDirectory: "")
        return try Runner.render(try Catalogue.build(experiment), experiment: experiment, hash: SpecHash.provenance(of: experiment),
                                 layout: layout, lap: { _ in }).files.map { ((($0.path as NSString).lastPathComponent), $0.bytes) }
    }

    /// The `spec` of a sidecar's bytes.
    static func spec(ofSidecar bytes: [UInt8]) throws -> JSONValue {
        let sidecar = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        guard case let .object(members) = sidecar, let spec = members.first(where: { $0.0 == "spec" })?.1 else {
            throw BuildError("the sidecar has no spec")
        }
        return spec
    }

    /// Gathers `specs` into one experiments file (read as if it were `file`, for relative data paths).
    static func experiments(_ specs: [JSONValue], asFile file: String) throws -> [Experiment] {
        let root = JSONValue.object([("experiments", .array(specs)), ("version", .number(1))])
        return try ExperimentFile.parse(try JSONEncoder().encode(root), file: file)
    }

    /// Renders `experiments`, gathers their sidecars' specs, renders those, and compares every byte.
    static func check(_ experiments: [Experiment], file: String, line: UInt = #line) throws {
        var firstRun: [[(name: String, bytes: [UInt8])]] = []
        var specs: [JSONValue] = []
        for experiment in experiments {
            let files = try Self.files(experiment)
            firstRun.append(files)
            let sidecar = try XCTUnwrap(files.first { $0.name == experiment.id + ".json" })
            specs.append(try spec(ofSidecar: sidecar.bytes))
        }
        let again = try Self.experiments(specs, asFile: file)
        XCTAssertEqual(again, experiments, "the gathered specs read back as other experiments", line: line)
        for (experiment, before) in zip(again, firstRun) {
            let after = try Self.files(experiment)
            XCTAssertEqual(after.map(\.name), before.map(\.name), experiment.id, line: line)
            for (a, b) in zip(after, before) {
                XCTAssertTrue(a.bytes == b.bytes, "\(a.name) differs when rendered from its sidecar's spec", line: line)
            }
        }
    }
}

final class ResolvedSpecRoundTripTests: XCTestCase {
    /// A few cheap shipped figures, end to end in memory.
    func testSidecarSpecsRenderTheSameBytes() throws {
        let ids = ["15-1-fig02-samples", "15-1-fig07-free-energy-y23", "15-1-fig09-five-points", "15-2-fig05-weights-origin",
                   "15-1-fig01-horn"]
        try RoundTrip.check(ids.map(Shipped.experiment), file: Shipped.root.appendingPathComponent("experiments.json").path)
    }

    /// The sidecar spec is the file's vocabulary: only the kind's keys, no internal names, defaults filled in.
    func testTheSpecHoldsOnlyTheKindsKeysWithEveryDefault() throws {
        let json = #"{"version": 1, "experiments": [{"id": "a", "kind": "samples", "plot": {"inference": true}}]}"#
        let e = try XCTUnwrap(try ExperimentFile.parse(Data(json.utf8), file: "f.json").first)
        guard case let .object(members) = e.resolvedSpec, case let .object(plot)? = members.first(where: { $0.0 == "plot" })?.1 else {
            return XCTFail("\(e.resolvedSpec)")
        }
        XCTAssertEqual(members.map(\.0), ["caption", "data", "dpi", "formats", "id", "kind", "model", "plot", "size", "svgText", "theme", "title"])
        XCTAssertEqual(plot.map(\.0), ["inference", "legend", "legendClear", "margins", "yPrime", "zTilde"])
        XCTAssertEqual(plot.first { $0.0 == "yPrime" }?.1, .number(23), "the default y′ with inference, resolved")
        XCTAssertEqual(plot.first { $0.0 == "legend" }?.1, .string("lower center"))
    }
}
