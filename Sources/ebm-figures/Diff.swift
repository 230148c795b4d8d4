import ArgumentParser
import ExperimentSpec
import FigurePipeline
import FigureReviewing
import Foundation

/// `ebm-figures diff`: what a change did to every figure, in pictures and numbers.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the working tree's figures, regenerated from scratch, with the figures committed at a revision.",
        discussion: """
        Regenerates every experiment of the working tree's experiments file into a scratch directory and compares each \
        figure with the one committed at --base: PNGs pixel by pixel (RMS on the 0–255 scale, share of changed pixels, \
        largest channel difference), data sidecars number by number, SVGs element by element. Writes an HTML report \
        (index.html), a Markdown summary (summary.md) and a machine-readable one (summary.json) into --report. Exit status: 0 when nothing differs beyond the tolerances, 1 when \
        something does, 2 on an error.
        """
    )

    @OptionGroup var spec: SpecOptions

    @Option(name: .long, help: "The git revision whose committed figures are the 'before' side.")
    var base: String = "HEAD"

    @Option(name: .long, parsing: .unconditional, help: "Largest RMS pixel difference (0–255 scale) that counts as unchanged.")
    var tolerance: Double = 0

    @Option(name: .customLong("data-tolerance"), parsing: .unconditional, help: "Largest absolute difference of a sidecar number that counts as unchanged.")
    var dataTolerance: Double = 0

    @Option(name: .long, help: "Where to write index.html, summary.md and images/.")
    var report: String = ".cache/figure-review"

    @Option(name: .long, help: "The figures directory, relative to the current directory, as committed in git.")
    var figures: String = "figures"

    @Option(name: .long, parsing: .unconditional, help: "Experiments rendered at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard tolerance >= 0, tolerance.isFinite else { throw ValidationError("--tolerance must be a finite number ≥ 0, got \(tolerance)") }
        guard dataTolerance >= 0, dataTolerance.isFinite else { throw ValidationError("--data-tolerance must be a finite number ≥ 0, got \(dataTolerance)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard !report.isEmpty else { throw ValidationError("--report must not be empty") }
        guard !figures.isEmpty else { throw ValidationError("--figures must not be empty") }
        guard !base.isEmpty else { throw ValidationError("--base must not be empty") }
    }

    func run() throws {
        let experiments = try loadExperiments(spec.experiments)
        let review: Review
        let paths: (html: String, markdown: String, json: String)
        do {
            let before = try GitRevision.figureFiles(at: base, directory: figures)
            let after = try regenerateInScratch(experiments, jobs: jobs)
            review = FigureReview.compare(before: before, after: after, order: experiments.map(\.id),
                                          options: ReviewOptions(tolerance: tolerance, dataTolerance: dataTolerance))
            paths = try ReviewReport.write(review, before: before, after: after, to: report)
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(2)
        }
        for figure in review.figuresByImpact where figure.status != .unchanged {
            Console.line("\(figure.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(figure.id)")
            for file in figure.changedFiles { Console.line("    " + ReviewText.fileLine(file, options: review.options)) }
        }
        Console.line("\(review.beforeLabel) → \(review.afterLabel): \(ReviewText.counts(review))")
        Console.line("report: \(paths.html)\nsummary: \(paths.markdown), \(paths.json)")
        if !review.isClean { throw ExitCode(1) }
    }
}

/// Renders `experiments` into a fresh scratch directory (cache included), reads the files back and
/// removes the directory. Failures of experiments are printed and end the command with status 2.
func regenerateInScratch(_ experiments: [Experiment], jobs: Int) throws -> FigureFiles {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    do {
        return try Regeneration.regenerate(experiments, into: scratch.path + "/figures", cacheDirectory: scratch.path + "/cache", jobs: jobs)
    } catch let failure as Regeneration.Failure {
        for line in failure.description.split(separator: "\n") { Console.error(String(line)) }
        throw ReviewError("regeneration", "\(failure.reports.count) experiment\(failure.reports.count == 1 ? "" : "s") failed")
    }
}
