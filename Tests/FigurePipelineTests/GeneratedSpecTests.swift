import ExperimentSpec
import Foundation
import XCTest
@testable import FigurePipeline
@testable import FigureCatalogue

/// "Validates" means "runs": random valid experiments of every kind (`SpecGenerator`) validate, and then each one
/// builds and renders in every format it asks for without an error; and each one's resolved spec, read back as an
/// experiments file, is the same experiment. A spec that fails at run time is a failure of validation (it let the
/// spec through) or of the builder. The sample runs in `make test`; the full set of 510 with `make test-slow`.
enum GeneratedSpecRun {
    static func check(count: Int, seed: UInt64, file: StaticString = #filePath, line: UInt = #line) throws {
        var generator = SpecGenerator(seed: seed)
        let items = generator.experiments(count)
        let experiments: [Experiment]
        var failures: [String] = []
        do {
            // Data files sit beside the experiments file, as in a project.
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ebm-generated-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            for (name, text) in generator.dataFiles { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
            experiments = try ExperimentFile.parse(SpecGenerator.file(items), file: directory.appendingPathComponent("generated.json").path)
            for (experiment, item) in zip(experiments, items) where experiment.data.source == .file {
                // The resolved spec names the file as written: read beside the same files, it is the same experiment.
                let again = try? ExperimentFile.parse(SpecGenerator.file([experiment.resolvedSpec]), file: directory.appendingPathComponent("resolved.json").path)
                if again != [experiment] { failures.append("\(experiment.id): its resolved spec reads back as another experiment\n  \(item)") }
            }
        } catch let error as SpecError {
            return XCTFail("generated specs do not validate:\n\(error.issues.prefix(20).map { "\($0.path): \($0.message)" }.joined(separator: "\n"))",
                           file: file, line: line)
        }
        XCTAssertEqual(experiments.count, count, file: file, line: line)
        for (experiment, item) in zip(experiments, items) {
            let json = String(decoding: try JSONEncoder().encode(item), as: UTF8.self)
            do {
                let output = try Catalogue.build(experiment)
                _ = try Runner.render(output, experiment: experiment, hash: "0", layout: OutputLayout(figuresDirectory: "/nonexistent", cacheDirectory: ""),
                                      lap: { _ in })
            } catch {
                failures.append("\(experiment.id): \(error)\n  \(json)")
            }
            let again = try? ExperimentFile.parse(SpecGenerator.file([experiment.resolvedSpec]), file: "resolved.json")
            if experiment.data.source != .file, again != [experiment] { failures.append("\(experiment.id): its resolved spec reads back as another experiment\n  \(json)") }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) of \(count) generated specs failed:\n" + failures.prefix(10).joined(separator: "\n"),
                      file: file, line: line)
        // Every key every kind declares was written at least once.
        if count >= 10 * ExperimentKind.allCases.count {
            for kind in ExperimentKind.allCases {
                let missing = Set(kind.keys.map(\.name) + ["style"]).subtracting(generator.written[kind] ?? [])
                XCTAssertTrue(missing.isEmpty, "\(kind.rawValue): keys never generated: \(missing.sorted())", file: file, line: line)
            }
            let common: Set<String> = ["title", "caption", "size", "dpi", "formats", "theme", "svgText", "model.w", "model.latents", "model.seed",
                                       "data.source", "data.count", "data.seed", "data.noise", "data.path", "data.points",
                                       "training.optimizer", "training.learningRate", "training.momentum", "training.batchSize", "training.epochs",
                                       "training.order", "training.seed", "training.beta", "training.loss", "training.margin"]
            XCTAssertEqual(common.subtracting(generator.writtenCommon), [], "keys never generated", file: file, line: line)
        }
    }
}

final class GeneratedSpecSampleTests: XCTestCase {
    func testASampleOfGeneratedSpecsValidatesRunsAndRoundTrips() throws {
        try GeneratedSpecRun.check(count: 34, seed: 13)
    }
}

/// The full set: `make test-slow` (EBM_SLOW_TESTS=1).
final class GeneratedSpecSlowTests: XCTestCase {
    func testFiveHundredGeneratedSpecsValidateRunAndRoundTrip() throws {
        try XCTSkipIf(ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] == nil, "set EBM_SLOW_TESTS=1 (make test-slow) for the 510 generated specs")
        try GeneratedSpecRun.check(count: 510, seed: 2026)
    }
}
