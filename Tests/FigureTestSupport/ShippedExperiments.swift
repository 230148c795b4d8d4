import ExperimentSpec
import FigureCatalogue
import Foundation
import Synchronization

/// The shipped experiments file, located from this source file, and its figures built once per test process:
/// the builders are deterministic, so every test that looks at a shipped figure can share one build.
package enum Shipped {
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    package static let experiments: [Experiment] = try! ExperimentFile.load(path: root.appendingPathComponent("experiments.json").path)

    package static func experiment(_ id: String) -> Experiment {
        guard let e = experiments.first(where: { $0.id == id }) else { fatalError("experiments.json has no \(id)") }
        return e
    }

    /// `Catalogue.build` of the shipped experiment `id` (no model cache), built on first use and then remembered.
    package static func build(_ id: String) throws -> FigureOutput {
        if let output = builds.withLock({ $0[id] }) { return output }
        let output = try Catalogue.build(experiment(id))
        builds.withLock { $0[id] = output }
        return output
    }

    package static func data(_ id: String) throws -> [String: SidecarValue] {
        try build(id).data
    }

    /// `experiment` with its horn trainings cut short (at most 200 samples, 2 epochs): the same kind of figure, with
    /// the same labels and sidecar fields, for tests of layout and shape rather than of trained numbers (a debug
    /// build spends seconds on each full horn training).
    package static func shortened(_ experiment: Experiment) -> Experiment {
        guard experiment.kind == .hornGeneralisation || experiment.kind == .hornManifold else { return experiment }
        var short = experiment
        short.data.count = min(short.data.count, 200)
        if let epochs = short.training?.epochs { short.training?.epochs = min(epochs, 2) }
        return short
    }

    /// `Catalogue.build` of the shipped experiment `id` `shortened`, built on first use and then remembered.
    package static func shortBuild(_ id: String) throws -> FigureOutput {
        let short = shortened(experiment(id))
        guard short != experiment(id) else { return try build(id) }
        if let output = shortBuilds.withLock({ $0[id] }) { return output }
        let output = try Catalogue.build(short)
        shortBuilds.withLock { $0[id] = output }
        return output
    }

    private static let builds = Mutex<[String: FigureOutput]>([:])
    private static let shortBuilds = Mutex<[String: FigureOutput]>([:])
}
