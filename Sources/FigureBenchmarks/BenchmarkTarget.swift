/// One of the performance targets and whether the measurement meets it.
public struct BenchmarkTarget: Sendable, Codable {
    public var name: String
    public var measured: Double
    public var limit: Double
    public var unit: String
    /// True for ceilings (time, memory: measured ≤ limit), false for floors (throughput: measured ≥ limit).
    public var isCeiling: Bool
    public var met: Bool

    public init(name: String, measured: Double, limit: Double, unit: String, isCeiling: Bool) {
        self.name = name
        self.measured = measured
        self.limit = limit
        self.unit = unit
        self.isCeiling = isCeiling
        met = isCeiling ? measured <= limit : measured >= limit
    }

    /// measured / limit: below 1 is headroom for a ceiling, above 1 is headroom for a floor.
    public var ratio: Double { measured / limit }

    /// The targets of the issue, evaluated on `results` (2-core machine, release build):
    /// cold regeneration of the lecture figures ≤ 1.5 s, no-op run ≤ 0.3 s, F_β ≥ 10⁸ terms/s per core
    /// (finite β, all cores busy), peak RSS of the full cold run ≤ 200 MB.
    public static func evaluate(_ results: BenchmarkResults) -> [BenchmarkTarget] {
        var targets: [BenchmarkTarget] = []
        if let cold = results.wholeProcess.coldLecture {
            targets.append(.init(name: "cold regeneration, lecture figures (median wall)", measured: cold.median,
                                 limit: 1.5, unit: "s", isCeiling: true))
        }
        if let cold = results.wholeProcess.coldAll {
            targets.append(.init(name: "cold regeneration, all experiments (median wall)", measured: cold.median,
                                 limit: 1.5, unit: "s", isCeiling: true))
        }
        if let noop = results.wholeProcess.noop {
            targets.append(.init(name: "no-op incremental run (median wall)", measured: noop.median, limit: 0.3, unit: "s",
                                 isCeiling: true))
        }
        for grid in results.freeEnergy {
            let label = grid.beta.map { "β = \(formatBeta($0))" } ?? "β = ∞"
            targets.append(.init(name: "F_β throughput per core, \(label), one core", measured: grid.singleCoreTermsPerSecond / 1e6,
                                 limit: 100, unit: "M terms/s", isCeiling: false))
            targets.append(.init(name: "F_β throughput per core, \(label), \(grid.threads) cores busy",
                                 measured: grid.allCoresTermsPerSecondPerCore / 1e6, limit: 100, unit: "M terms/s",
                                 isCeiling: false))
        }
        if let png = results.pngWriters, png.writers.count == 2 {
            targets.append(.init(name: "PNG stage speed-up, libpng writer over cairo's", measured: png.speedup, limit: 2, unit: "×",
                                 isCeiling: false))
        }
        if let memory = results.peakMemory {
            targets.append(.init(name: "peak memory of the full cold run (max RSS)", measured: Double(memory.maxResidentKilobytes) / 1024,
                                 limit: 200, unit: "MB", isCeiling: true))
        }
        return targets
    }

    static func formatBeta(_ beta: Double) -> String {
        beta == beta.rounded() && abs(beta) < 1e6 ? String(Int(beta)) : String(beta)
    }
}
