import ExperimentSpec
import Foundation

/// Files in the figures directory that no experiment produces (left over from removed experiments).
public enum Prune {
    public static func strays(in directory: String, experiments: [Experiment]) -> [String] {
        let ids = Set(experiments.map(\.id))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            guard !name.hasPrefix("."), name != "README.md" else { return false }
            let ext = (name as NSString).pathExtension
            guard ["png", "svg", "pdf", "json"].contains(ext) else { return false }
            var stem = (name as NSString).deletingPathExtension
            if let r = stem.range(of: "-frame", options: .backwards) { stem = String(stem[..<r.lowerBound]) }
            guard let e = experiments.first(where: { $0.id == stem }) else { return !ids.contains(stem) }
            return !(e.formats + ["json"]).contains(ext) && !name.contains("-frame")
        }.sorted()
    }
}
