import ExperimentSpec
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output-directory rules of a run, around the rendering itself:
///
/// - before any work: the output directory is created or refused (a file, unwritable, or holding files the
///   program did not write, unless forced); no experiment may write over the experiments file; the cache is
///   checked (an unusable cache is one warning, and the run goes on without it);
/// - the output and cache directories are locked (`DirectoryLock`) for the whole run, and the program's own
///   stale temporaries in them are removed;
/// - after rendering: the gallery is written (never over a `README.md` the program did not write), strays
///   are listed or pruned (`OutputOwnership.strays`), and the manifest of owned files is updated.
public final class OutputSession {
    public let layout: OutputLayout
    public let useCache: Bool
    /// Warnings found while opening (an unusable cache, an unreadable manifest), one line each.
    public private(set) var warnings: [String] = []
    private let experiments: [Experiment]
    private let experimentsFile: String
    private let locks: [DirectoryLock]
    /// The cache directory's entry in the output directory, when the cache is inside it.
    private let exempt: Set<String>

    /// Why a run cannot use its output directory (exit status 2, nothing written).
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// What the end of a run did: problems that lose work are `errors` (exit status 1), the rest `notes`.
    public struct Outcome {
        public var notes: [String] = []
        public var warnings: [String] = []
        public var errors: [String] = []
        public var pruned: [String] = []
    }

    /// Opens `out` for a run of `experiments` (all of the file) read from `experimentsFile`.
    public init(out: String, cache: String, experiments: [Experiment], experimentsFile: String, force: Bool,
                waiting: (String) -> Void) throws {
        guard !out.isEmpty else { throw Refusal(description: "--out is empty: give the output directory") }
        guard !cache.isEmpty else { throw Refusal(description: "--cache is empty: give the cache directory") }
        do {
            try AtomicFile.prepareDirectory(out)
        } catch {
            throw Refusal(description: String(describing: error))
        }
        let exempt = Set([OutputOwnership.entry(of: cache, below: out)].compactMap { $0 })
        let ownership = OutputOwnership(directory: out, experiments: experiments, inputs: [experimentsFile], exempt: exempt)
        let foreign = ownership.foreign
        if !foreign.isEmpty, !force {
            let shown = foreign.prefix(8).joined(separator: ", ") + (foreign.count > 8 ? " and \(foreign.count - 8) more" : "")
            throw Refusal(description: "\(out) holds \(foreign.count) file\(foreign.count == 1 ? "" : "s") ebm-figures did not write: \(shown); "
                          + "give an empty or new output directory, or --force to write beside them (they are never replaced or pruned)")
        }
        let layout = OutputLayout(figuresDirectory: out, cacheDirectory: cache)
        for experiment in experiments {
            for name in layout.outputNames(experiment) where ownership.isInput(out + "/" + name) {
                throw Refusal(description: "experiment \"\(experiment.id)\" would write \(out)/\(name), which is the experiments file; "
                              + "rename the experiment or give another output directory")
            }
        }
        var useCache = true
        var warnings: [String] = []
        do {
            try AtomicFile.prepareDirectory(cache)
            try AtomicFile.prepareDirectory(layout.modelCacheDirectory)
        } catch {
            useCache = false
            warnings.append("the cache is not usable, so nothing is skipped or recorded in this run: \(error)")
        }
        self.layout = layout
        self.useCache = useCache
        self.experiments = experiments
        self.experimentsFile = experimentsFile
        self.exempt = exempt
        do {
            locks = try DirectoryLock.acquireAll(useCache ? [out, cache] : [out], waiting: waiting)
        } catch {
            throw Refusal(description: String(describing: error))
        }
        // Under the locks no other run writes here: every temporary of ours is a killed run's.
        AtomicFile.removeStaleTemporaries(in: out)
        if useCache {
            AtomicFile.removeStaleTemporaries(in: cache)
            AtomicFile.removeStaleTemporaries(in: layout.modelCacheDirectory)
        }
        if let warning = ownership.manifestWarning { warnings.append(warning) }
        self.warnings = warnings
    }

    /// Writes the gallery, lists or prunes strays and updates the manifest, after `reports` were run.
    public func finish(_ reports: [ExperimentReport], prune: Bool) -> Outcome {
        var outcome = Outcome()
        let out = layout.figuresDirectory
        var ownership = OutputOwnership(directory: out, experiments: experiments, inputs: [experimentsFile], exempt: exempt)
        var written = Set(reports.flatMap { report -> [String] in
            if case .failed = report.status { return [] }
            return report.files
        })
        var info = stat()
        let galleryExists = lstat(layout.gallery, &info) == 0
        if !galleryExists || ownership.owns(Gallery.fileName) {
            do {
                try AtomicFile.write([(layout.gallery, Array(Gallery.markdown(experiments).utf8))])
                written.insert(Gallery.fileName)
            } catch {
                outcome.errors.append("the gallery is not written: \(error)")
            }
        } else {
            outcome.warnings.append("\(layout.gallery) was not written by ebm-figures; it is kept, and the gallery is not written")
        }
        ownership = OutputOwnership(directory: out, experiments: experiments, inputs: [experimentsFile], exempt: exempt)
        let strays = ownership.strays
        var removed = Set<String>()
        if !strays.isEmpty {
            if prune {
                let result = Prune.run(ownership)
                removed = Set(result.removed)
                outcome.pruned = result.removed
                for (name, reason) in result.failed { outcome.errors.append("cannot prune \(out)/\(name): \(reason)") }
            } else {
                outcome.notes.append("\(strays.count) file\(strays.count == 1 ? "" : "s") in \(out)/ no experiment produces "
                                     + "(remove with --prune): \(strays.joined(separator: ", "))")
            }
        }
        let files = ownership.manifest.files.union(written).subtracting(removed).filter { name in
            !name.hasPrefix(".") && lstat(out + "/" + name, &info) == 0
        }
        if files != ownership.manifest.files || ownership.manifestWarning != nil {
            do {
                try OutputManifest(files: files).write(out)
            } catch {
                outcome.errors.append("the list of written files is not updated (\(OutputManifest.fileName)): \(error)")
            }
        }
        return outcome
    }
}
