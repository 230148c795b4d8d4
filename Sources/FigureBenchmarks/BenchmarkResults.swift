/// Everything `ebm-figures bench` measured: the record written to bench/results.json.
///
/// Seconds and kilobytes as measured; the derived rates and the target verdicts are stored too, so the file
/// can be read without recomputing anything.
public struct BenchmarkResults: Sendable, Codable {
    /// The machine and its state while the suite ran.
    public struct Machine: Sendable, Codable {
        public var cores: Int
        public var system: String
        /// 1-minute load average when the suite started and when it ended (other work on the machine).
        public var loadAverageBefore: Double
        public var loadAverageAfter: Double
    }

    /// hyperfine's medians of whole runs of the binary (nil when hyperfine was not used).
    public struct WholeProcess: Sendable, Codable {
        /// Full cold regeneration of every experiment: output and cache directories removed before each run.
        public var coldAll: Hyperfine.Result?
        /// The same for the lecture's figures only (ids starting with "15-").
        public var coldLecture: Hyperfine.Result?
        /// A run over a current cache and output directory: nothing to render.
        public var noop: Hyperfine.Result?
        public var lectureExperimentCount: Int
        public var experimentCount: Int
    }

    public var machine: Machine
    /// The binary timed by the whole-process measurements.
    public var binary: String
    public var experimentsFile: String
    public var wholeProcess: WholeProcess
    /// The full cold run as one direct child: peak RSS, wall, user and system time.
    public var peakMemory: ChildProcess.Measurement?
    /// The per-experiment stage breakdown, in process, one experiment at a time.
    public var stages: StageBreakdown
    /// The PNG stage with cairo's writer and with libpng's (nil in records written before the comparison existed).
    public var pngWriters: PNGWriterComparison?
    public var freeEnergy: [FreeEnergyThroughput]
    public var hornTraining: [HornTrainingThroughput]
    public var targets: [BenchmarkTarget]
}
