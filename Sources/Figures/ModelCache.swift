import EBMCore
import Foundation

/// Trained parameters kept apart from rendering, so that changing how a figure looks re-plots without
/// re-training. Entries are keyed by a hash of everything training depends on (model, data, schedule, β) and of
/// the program; a missing or unreadable entry simply means "train".
public final class ModelCache: @unchecked Sendable {
    /// What a training run leaves: final parameters and the per-step history.
    struct Entry: Codable {
        var parameters: [Double]
        var losses: [Double]
        var trajectory: [[Double]]

        init(parameters: [Double], history: [TrainingStep]) {
            self.parameters = parameters
            losses = history.map(\.loss)
            trajectory = history.map(\.parameters)
        }

        var history: [TrainingStep] {
            zip(losses, trajectory).enumerated().map { TrainingStep(step: $0.offset + 1, loss: $0.element.0, parameters: $0.element.1) }
        }
    }

    private let directory: String?
    private let lock = NSLock()
    private var hitCount = 0

    private let activity: (@Sendable (RunStage) -> Void)?
    private var trainingCount = 0

    /// A cache in `directory`, or none (always train) when nil; `activity` hears when a training starts and ends.
    public init(directory: String?, activity: (@Sendable (RunStage) -> Void)? = nil) {
        self.directory = directory
        self.activity = activity
    }

    /// A function that tells the activity the epoch of the training in progress, or nil without an activity.
    func epochReporter() -> (@Sendable (Int, Int) -> Void)? {
        guard let activity else { return nil }
        let index = lock.withLock { trainingCount }
        return { epoch, epochs in activity(.training(index: index, epoch: epoch, epochs: epochs)) }
    }

    /// Runs `train`, telling the activity that a training runs meanwhile.
    private func reporting(_ train: () -> (parameters: [Double], history: [TrainingStep])) -> (parameters: [Double], history: [TrainingStep]) {
        guard let activity else { return train() }
        let index = lock.withLock { trainingCount += 1; return trainingCount }
        activity(.training(index: index))
        defer { activity(.building) }
        return train()
    }

    /// How many trainings were answered from the cache (for reports and tests).
    public var hits: Int { lock.withLock { hitCount } }

    /// The cached result for `key`, or the result of `train` (then stored).
    func trained(key: some Encodable, train: () -> (parameters: [Double], history: [TrainingStep])) -> (parameters: [Double], history: [TrainingStep]) {
        guard let directory, let bytes = try? SpecHash.canonicalJSON(key) else { return reporting(train) }
        let name = SpecHash.hex(SpecHash.fnv1a(bytes + Array(SpecHash.programVersion.utf8) + Array(SpecHash.executableDigest.utf8)))
        let path = directory + "/" + name + ".json"
        if let data = FileManager.default.contents(atPath: path), let entry = try? JSONDecoder().decode(Entry.self, from: data) {
            lock.withLock { hitCount += 1 }
            return (entry.parameters, entry.history)
        }
        let result = reporting(train)
        // A cache that cannot be written is not an error: the next run trains again.
        if (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
           let encoded = try? SpecHash.canonicalJSON(Entry(parameters: result.parameters, history: result.history)) {
            try? AtomicFile.write([(path, encoded)])
        }
        return result
    }
}
