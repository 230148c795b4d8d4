import EBMCore
import ExperimentSpec

/// What a sidecar records of a training run so that it can be replayed and checked (docs/sidecars.md, "Training").
enum TrainingRecord {
    /// The visiting order of every epoch: the data's indices 0 ..< count, or the seeded permutations the loop drew
    /// (epochs × count, one `SeededGenerator(seed).permutation(count:)` per epoch).
    static func order(_ training: TrainingSpec, count: Int) -> [[Int]] {
        guard training.order == .shuffled else { return [] }
        var generator = SeededGenerator(seed: training.seed)
        return (0..<training.epochs).map { _ in generator.permutation(count: count) }
    }

    /// An ellipse run: β, θ before and after, the batch loss of each step, θ after each step (the w trajectory), the
    /// permutations of a shuffled order and, for the hinge and log losses, the contrastive point ŷ of every sample
    /// visit (in visiting order, computed with θ before its step, as the loop did).
    static func ellipse(_ context: ExperimentContext, training: TrainingSpec, beta: Double,
                        run: (decoder: EllipseDecoder, history: [TrainingStep])) -> SidecarValue {
        let initial = context.decoder
        var record: [String: SidecarValue] = [
            "beta": .number(beta), "initial": .decoder(initial), "trained": .decoder(run.decoder),
            "loss": .numbers(run.history.map(\.loss)),
            "parameters": .matrix(run.history.map(\.parameters)),
        ]
        let orders = order(training, count: context.data.count)
        if !orders.isEmpty { record["permutations"] = .array(orders.map { .numbers($0.map(Double.init)) }) }
        if training.loss != .energy {
            var model = EllipseModel(decoder: initial, latents: context.latents, freeEnergy: beta.isInfinite ? .zeroTemperature : .beta(beta),
                                     loss: training.ellipseLoss)
            let visits = orders.isEmpty ? Array(repeating: Array(context.data.indices), count: training.epochs) : orders
            var contrastive: [Point2] = []
            var step = 0
            for epoch in visits {
                for start in stride(from: 0, to: epoch.count, by: max(1, training.batchSize)) where step < run.history.count {
                    for k in epoch[start..<min(epoch.count, start + training.batchSize)] {
                        contrastive.append(model.contrastiveSample(for: context.data[k]))
                    }
                    model.parameters = run.history[step].parameters
                    step += 1
                }
            }
            record["contrastive"] = .points(contrastive)
            record["contrastiveOffset"] = .number(model.contrastiveOffset)
        }
        return .object(record)
    }

    /// A neural run (the horn predictors): θ before and after (in `MLP` order, docs/sidecars.md) and the batch losses.
    static func neural(initial: [Double], trained: [Double], history: [TrainingStep], training: TrainingSpec, count: Int) -> SidecarValue {
        var record: [String: SidecarValue] = [
            "initialParameters": .numbers(initial), "trainedParameters": .numbers(trained), "loss": .numbers(history.map(\.loss)),
        ]
        let orders = order(training, count: count)
        if !orders.isEmpty { record["permutations"] = .array(orders.map { .numbers($0.map(Double.init)) }) }
        return .object(record)
    }
}

/// At most `limit` indices of 0 ..< count, evenly spaced, the first and the last included: the steps a curve draws
/// (the sidecar keeps every step).
func thinnedIndices(count: Int, limit: Int = 2000) -> [Int] {
    guard count > limit, limit >= 2 else { return Array(0..<count) }
    return (0..<limit).map { Int((Double($0) * Double(count - 1) / Double(limit - 1)).rounded()) }
}
