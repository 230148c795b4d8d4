import ExperimentSpec
import Foundation

/// Whether an experiment's outputs are current, and if not, why a run would render it: the same test the runner
/// makes (spec hash with the program, then every file's digest), spelled out from the cache record.
public struct Freshness: Sendable, Equatable {
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// No cache record: never rendered into this output directory with this cache.
        case neverRendered
        /// The resolved spec differs in these keys (dotted paths of the resolved spec).
        case specChanged([String])
        /// The data file the experiment reads has other bytes.
        case dataFileChanged(String)
        /// Another program (version or executable) rendered it.
        case programChanged
        /// Outputs the record lists that are gone.
        case outputMissing([String])
        /// Outputs whose bytes are not those written.
        case outputEdited([String])
        /// The record was written by an older program, which kept no spec to compare with.
        case olderRecord
        /// `--force`.
        case forced
        /// The cache record cannot be used (damaged, or not a record).
        case unusableRecord(String)
        /// The record does not list exactly the files the experiment writes now (e.g. frames or formats changed).
        case outputsChanged

        public var description: String {
            switch self {
            case .neverRendered: return "never rendered (no cache record)"
            case let .specChanged(keys): return "spec changed (\(Self.list(keys)))"
            case let .dataFileChanged(path): return "data file changed (\(path))"
            case .programChanged: return "program changed (another build of ebm-figures rendered it)"
            case let .outputMissing(files): return "output missing (\(Self.list(files)))"
            case let .outputEdited(files): return "output edited (\(Self.list(files)))"
            case .olderRecord: return "program changed (an older ebm-figures rendered it)"
            case .forced: return "--force"
            case let .unusableRecord(reason): return "cache record unusable (\(reason))"
            case .outputsChanged: return "outputs changed (other formats or frames)"
            }
        }

        private static func list(_ items: [String]) -> String {
            items.count <= 6 ? items.joined(separator: ", ") : items.prefix(6).joined(separator: ", ") + ", and \(items.count - 6) more"
        }
    }

    public var id: String
    /// Empty when the outputs are current.
    public var reasons: [Reason]
    public var isCurrent: Bool { reasons.isEmpty }

    /// The freshness of `experiment`'s outputs in `layout`. Without `digests`, an output counts as current when it
    /// exists (a cheap estimate for progress counts; the runner and `status` compare digests).
    public static func of(_ experiment: Experiment, layout: OutputLayout, force: Bool = false, digests: Bool = true) -> Freshness {
        if force { return Freshness(id: experiment.id, reasons: [.forced]) }
        let record: CacheRecord
        switch CacheRecord.read(layout.cacheRecord(experiment.id)) {
        case .missing: return Freshness(id: experiment.id, reasons: [.neverRendered])
        case let .unusable(reason): return Freshness(id: experiment.id, reasons: [.unusableRecord(reason)])
        case let .found(found): record = found
        }
        var reasons: [Reason] = []
        if !record.lists(layout.outputNames(experiment)) { reasons.append(.outputsChanged) }
        if record.hash != SpecHash.cacheKey(of: experiment) {
            reasons += specReasons(experiment, record: record)
        }
        var missing: [String] = [], edited: [String] = []
        for file in record.files {
            let path = layout.figuresDirectory + "/" + file.name
            guard digests else {
                if !FileManager.default.fileExists(atPath: path) { missing.append(file.name) }
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                missing.append(file.name)
                continue
            }
            if FNV1a.digest(data) != file.digest { edited.append(file.name) }
        }
        if !missing.isEmpty { reasons.append(.outputMissing(missing)) }
        if !edited.isEmpty { reasons.append(.outputEdited(edited)) }
        return Freshness(id: experiment.id, reasons: reasons)
    }

    /// Why the hashes differ: the spec's keys (the data file's digest named as the file), the program, or both.
    static func specReasons(_ experiment: Experiment, record: CacheRecord) -> [Reason] {
        guard let old = record.spec, let oldSpec = parse(old), let newSpec = parse(SpecHash.canonicalSpec(experiment)) else {
            // A record of an older program keeps only the hash.
            return [.olderRecord]
        }
        var reasons: [Reason] = []
        var keys = changedKeys(oldSpec, newSpec, path: "")
        if keys.contains("data.digest") {
            keys.removeAll { $0 == "data.digest" }
            reasons.append(.dataFileChanged(experiment.data.path ?? "data file"))
        }
        if !keys.isEmpty { reasons.insert(.specChanged(keys.map(SpecVocabulary.filePath)), at: 0) }
        if record.program != ProgramIdentity.current { reasons.append(.programChanged) }
        // The hash covers nothing else; should the two ever disagree, say so rather than claim the figure is current.
        return reasons.isEmpty ? [.specChanged(["(the hash differs, the keys do not)"])] : reasons
    }

    private static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// Dotted paths where two JSON values differ; objects are compared key by key, anything else as a whole.
    static func changedKeys(_ a: Any, _ b: Any, path: String) -> [String] {
        if let x = a as? [String: Any], let y = b as? [String: Any] {
            return Set(x.keys).union(y.keys).sorted().flatMap { key -> [String] in
                let child = path.isEmpty ? key : path + "." + key
                switch (x[key], y[key]) {
                case let (u?, v?): return changedKeys(u, v, path: child)
                default: return [child]
                }
            }
        }
        return equal(a, b) ? [] : [path]
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        guard let x = try? JSONSerialization.data(withJSONObject: [a], options: [.sortedKeys]),
              let y = try? JSONSerialization.data(withJSONObject: [b], options: [.sortedKeys]) else { return false }
        return x == y
    }
}
