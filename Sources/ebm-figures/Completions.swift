import ExperimentSpec
import Foundation

/// Shell completion of `--only`: the ids of the experiments file named on the command line being completed
/// (`--experiments FILE` or `--experiments=FILE`, else `experiments.json`). An invalid or missing file completes
/// nothing: completion must never print errors into the user's shell.
@Sendable func experimentIDCompletions(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    var file = "experiments.json"
    for (i, word) in words.enumerated() {
        if word == "--experiments", i + 1 < words.count, i + 1 != index { file = words[i + 1] }
        if word.hasPrefix("--experiments=") { file = String(word.dropFirst("--experiments=".count)) }
    }
    guard let experiments = try? ExperimentFile.load(path: file) else { return [] }
    return experiments.map(\.id).filter { $0.hasPrefix(prefix) }
}

/// The kinds, for completing `list --kind`.
let kindCompletions = ExperimentKind.allCases.map(\.rawValue)
