import ArgumentParser
import ExperimentSpec
import FigurePipeline
import Foundation

/// `ebm-figures status`: which experiments are up to date, and why the others would re-render.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which experiments are up to date and why the others would re-render (writes nothing).",
        discussion: """
        For each experiment: "up to date", or "render" with the reasons — spec changed (the keys of the resolved \
        spec that differ from the last render), data file changed, program changed (another build), output missing \
        or edited, never rendered. `ebm-figures run --dry-run` prints the same for the experiments a run would take.
        """
    )

    @OptionGroup var spec: SpecOptions

    @Option(name: .customLong("only"), help: ArgumentHelp("Only this experiment id (repeatable).", valueName: "id"),
            completion: .custom(experimentIDCompletions))
    var only: [String] = []

    @Option(name: .long, help: "The output directory.")
    var out: String = "figures"

    @Option(name: .long, help: "The cache directory.")
    var cache: String = ".cache/ebm-figures"

    func run() throws {
        let selected = try selectExperiments(try loadExperiments(spec.experiments), only: only)
        printFreshness(selected, layout: OutputLayout(figuresDirectory: out, cacheDirectory: cache), force: false)
    }
}

/// One line per experiment and a count: what `status` and `run --dry-run` print.
func printFreshness(_ experiments: [Experiment], layout: OutputLayout, force: Bool) {
    let terminal = Terminal.detect()
    let list = experiments.map { Freshness.of($0, layout: layout, force: force) }
    let width = min(40, list.map(\.id.count).max() ?? 0)
    for item in list {
        let id = item.id.padding(toLength: max(width, item.id.count), withPad: " ", startingAt: 0)
        if item.isCurrent {
            Console.line(terminal.paint("up to date", .dim) + "  " + item.id)
        } else {
            Console.line(terminal.paint("render    ", .yellow) + "  " + id + "  " + item.reasons.map(\.description).joined(separator: "; "))
        }
    }
    let stale = list.filter { !$0.isCurrent }.count
    Console.line("\(list.count - stale) up to date, \(stale) to render")
}
