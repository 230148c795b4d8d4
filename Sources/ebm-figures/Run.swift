import ArgumentParser
import ExperimentSpec
import Figures
import Foundation

/// `ebm-figures run`: validate, then render every (or the chosen) experiment.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render experiments into the output directory (incremental, parallel).")

    @OptionGroup var spec: SpecOptions

    @Option(name: .customLong("only"), help: ArgumentHelp("Render only this experiment id (repeatable).", valueName: "id"),
            completion: .custom(experimentIDCompletions))
    var only: [String] = []

    @Option(name: .long, help: "The output directory.")
    var out: String = "figures"

    @Option(name: .long, help: "The cache directory (safe to delete).")
    var cache: String = ".cache/ebm-figures"

    @Option(name: .long, help: "Experiments run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Re-render even when the cache says the outputs are current.")
    var force = false

    @Flag(name: .long, help: "Delete outputs in the output directory that no experiment produces.")
    var prune = false

    @Flag(name: .shortAndLong, help: "Print only errors and the summary (no progress line).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also list up-to-date experiments, and the time of every stage of every experiment.")
    var verbose = false

    @Flag(name: .customLong("dry-run"), help: "Print what would re-render and why (like `status`), and write nothing.")
    var dryRun = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    }

    func run() throws {
        let all = try loadExperiments(spec.experiments)
        let selected = try selectExperiments(all, only: only)
        let layout = OutputLayout(figuresDirectory: out, cacheDirectory: cache)
        if dryRun {
            printFreshness(selected, layout: layout, force: force)
            return
        }
        do {
            try AtomicFile.prepareDirectory(out)
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(2)
        }
        // A killed run leaves hidden temporaries; the files it replaced are intact (writes are renames).
        AtomicFile.removeStaleTemporaries(in: out)
        AtomicFile.removeStaleTemporaries(in: cache)
        let start = Date()
        // Only the live line needs the count of experiments to render; an estimate (outputs present, not re-hashed)
        // keeps a no-op run from reading every file twice.
        let terminal = Terminal.detect()
        let toRender = terminal.isInteractive && !quiet
            ? selected.filter { !Freshness.of($0, layout: layout, force: force, digests: false).isCurrent }.count : 0
        let display = ProgressDisplay(terminal: terminal, toRender: toRender, quiet: quiet, verbose: verbose)
        display.begin()
        let options = RunOptions(jobs: jobs, force: force, activity: { id, stage in display.stage(id, stage) })
        let reports = Runner.run(selected, layout: layout, options: options) { report in display.finished(report) }
        display.end()
        do {
            try AtomicFile.write([(layout.gallery, Array(Gallery.markdown(all).utf8))])
        } catch {
            Console.error(String(describing: error))
        }
        let stale = Prune.strays(in: out, experiments: all)
        if !stale.isEmpty {
            if prune {
                for name in stale { try? FileManager.default.removeItem(atPath: out + "/" + name) }
                Console.line("pruned \(stale.count) file\(stale.count == 1 ? "" : "s") no experiment produces: \(stale.joined(separator: ", "))")
            } else {
                Console.line("note: \(stale.count) file\(stale.count == 1 ? "" : "s") in \(out)/ no experiment produces (remove with --prune): \(stale.joined(separator: ", "))")
            }
        }
        let failed = reports.filter { if case .failed = $0.status { return true } else { return false } }
        let rendered = reports.filter { $0.status == .rendered }.count
        Console.line(String(format: "%d rendered, %d up to date, %d failed in %.2f s", rendered,
                            reports.count - rendered - failed.count, failed.count, Date().timeIntervalSince(start))
                     + (rendered == 0 && failed.isEmpty ? " (nothing to do)" : ""))
        if !failed.isEmpty { throw ExitCode(1) }
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
