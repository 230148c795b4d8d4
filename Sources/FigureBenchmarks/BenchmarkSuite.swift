#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EBMCore
import ExperimentSpec
import Foundation

/// The benchmark suite of `ebm-figures bench`: whole-process timings of the binary (hyperfine), its peak memory,
/// the per-experiment stage breakdown, F_β throughput and horn training speed.
public struct BenchmarkSuite: Sendable {
    /// The binary to time as a whole process (`ebm-figures`, built in release mode).
    public var binary: String
    public var experimentsFile: String
    /// Scratch space for outputs, caches and hyperfine's exports; emptied as needed.
    public var scratch: String
    /// Runs per whole-process measurement (hyperfine reports their median).
    public var runs: Int
    /// Repetitions of each in-process throughput measurement.
    public var repetitions: Int
    /// Threads for the all-cores F_β measurement.
    public var threads: Int
    /// nil: skip the whole-process timings (no hyperfine).
    public var hyperfine: String?

    public init(binary: String, experimentsFile: String, scratch: String, runs: Int, repetitions: Int, threads: Int,
                hyperfine: String?) {
        self.binary = binary
        self.experimentsFile = experimentsFile
        self.scratch = scratch
        self.runs = runs
        self.repetitions = repetitions
        self.threads = threads
        self.hyperfine = hyperfine
    }

    /// Runs every measurement; `progress` receives a line before each step (the caller decides whether to print).
    public func run(_ experiments: [Experiment], progress: (String) -> Void = { _ in }) throws -> BenchmarkResults {
        let loadBefore = Self.loadAverage()
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let lectureIDs = experiments.map(\.id).filter { $0.hasPrefix("15-") }

        // Whole processes first, while this process is still small and idle.
        progress("peak memory: one full cold run of \(binary)")
        let cold = runArguments(out: scratch + "/cold", cache: scratch + "/cold-cache", force: true)
        for directory in ["/cold", "/cold-cache"] { try? FileManager.default.removeItem(atPath: scratch + directory) }
        let memory = try ChildProcess.run(cold)
        guard memory.exitStatus == 0 else { throw BenchmarkError("\(binary) run failed with status \(memory.exitStatus)") }

        var whole = BenchmarkResults.WholeProcess(lectureExperimentCount: lectureIDs.count, experimentCount: experiments.count)
        if let hyperfine {
            let clean = ["/bin/rm", "-rf", scratch + "/cold", scratch + "/cold-cache"]
            progress("hyperfine: full cold regeneration, \(experiments.count) experiments × \(runs) runs")
            whole.coldAll = try Hyperfine.measure(cold, prepare: clean, runs: runs, warmup: 1,
                                                  exportPath: scratch + "/hyperfine-cold-all.json", executable: hyperfine)
            progress("hyperfine: cold regeneration of the \(lectureIDs.count) lecture figures × \(runs) runs")
            let lecture = cold + lectureIDs.flatMap { ["--only", $0] }
            whole.coldLecture = try Hyperfine.measure(lecture, prepare: clean, runs: runs, warmup: 1,
                                                      exportPath: scratch + "/hyperfine-cold-lecture.json", executable: hyperfine)
            progress("hyperfine: no-op incremental run × \(runs) runs")
            let warm = runArguments(out: scratch + "/warm", cache: scratch + "/warm-cache", force: false)
            let first = try ChildProcess.run(warm)
            guard first.exitStatus == 0 else { throw BenchmarkError("\(binary) run failed with status \(first.exitStatus)") }
            whole.noop = try Hyperfine.measure(warm, runs: runs, warmup: 1,
                                               exportPath: scratch + "/hyperfine-noop.json", executable: hyperfine)
        }

        progress("stage breakdown: every experiment, fresh cache, one at a time")
        let stages = try StageBreakdown.measure(experiments, scratch: scratch + "/stages", jobs: 1)

        progress("PNG writers: cairo's and libpng's on every PNG figure, \(repetitions) repetitions")
        let pngWriters = try PNGWriterComparison.measure(experiments, repetitions: repetitions)

        progress("F_β throughput: 1000 × 1000 grid × 48 z, β = ∞ and β = 1, 1 and \(threads) threads")
        let grids = [Double.infinity, 1].map {
            FreeEnergyThroughput.measure(beta: $0, threads: threads, repetitions: repetitions)
        }

        progress("horn training: the figures' recipe and the lecture's")
        let horn = [
            HornTrainingThroughput.measure(recipe: "reliable", schedule: HornRecipe.reliable, repetitions: max(1, repetitions / 2)),
            HornTrainingThroughput.measure(recipe: "lecture", schedule: HornRecipe.lecture, repetitions: repetitions),
        ]

        let machine = BenchmarkResults.Machine(cores: ProcessInfo.processInfo.activeProcessorCount, system: Self.systemName(),
                                               loadAverageBefore: loadBefore, loadAverageAfter: Self.loadAverage())
        var results = BenchmarkResults(machine: machine, binary: binary, experimentsFile: experimentsFile, wholeProcess: whole,
                                       peakMemory: memory, stages: stages, pngWriters: pngWriters, freeEnergy: grids, hornTraining: horn, targets: [])
        results.targets = BenchmarkTarget.evaluate(results)
        return results
    }

    /// `BINARY run` into `out` with the cache in `cache`, quiet.
    private func runArguments(out: String, cache: String, force: Bool) -> [String] {
        [binary, "run", "--experiments", experimentsFile, "--out", out, "--cache", cache, "--quiet"] + (force ? ["--force"] : [])
    }

    /// The 1-minute load average (0 when unavailable).
    static func loadAverage() -> Double {
        var loads = [0.0, 0.0, 0.0]
        return getloadavg(&loads, 3) > 0 ? loads[0] : 0
    }

    /// "Linux 6.1.0 x86_64" from uname.
    static func systemName() -> String {
        var name = utsname()
        uname(&name)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(field(name.sysname)) \(field(name.release)) \(field(name.machine))"
    }
}
