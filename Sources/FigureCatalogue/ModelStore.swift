import EBMCore

/// Where the builders get their trained models: a store that trains on a miss and keeps the result (the pipeline's
/// model cache), or `NoModelStore`, which always trains. A training result is the final parameters and the
/// per-step history.
public protocol ModelStore: Sendable {
    /// The stored result for `key`, or the result of `train` (then stored). `parameterCount`, when known, is
    /// checked against a stored result.
    func trained(key: some Encodable, parameterCount: Int?,
                 train: () -> (parameters: [Double], history: [TrainingStep])) -> (parameters: [Double], history: [TrainingStep])

    /// A function to tell, as each epoch of the training in progress starts, its epoch of how many; nil when
    /// nobody listens.
    func epochReporter() -> (@Sendable (Int, Int) -> Void)?
}

/// No store: every training runs.
public struct NoModelStore: ModelStore {
    public init() {}

    public func trained(key: some Encodable, parameterCount: Int?,
                        train: () -> (parameters: [Double], history: [TrainingStep])) -> (parameters: [Double], history: [TrainingStep]) {
        train()
    }

    public func epochReporter() -> (@Sendable (Int, Int) -> Void)? { nil }
}
