import Foundation

/// The benchmark results as Markdown tables: the summary with the targets, then the per-experiment stages.
public enum BenchmarkTable {
    /// Summary (whole-process medians, memory, throughputs) and target verdicts.
    public static func summary(_ r: BenchmarkResults) -> String {
        var lines = ["| measurement | result |", "|---|---|"]
        func row(_ name: String, _ value: String) { lines.append("| \(name) | \(value) |") }
        let w = r.wholeProcess
        if let cold = w.coldAll {
            row("full cold regeneration, all \(w.experimentCount) experiments (median of \(cold.runs))", seconds(cold))
        }
        if let cold = w.coldLecture {
            row("cold regeneration, the \(w.lectureExperimentCount) lecture figures (median of \(cold.runs))", seconds(cold))
        }
        if let noop = w.noop { row("no-op incremental run (median of \(noop.runs))", seconds(noop)) }
        if let m = r.peakMemory {
            row("peak memory (max RSS) of the full cold run", String(format: "%.1f MB (wall %.2f s, user %.2f s, sys %.2f s)",
                                                                    Double(m.maxResidentKilobytes) / 1024, m.wallSeconds,
                                                                    m.userSeconds, m.systemSeconds))
        }
        row("in-process stage sum, one experiment at a time", String(format: "%.2f s (wall %.2f s)",
                                                                     r.stages.totalMilliseconds / 1000, r.stages.wallSeconds))
        if let p = r.pngWriters, p.writers.count == 2 {
            for w in p.writers {
                row("PNG stage, \(p.figures) figures, \(w.name) (sum of medians of \(p.repetitions))",
                    String(format: "%.0f ms, %.0f kB", w.milliseconds, Double(w.bytes) / 1000))
            }
            row("PNG stage: libpng's speed-up over cairo's writer", String(format: "%.2f×", p.speedup))
        }
        for g in r.freeEnergy {
            let beta = g.beta.map { BenchmarkTarget.formatBeta($0) } ?? "∞"
            row("F_β, β = \(beta), \(g.columns) × \(g.rows) × \(g.latents) z: 1 core",
                String(format: "%.0f M terms/s (%.1f ms)", g.singleCoreTermsPerSecond / 1e6, g.singleCoreSeconds * 1000))
            row("F_β, β = \(beta): \(g.threads) cores", String(format: "%.0f M terms/s (%.1f ms), %.0f M/s per core",
                                                             g.allCoresTermsPerSecond / 1e6, g.allCoresSeconds * 1000,
                                                             g.allCoresTermsPerSecondPerCore / 1e6))
        }
        for h in r.hornTraining {
            row("horn training, \(h.recipe) recipe (batch \(h.batchSize), \(h.steps) steps)",
                String(format: "%.0f steps/s, %.0f samples/s (%.0f ms)", h.stepsPerSecond, h.samplesPerSecond, h.seconds * 1000))
        }
        lines += ["", "| target | measured | limit | met |", "|---|---|---|---|"]
        for t in r.targets {
            lines.append(String(format: "| %@ | %@ | %@ %@ | %@ |", t.name, number(t.measured) + " " + t.unit,
                                t.isCeiling ? "≤" : "≥", number(t.limit) + " " + t.unit,
                                t.met ? "yes" : String(format: "**no** (%.2f× the limit)", t.ratio)))
        }
        return lines.joined(separator: "\n")
    }

    /// One row per experiment, one column per stage (milliseconds), with a total row.
    public static func stages(_ b: StageBreakdown) -> String {
        var lines = ["| experiment | " + b.stageNames.joined(separator: " | ") + " | total |",
                     "|---|" + String(repeating: "---:|", count: b.stageNames.count + 1)]
        for row in b.rows {
            let cells = b.stageNames.map { String(format: "%.1f", row.stageMilliseconds[$0] ?? 0) }
            lines.append("| \(row.id) | " + cells.joined(separator: " | ") + String(format: " | %.1f |", row.totalMilliseconds))
        }
        let totals = b.stageTotals
        let cells = b.stageNames.map { String(format: "%.0f", totals[$0] ?? 0) }
        lines.append("| **sum (ms)** | " + cells.joined(separator: " | ") + String(format: " | %.0f |", b.totalMilliseconds))
        return lines.joined(separator: "\n")
    }

    private static func seconds(_ r: Hyperfine.Result) -> String {
        String(format: "%.3f s (± %.3f, min %.3f, max %.3f)", r.median, r.stddev, r.min, r.max)
    }

    private static func number(_ x: Double) -> String {
        abs(x) >= 100 ? String(format: "%.0f", x) : abs(x) >= 10 ? String(format: "%.1f", x) : String(format: "%.3g", x)
    }
}
