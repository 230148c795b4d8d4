/// A model trained by the project's one training loop: a flat parameter vector and, for a batch of
/// samples, the mean loss and its gradient with respect to those parameters.
public protocol TrainableModel: Sendable {
    /// One training example (a point y, or a pair (x, y)).
    associatedtype Sample: Sendable
    /// The parameters θ, flattened in a fixed documented order.
    var parameters: [Double] { get set }
    /// The mean loss over `batch` and ∂loss/∂θ, in the order of `parameters`.
    func lossAndGradient(batch: [Sample]) -> (loss: Double, gradient: [Double])
}

/// The order in which one epoch visits the training set.
public enum SampleOrder: Sendable, Equatable {
    /// Index order 0, 1, 2, … (the lecture's order).
    case given
    /// A fresh Fisher–Yates permutation each epoch, drawn from a generator seeded with `seed`.
    case shuffled(seed: UInt64)
}

/// How to train: optimiser, batching and epochs.
public struct TrainingSchedule: Sendable {
    public var optimizer: OptimizerKind
    public var batchSize: Int
    public var epochs: Int
    public var order: SampleOrder

    public init(optimizer: OptimizerKind, batchSize: Int = 1, epochs: Int = 1, order: SampleOrder = .given) {
        self.optimizer = optimizer
        self.batchSize = batchSize
        self.epochs = epochs
        self.order = order
    }
}

/// One optimiser step as recorded in the history: the batch loss before the step and θ after it.
public struct TrainingStep: Sendable, Equatable {
    public var step: Int
    public var loss: Double
    public var parameters: [Double]

    public init(step: Int, loss: Double, parameters: [Double]) {
        self.step = step
        self.loss = loss
        self.parameters = parameters
    }
}

/// Trains `model` on `samples` with `schedule`, mini-batch by mini-batch; returns the history of every step.
///
/// Each epoch visits every sample exactly once in the schedule's order; the last batch of an epoch may be
/// smaller. `recordParameters` controls whether each step's θ is copied into the history (costly for big θ).
/// With a `divergence` rule the loop stops at the first step that breaks it (the model keeps that step's
/// parameters); `DivergenceRule.firstViolation(in:finalParameters:)` then names the step.
public func train<Model: TrainableModel>(
    _ model: inout Model,
    on samples: [Model.Sample],
    schedule: TrainingSchedule,
    recordParameters: Bool = true,
    divergence: DivergenceRule
) -> [TrainingStep] {
    var firstLoss: Double?
    return train(&model, on: samples, schedule: schedule, recordParameters: recordParameters) { _, loss, parameters in
        if firstLoss == nil { firstLoss = loss }
        return divergence.violation(loss: loss, firstLoss: firstLoss!, parameters: parameters) != nil
    }
}

/// The loop without a divergence rule (it runs every epoch whatever the numbers do).
public func train<Model: TrainableModel>(
    _ model: inout Model,
    on samples: [Model.Sample],
    schedule: TrainingSchedule,
    recordParameters: Bool = true
) -> [TrainingStep] {
    train(&model, on: samples, schedule: schedule, recordParameters: recordParameters) { _, _, _ in false }
}

/// The loop itself; `stop(step, loss, θ)` is asked after every step and ends the run when it returns true.
func train<Model: TrainableModel>(
    _ model: inout Model,
    on samples: [Model.Sample],
    schedule: TrainingSchedule,
    recordParameters: Bool,
    stop: (Int, Double, [Double]) -> Bool
) -> [TrainingStep] {
    var optimizer = OptimizerState(kind: schedule.optimizer, parameterCount: model.parameters.count)
    var history: [TrainingStep] = []
    var shuffler: SeededGenerator?
    if case let .shuffled(seed) = schedule.order { shuffler = SeededGenerator(seed: seed) }
    var stepIndex = 0
    let batchSize = max(1, schedule.batchSize)
    var batch: [Model.Sample] = []
    batch.reserveCapacity(batchSize)
    for _ in 0..<schedule.epochs {
        let order = shuffler != nil ? shuffler!.permutation(count: samples.count) : Array(samples.indices)
        var start = 0
        while start < order.count {
            let end = min(start + batchSize, order.count)
            batch.removeAll(keepingCapacity: true)
            for k in start..<end { batch.append(samples[order[k]]) }
            let (loss, gradient) = model.lossAndGradient(batch: batch)
            var parameters = model.parameters
            optimizer.update(&parameters, gradient: gradient)
            model.parameters = parameters
            stepIndex += 1
            history.append(TrainingStep(step: stepIndex, loss: loss, parameters: recordParameters ? parameters : []))
            if stop(stepIndex, loss, parameters) { return history }
            start = end
        }
    }
    return history
}
