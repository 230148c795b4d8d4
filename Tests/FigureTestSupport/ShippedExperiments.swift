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

    private static let builds = Mutex<[String: FigureOutput]>([:])
}
