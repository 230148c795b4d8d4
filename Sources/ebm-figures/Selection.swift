import ArgumentParser
import ExperimentSpec

/// The experiments `--only` names (all when none), in the file's order. An unknown id is an error that suggests
/// the closest ids.
func selectExperiments(_ all: [Experiment], only: [String]) throws -> [Experiment] {
    let ids = all.map(\.id)
    let unknown = only.filter { !ids.contains($0) }
    guard unknown.isEmpty else {
        for id in unknown {
            let close = Suggestions.closest(to: id, in: ids)
            let hint = close.isEmpty ? "" : " (did you mean \(close.map { "\"\($0)\"" }.joined(separator: ", "))?)"
            Console.error("unknown experiment id \"\(id)\"\(hint); `ebm-figures list` shows them all")
        }
        throw ExitCode(2)
    }
    return only.isEmpty ? all : all.filter { only.contains($0.id) }
}
