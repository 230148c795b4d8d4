import EBMCore
import ExperimentSpec
import FigureCatalogue
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Trained parameters kept apart from rendering, so that changing how a figure looks re-plots without
/// re-training. Entries are keyed by a hash of everything training depends on (model, data, schedule, β) and of
/// the program.
///
/// Every entry carries that key and a checksum of its numbers, and is checked on read: an entry of another key
/// (files swapped or copied), edited numbers, a wrong shape or anything unreadable is a cache miss with a
/// one-line warning — the model is trained again and the entry rewritten — never a crash and never a figure
/// drawn from the wrong model.
public final class ModelCache: ModelStore {
    /// What a training run leaves: final parameters and the per-step history.
    struct Entry: Codable {
        var key: String
        var checksum: String
        var parameters: [Double]
        var losses: [Double]
        var trajectory: [[Double]]

        init(key: String, parameters: [Double], history: [TrainingStep]) {
            self.key = key
            self.parameters = parameters
            losses = history.map(\.loss)
            trajectory = history.map(\.parameters)
            checksum = ""
            checksum = computedChecksum
        }

        /// FNV-1a of the numbers' canonical JSON.
        var computedChecksum: String {
            let numbers = (try? CanonicalJSON.encode([[parameters], [losses], trajectory])) ?? []
            return FNV1a.digest(numbers)
        }

        var history: [TrainingStep] {
            zip(losses, trajectory).enumerated().map { TrainingStep(step: $0.offset + 1, loss: $0.element.0, parameters: $0.element.1) }
        }

        /// Why this entry cannot be the result of training `key` into `parameterCount` parameters, or nil.
        func problem(key expected: String, parameterCount: Int?) -> String? {
            guard key == expected else { return "it belongs to another training (key \(key.prefix(16)))" }
            guard checksum == computedChecksum else { return "its numbers do not match its checksum" }
            guard !parameters.isEmpty else { return "it has no parameters" }
            if let parameterCount, parameters.count != parameterCount {
                return "it has \(parameters.count) parameters, the model has \(parameterCount)"
            }
            guard losses.count == trajectory.count else { return "its loss and parameter histories differ in length" }
            guard trajectory.allSatisfy({ $0.isEmpty || $0.count == parameters.count }) else { return "its parameter history has the wrong shape" }
            guard parameters.allSatisfy(\.isFinite), losses.allSatisfy(\.isFinite), trajectory.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
                return "it holds non-finite numbers"
            }
            return nil
        }
    }

    struct State {
        var hits = 0
        var warnings: [String] = []
        var trainings = 0
    }

    /// Entries are a training history of at most a few million numbers; a larger file is not one.
    static let maxEntryBytes = 256 << 20

    private let directory: String?
    private let state = Mutex(State())

    private let activity: (@Sendable (RunStage) -> Void)?

    /// A cache in `directory`, or none (always train) when nil; `activity` hears when a training starts and ends.
    public init(directory: String?, activity: (@Sendable (RunStage) -> Void)? = nil) {
        self.directory = directory
        self.activity = activity
    }

    /// A function that tells the activity the epoch of the training in progress, or nil without an activity.
    public func epochReporter() -> (@Sendable (Int, Int) -> Void)? {
        guard let activity else { return nil }
        let index = state.withLock { $0.trainings }
        return { epoch, epochs in activity(.training(index: index, epoch: epoch, epochs: epochs)) }
    }

    /// Runs `train`, telling the activity that a training runs meanwhile.
    private func reporting(_ train: () -> (parameters: [Double], history: [TrainingStep])) -> (parameters: [Double], history: [TrainingStep]) {
        guard let activity else { return train() }
        let index = state.withLock { state -> Int in
            state.trainings += 1
            return state.trainings
        }
        activity(.training(index: index))
        defer { activity(.building) }
        return train()
    }

    /// How many trainings were answered from the cache (for reports and tests).
    public var hits: Int { state.withLock { $0.hits } }

    /// Problems met (unusable entries, entries that could not be stored), one line each.
    public var warnings: [String] { state.withLock { $0.warnings } }

    private func warn(_ message: String) { state.withLock { $0.warnings.append(message) } }

    /// The cached result for `key`, or the result of `train` (then stored). `parameterCount`, when known, is
    /// checked against the entry.
    public func trained(key: some Encodable, parameterCount: Int? = nil,
                 train: () -> (parameters: [Double], history: [TrainingStep])) -> (parameters: [Double], history: [TrainingStep]) {
        guard let directory, let bytes = try? CanonicalJSON.encode(key) else { return reporting(train) }
        let name = FNV1a.digest(bytes + Array(ProgramIdentity.version.utf8) + Array(ProgramIdentity.executableDigest.utf8))
        let path = directory + "/" + name + ".json"
        switch read(path, key: name, parameterCount: parameterCount) {
        case let .success(entry):
            state.withLock { $0.hits += 1 }
            return (entry.parameters, entry.history)
        case let .failure(problem):
            if let reason = problem.reason { warn("model cache entry \(path) is not usable (\(reason)); trained again") }
        }
        let result = reporting(train)
        let entry = Entry(key: name, parameters: result.parameters, history: result.history)
        // A diverged training is reported by the caller; it is not worth keeping.
        guard entry.problem(key: name, parameterCount: parameterCount) == nil else { return result }
        do {
            try AtomicFile.prepareDirectory(directory)
            try AtomicFile.write([(path, try CanonicalJSON.encode(entry))])
        } catch {
            warn("the trained model is not cached: \(error)")
        }
        return result
    }

    struct Miss: Error {
        /// Why an existing entry was not used; nil when there is none.
        var reason: String?
    }

    private func read(_ path: String, key: String, parameterCount: Int?) -> Result<Entry, Miss> {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(Miss(reason: nil)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(Miss(reason: "not a regular file")) }
        guard info.st_size <= Self.maxEntryBytes else { return .failure(Miss(reason: "larger than an entry can be")) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(Miss(reason: "cannot be read")) }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: data) else { return .failure(Miss(reason: "not an entry this program wrote")) }
        if let problem = entry.problem(key: key, parameterCount: parameterCount) { return .failure(Miss(reason: problem)) }
        return .success(entry)
    }
}
