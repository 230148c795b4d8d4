import ExperimentSpec
import Foundation

/// Files in the figures directory that no experiment produces (left over from removed experiments or frames):
/// the exact difference between what is there and what `OutputLayout` says the experiments write.
public enum Prune {
    public static func strays(in directory: String, experiments: [Experiment]) -> [String] {
        let layout = OutputLayout(figuresDirectory: directory, cacheDirectory: "")
        let expected = Set(experiments.flatMap { layout.outputNames($0) })
        let ids = experiments.map { $0.id + "." }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            guard !name.hasPrefix("."), name != "README.md", !expected.contains(name) else { return false }
            // A sidecar's .npy arrays (`ID.KEY.npy`, docs/sidecars.md) belong to their experiment while it exists.
            if (name as NSString).pathExtension == "npy" { return !ids.contains { name.hasPrefix($0) } }
            return ["png", "svg", "pdf", "json"].contains((name as NSString).pathExtension)
        }.sorted()
    }
}
