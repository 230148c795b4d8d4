import ArgumentParser
import FigurePipeline
import FigureReviewing
import Foundation

/// `ebm-figures check`: fails when the figures directory is not byte-identical to a fresh regeneration.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that the figures directory is exactly what a fresh regeneration writes (exit 1 when stale).",
        discussion: """
        Regenerates every experiment into a scratch directory and compares every file of the figures directory, the \
        gallery README.md included, byte by byte. Names stale files (bytes differ), missing ones (regeneration writes them, \
        the directory lacks them) and extra ones (no experiment produces them). Exit status 0 when identical, 1 when not, \
        2 on an error.
        """
    )

    @OptionGroup var spec: SpecOptions

    @Option(name: .long, help: "The figures directory to check.")
    var figures: String = "figures"

    @Option(name: .long, parsing: .unconditional, help: "Experiments rendered at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard !figures.isEmpty else { throw ValidationError("--figures must not be empty") }
    }

    func run() throws {
        let experiments = try loadExperiments(spec.experiments)
        let check: FreshnessCheck
        do {
            let committed = try FigureFiles.directory(figures)
            check = FreshnessCheck.compare(committed: committed, fresh: try regenerateInScratch(experiments, jobs: jobs))
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(2)
        }
        guard !check.isFresh else {
            Console.line("\(figures)/: all \(check.identicalCount) files are identical to a fresh regeneration")
            return
        }
        for name in check.stale { Console.error("\(figures)/\(name): stale (differs from a fresh regeneration)") }
        for name in check.missing { Console.error("\(figures)/\(name): missing (the experiments produce it)") }
        for name in check.extra { Console.error("\(figures)/\(name): extra (no experiment produces it)") }
        Console.error("\(figures)/ is not up to date: \(check.stale.count) stale, \(check.missing.count) missing, \(check.extra.count) extra; "
                      + "run `make figures` (and remove extra files with `ebm-figures run --prune`), then commit \(figures)/")
        throw ExitCode(1)
    }
}
