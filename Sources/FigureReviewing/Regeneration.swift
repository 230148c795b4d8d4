import ExperimentSpec
import FigurePipeline
import Foundation

/// Renders a set of experiments from scratch into a directory of its own: a fresh cache, every figure
/// forced, and the gallery, exactly as `run` would write them into `figures/`.
public enum Regeneration {
    /// The experiments that could not be rendered.
    public struct Failure: Error, CustomStringConvertible {
        public var reports: [ExperimentReport]
        public var description: String {
            reports.map { report -> String in
                if case let .failed(message) = report.status { return "\(report.id): \(message)" }
                return report.id
            }.joined(separator: "\n")
        }
    }

    /// Renders `experiments` into `directory` (created when missing) with the cache in `cacheDirectory`,
    /// then returns the files written. Throws `Failure` when any experiment fails.
    public static func regenerate(_ experiments: [Experiment], into directory: String, cacheDirectory: String,
                                  jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                                  progress: @escaping @Sendable (ExperimentReport) -> Void = { _ in }) throws -> FigureFiles {
        try AtomicFile.prepareDirectory(directory)
        let layout = OutputLayout(figuresDirectory: directory, cacheDirectory: cacheDirectory)
        let reports = Runner.run(experiments, layout: layout, options: RunOptions(jobs: jobs, force: true), progress: progress)
        let failed = reports.filter { if case .failed = $0.status { return true } else { return false } }
        guard failed.isEmpty else { throw Failure(reports: failed) }
        try AtomicFile.write([(layout.gallery, Array(Gallery.markdown(experiments).utf8))])
        return try FigureFiles.directory(directory, label: "working tree, regenerated")
    }
}
