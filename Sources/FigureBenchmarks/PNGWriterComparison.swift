import CairoRenderer
import ExperimentSpec
import FigureCatalogue
import Plotting

/// The PNG stage with cairo's own PNG writer and with the figures' libpng writer, on the same figures in the same
/// process: every experiment that asks for a PNG is built and lowered once, then each repetition renders it with
/// both writers in turn (interleaved, so that load from other work on the machine falls on both alike). Each time
/// is a full PNG render, drawing included (what the runner's `png` stage measures).
public struct PNGWriterComparison: Sendable, Codable {
    public struct Writer: Sendable, Codable {
        public var name: String
        /// The sum over the figures of each figure's median render time, in milliseconds.
        public var milliseconds: Double
        /// The sum of the PNGs' sizes, in bytes.
        public var bytes: Int
    }

    public var figures: Int
    public var repetitions: Int
    /// cairo's writer first, then the figures' (`PNGWriter.figures`).
    public var writers: [Writer]
    /// How many times cheaper the figures' writer makes the PNG stage (cairo's time / the figures').
    public var speedup: Double { writers.count == 2 && writers[1].milliseconds > 0 ? writers[0].milliseconds / writers[1].milliseconds : 0 }

    public static func measure(_ experiments: [Experiment], repetitions: Int) throws -> PNGWriterComparison {
        let candidates: [(String, PNGWriter)] = [("cairo (zlib 6, adaptive filters)", .cairo), ("libpng \(describe(.figures))", .figures)]
        let measurer = CairoTextMeasurer()
        var milliseconds = [Double](repeating: 0, count: candidates.count)
        var bytes = [Int](repeating: 0, count: candidates.count)
        var count = 0
        for experiment in experiments where experiment.formats.contains(.png) {
            let figure = try Catalogue.build(experiment).figure
            let commands = figure.lower(metrics: measurer)
            var times = [[Double]](repeating: [], count: candidates.count)
            for _ in 0..<max(1, repetitions) {
                for (i, (_, writer)) in candidates.enumerated() {
                    let (seconds, png) = try Stopwatch.time {
                        try CairoRenderer.render(commands, width: figure.widthPixels, height: figure.heightPixels,
                                                 dpi: experiment.dotsPerInch, format: .png, pngWriter: writer)
                    }
                    times[i].append(seconds * 1000)
                    bytes[i] += png.count
                }
            }
            for i in candidates.indices { milliseconds[i] += Stopwatch.median(times[i]) }
            count += 1
        }
        let reps = max(1, repetitions)
        return PNGWriterComparison(figures: count, repetitions: reps, writers: candidates.indices.map {
            Writer(name: candidates[$0].0, milliseconds: milliseconds[$0], bytes: bytes[$0] / reps)
        })
    }

    static func describe(_ writer: PNGWriter) -> String {
        switch writer {
        case let .libpng(level, filter): return "(zlib \(level), \(filter.rawValue) filter)"
        case .cairo: return "(cairo)"
        }
    }
}
