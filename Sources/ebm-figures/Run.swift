import ArgumentParser
import ExperimentSpec
import FigurePipeline
import Foundation

/// `ebm-figures run`: validate, then render every (or the chosen) experiment.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render experiments into the output directory (incremental, parallel).",
        discussion: """
        A run writes, replaces and prunes only files it can prove it wrote: outputs named after the experiments \
        (ID.png, ID.svg, ID.pdf, ID.json, ID-frameN.png), the gallery README.md, and the files listed in the \
        directory's .ebm-figures-manifest.json. It refuses an output directory holding other files unless --force \
        is given, and never replaces or prunes them even then. Runs on one output or cache directory take turns.
        """
    )

    @OptionGroup var spec: SpecOptions

    @Option(name: .customLong("only"), help: ArgumentHelp("Render only this experiment id (repeatable).", valueName: "id"),
            completion: .custom(experimentIDCompletions))
    var only: [String] = []

    @Option(name: .long, help: "The output directory.")
    var out: String = "figures"

    @Option(name: .long, help: "The cache directory (safe to delete).")
    var cache: String = ".cache/ebm-figures"

    @Option(name: .long, parsing: .unconditional, help: "Experiments run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Re-render even when the cache says the outputs are current, and write into an output directory that holds files ebm-figures did not write (they are never replaced or pruned).")
    var force = false

    @Flag(name: .long, help: "Delete files ebm-figures wrote into the output directory that no experiment produces any more.")
    var prune = false

    @Flag(name: .shortAndLong, help: "Print only errors and the summary (no progress line).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also list up-to-date experiments, and the time of every stage of every experiment.")
    var verbose = false

    @Flag(name: .customLong("dry-run"), help: "Print what would re-render and why (like `status`), and write nothing.")
    var dryRun = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard !out.isEmpty else { throw ValidationError("--out must not be empty") }
        guard !cache.isEmpty else { throw ValidationError("--cache must not be empty") }
    }

    func run() throws {
        let all = try loadExperiments(spec.experiments)
        let selected = try selectExperiments(all, only: only)
        if dryRun {
            printFreshness(selected, layout: OutputLayout(figuresDirectory: out, cacheDirectory: cache), force: force)
            return
        }
        let session: OutputSession
        do {
            session = try OutputSession(out: out, cache: cache, experiments: all, experimentsFile: spec.experiments, force: force) { directory in
                Console.line("waiting for another run on \(directory) to finish…")
            }
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(2)
        }
        for warning in session.warnings { Console.warning(warning) }
        let start = Date()
        // Only the live line needs the count of experiments to render; an estimate (outputs present, not re-hashed)
        // keeps a no-op run from reading every file twice.
        let terminal = Terminal.detect()
        let toRender = terminal.isInteractive && !quiet
            ? selected.filter { !Freshness.of($0, layout: session.layout, force: force, digests: false).isCurrent }.count : 0
        let display = ProgressDisplay(terminal: terminal, toRender: toRender, quiet: quiet, verbose: verbose)
        display.begin()
        let options = RunOptions(jobs: jobs, force: force, useCache: session.useCache, activity: { id, stage in display.stage(id, stage) })
        let reports = Runner.run(selected, layout: session.layout, options: options) { report in display.finished(report) }
        display.end()
        let outcome = session.finish(reports, prune: prune)
        for warning in outcome.warnings { Console.warning(warning) }
        for note in outcome.notes { Console.line("note: " + note) }
        if !outcome.pruned.isEmpty {
            Console.line("pruned \(outcome.pruned.count) file\(outcome.pruned.count == 1 ? "" : "s") no experiment produces: \(outcome.pruned.joined(separator: ", "))")
        }
        for error in outcome.errors { Console.error(error) }
        let failed = reports.filter { if case .failed = $0.status { return true } else { return false } }
        let rendered = reports.filter { $0.status == .rendered }.count
        Console.line(String(format: "%d rendered, %d up to date, %d failed in %.2f s", rendered,
                            reports.count - rendered - failed.count, failed.count, Date().timeIntervalSince(start))
                     + (rendered == 0 && failed.isEmpty ? " (nothing to do)" : ""))
        if !failed.isEmpty || !outcome.errors.isEmpty { throw ExitCode(1) }
    }
}

/// Loads and validates an experiments file, printing every problem and exiting with status 2 when invalid.
func loadExperiments(_ path: String) throws -> [Experiment] {
    do {
        return try ExperimentFile.load(path: path)
    } catch let error as SpecError {
        Console.error(error.description)
        throw ExitCode(2)
    }
}
