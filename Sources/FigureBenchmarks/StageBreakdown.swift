import ExperimentSpec
import FigurePipeline
import Foundation

/// Where the time of a cold regeneration goes: every experiment rendered with a fresh cache and `force`,
/// with the runner's in-process timer for each stage.
///
/// Stages, as `Runner` names them, with its build split in two: data+grids (data sets, free-energy grids and
/// other numerics), training (models fitted; see `measure`), lower (figure
/// description → draw commands, text measured), png, svg and pdf (Cairo render and encode, one per format the
/// experiment asks for), frames (rotation frames' PNGs), json (the sidecar), write (atomic file writes).
public struct StageBreakdown: Sendable, Codable {
    /// One experiment's stage times in milliseconds, in the runner's order.
    public struct Row: Sendable, Codable {
        public var id: String
        public var kind: String
        public var totalMilliseconds: Double
        public var stageMilliseconds: [String: Double]
    }

    /// The names of the stages, in the order the runner reports them.
    public var stageNames: [String]
    public var rows: [Row]
    /// Workers the runner used (1 gives each experiment the machine to itself: clean per-stage times).
    public var jobs: Int
    /// In-process wall-clock seconds of the whole `Runner.run`.
    public var wallSeconds: Double

    /// Per-stage sums over all experiments, in milliseconds (CPU-time-like: what one core would spend).
    public var stageTotals: [String: Double] {
        var totals: [String: Double] = [:]
        for row in rows { for (name, ms) in row.stageMilliseconds { totals[name, default: 0] += ms } }
        return totals
    }

    /// The sum of every experiment's own time, in milliseconds.
    public var totalMilliseconds: Double { rows.reduce(0) { $0 + $1.totalMilliseconds } }

    /// Renders `experiments` into `scratch`/figures with the cache in `scratch`/cache (both removed first, so
    /// nothing is reused), `force` on, with `jobs` workers; then renders them again, `force` on, over the trained
    /// models that run cached. The runner's "build" stage is split from the two: "data+grids" is the second run's
    /// build (no training), "training" the first run's build minus that (clamped at 0: timer noise on experiments
    /// that train nothing). Only trainings that go through `ModelCache` are split out; a builder that trains
    /// outside it keeps that time in data+grids. Every other stage and the totals are the first, cold, run's. Throws when an
    /// experiment fails.
    public static func measure(_ experiments: [Experiment], scratch: String, jobs: Int) throws -> StageBreakdown {
        let layout = OutputLayout(figuresDirectory: scratch + "/figures", cacheDirectory: scratch + "/cache")
        try? FileManager.default.removeItem(atPath: layout.figuresDirectory)
        try? FileManager.default.removeItem(atPath: layout.cacheDirectory)
        try AtomicFile.prepareDirectory(layout.figuresDirectory)
        let options = RunOptions(jobs: jobs, force: true)
        let (seconds, cold) = Stopwatch.time { Runner.run(experiments, layout: layout, options: options) }
        let warm = Runner.run(experiments, layout: layout, options: options)
        var names: [String] = []
        var rows: [Row] = []
        for (experiment, (report, again)) in zip(experiments, zip(cold, warm)) {
            for r in [report, again] {
                if case let .failed(message) = r.status { throw BenchmarkError("\(r.id): \(message)") }
            }
            let untrained = again.stages.first { $0.0 == "build" }?.1 ?? 0
            var stages: [String: Double] = [:]
            var previous: String?
            for (stage, value) in report.stages {
                let parts = stage == "build" ? [("data+grids", min(value, untrained)), ("training", max(0, value - untrained))]
                                             : [(stage, value)]
                for (name, seconds) in parts {
                    // Merge this experiment's stage order into the column order: a stage first seen here goes right
                    // after the stage that precedes it in this experiment (pdf after svg, frames before json).
                    if !names.contains(name) {
                        let at = previous.flatMap { names.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                        names.insert(name, at: at)
                    }
                    previous = name
                    stages[name, default: 0] += seconds * 1000
                }
            }
            rows.append(Row(id: report.id, kind: experiment.kind.rawValue, totalMilliseconds: report.seconds * 1000,
                            stageMilliseconds: stages))
        }
        return StageBreakdown(stageNames: names, rows: rows, jobs: jobs, wallSeconds: seconds)
    }
}

/// A benchmark that could not run (a tool missing, a child process failing, an experiment failing).
public struct BenchmarkError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
