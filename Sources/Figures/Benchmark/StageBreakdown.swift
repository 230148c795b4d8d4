import ExperimentSpec
import Foundation

/// Where the time of a cold regeneration goes: every experiment rendered with a fresh cache and `force`,
/// with the runner's in-process timer for each stage.
///
/// Stages, as `Runner` names them: build (data, training and free-energy grids — the numerics), lower (figure
/// description → draw commands, text measured), png and svg (Cairo render and encode), json (the sidecar;
/// for figures with rotation frames it also holds the frames' PNG renders), write (atomic file writes).
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
    /// nothing is reused), `force` on, with `jobs` workers. Throws when an experiment fails.
    public static func measure(_ experiments: [Experiment], scratch: String, jobs: Int) throws -> StageBreakdown {
        let layout = OutputLayout(figuresDirectory: scratch + "/figures", cacheDirectory: scratch + "/cache")
        try? FileManager.default.removeItem(atPath: layout.figuresDirectory)
        try? FileManager.default.removeItem(atPath: layout.cacheDirectory)
        try AtomicFile.prepareDirectory(layout.figuresDirectory)
        let (seconds, reports) = Stopwatch.time {
            Runner.run(experiments, layout: layout, options: RunOptions(jobs: jobs, force: true))
        }
        var names: [String] = []
        var rows: [Row] = []
        for (experiment, report) in zip(experiments, reports) {
            if case let .failed(message) = report.status { throw BenchmarkError("\(report.id): \(message)") }
            var stages: [String: Double] = [:]
            for (name, value) in report.stages {
                if !names.contains(name) { names.append(name) }
                stages[name, default: 0] += value * 1000
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
