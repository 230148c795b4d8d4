import ArgumentParser
import ExperimentSpec
import FigurePipeline

/// `ebm-figures list`: ids, kinds and outputs of every experiment.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the experiments: id, kind and output files.")
    @OptionGroup var spec: SpecOptions

    @Option(name: .long, help: ArgumentHelp("Only the experiments of this kind (repeatable).", valueName: "kind"),
            completion: .list(kindCompletions))
    var kind: [String] = []

    func validate() throws {
        for name in kind where ExperimentKind(rawValue: name) == nil {
            let close = Suggestions.closest(to: name, in: kindCompletions)
            throw ValidationError("unknown kind \"\(name)\"" + (close.isEmpty ? "" : " (did you mean \(close.map { "\"\($0)\"" }.joined(separator: ", "))?)")
                                  + "; the kinds: \(kindCompletions.joined(separator: ", "))")
        }
    }

    func run() throws {
        let experiments = try loadExperiments(spec.experiments).filter { kind.isEmpty || kind.contains($0.kind.rawValue) }
        let layout = OutputLayout(figuresDirectory: "figures", cacheDirectory: "")
        let width = experiments.map(\.id.count).max() ?? 0
        for e in experiments {
            let pad = String(repeating: " ", count: width - e.id.count)
            Console.line("\(e.id)\(pad)  \(e.kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0))  \(layout.outputNames(e).joined(separator: " "))")
        }
    }
}

/// `ebm-figures validate`: check the experiments file and report every problem (exit status 2 when invalid).
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the experiments file; report every problem with its JSON path.")
    @OptionGroup var spec: SpecOptions

    func run() throws {
        let experiments = try loadExperiments(spec.experiments)
        Console.line("\(spec.experiments): \(experiments.count) experiment\(experiments.count == 1 ? "" : "s"), valid")
    }
}
