import EBMCore

/// A model that tells, as each epoch starts, which epoch of how many its training is at: it forwards every call to
/// the model it wraps (so training computes exactly the same numbers) and counts the steps.
struct EpochReporting<Model: TrainableModel>: TrainableModel {
    typealias Sample = Model.Sample

    /// Counts the training loop's steps (one training thread uses it).
    final class StepCounter: @unchecked Sendable {
        var steps = 0
    }

    var model: Model
    let stepsPerEpoch: Int
    let epochs: Int
    let counter = StepCounter()
    let report: @Sendable (_ epoch: Int, _ epochs: Int) -> Void

    /// `model` trained on `sampleCount` samples in batches of `batchSize` for `epochs` epochs.
    init(_ model: Model, sampleCount: Int, batchSize: Int, epochs: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.model = model
        let batch = max(1, batchSize)
        stepsPerEpoch = max(1, (sampleCount + batch - 1) / batch)
        self.epochs = epochs
        self.report = report
    }

    var parameters: [Double] {
        get { model.parameters }
        set { model.parameters = newValue }
    }

    func lossAndGradient(batch: [Sample]) -> (loss: Double, gradient: [Double]) {
        if counter.steps % stepsPerEpoch == 0 { report(counter.steps / stepsPerEpoch + 1, epochs) }
        counter.steps += 1
        return model.lossAndGradient(batch: batch)
    }
}

extension ExperimentContext {
    /// `train(_:on:schedule:recordParameters:)`, telling the run's activity the epoch as it goes.
    func trainReportingEpochs<Model: TrainableModel>(_ model: inout Model, on data: [Model.Sample], schedule: TrainingSchedule,
                                                    recordParameters: Bool = true, divergence: DivergenceRule) -> [TrainingStep] {
        guard let report = modelCache.epochReporter() else {
            return train(&model, on: data, schedule: schedule, recordParameters: recordParameters, divergence: divergence)
        }
        var reporting = EpochReporting(model, sampleCount: data.count, batchSize: schedule.batchSize, epochs: schedule.epochs, report: report)
        let history = train(&reporting, on: data, schedule: schedule, recordParameters: recordParameters, divergence: divergence)
        model = reporting.model
        return history
    }
}
