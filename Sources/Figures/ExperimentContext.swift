import EBMCore
import ExperimentSpec

/// A builder failure, named by the experiment's field that caused it.
public struct BuildError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The numbers an experiment's spec resolves to: data set, decoder, latent grid, y′.
struct ExperimentContext {
    let experiment: Experiment
    let data: [Point2]
    let decoder: EllipseDecoder
    let latents: LatentGrid

    init(_ experiment: Experiment) {
        self.experiment = experiment
        let spec = experiment.data
        switch spec.source {
        case "ellipse":
            var g = SeededGenerator(seed: spec.seed)
            data = sampleEllipse(count: spec.count, noise: spec.noise, using: &g)
        default:
            data = LectureData.ellipse24
        }
        decoder = EllipseDecoder(w1: experiment.model.w1, w2: experiment.model.w2)
        latents = LatentGrid(count: experiment.model.latentCount)
    }

    /// y′ from the plot spec: Y[i] (1-based) or explicit coordinates.
    func yPrime(default fallback: PointReference) throws -> (point: Point2, label: String) {
        switch experiment.plot.yPrime ?? fallback {
        case let .index(i):
            guard i >= 1, i <= data.count else {
                throw BuildError("plot.yPrime: Y[\(i)] is outside the data (1…\(data.count))")
            }
            return (data[i - 1], "Y[\(i)]")
        case let .point(a, b):
            return (Point2(a, b), "(\(Tick.format(a)), \(Tick.format(b)))")
        }
    }

    /// The training schedule of the spec.
    func schedule(_ t: TrainingSpec) -> TrainingSchedule {
        let optimizer: OptimizerKind = t.optimizer == "adam"
            ? .adam(learningRate: t.learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
            : .sgd(learningRate: t.learningRate, momentum: t.momentum)
        return TrainingSchedule(optimizer: optimizer, batchSize: t.batchSize, epochs: t.epochs,
                                order: t.order == "shuffled" ? .shuffled(seed: t.seed) : .given)
    }

    /// Trains the decoder from the spec's initial w with `training` (β overridable).
    func trained(_ t: TrainingSpec, beta: Double? = nil) -> (decoder: EllipseDecoder, history: [TrainingStep]) {
        let b = beta ?? t.beta
        let loss: EllipseLoss = t.loss == "hinge" ? .hinge(margin: t.margin) : t.loss == "log" ? .log : .energy
        return trainEllipse(initial: decoder, data: data, latents: latents,
                            freeEnergy: b.isInfinite ? .zeroTemperature : .beta(b), loss: loss, schedule: schedule(t))
    }
}

/// Number formatting for labels.
enum Tick {
    /// Up to 3 decimals, trailing zeros dropped, true minus sign.
    static func format(_ v: Double) -> String {
        var s = String(Int((abs(v) * 1000).rounded()) / 1000) + "." + String(Int((abs(v) * 1000).rounded()) % 1000 + 1000).dropFirst()
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return (v < 0 && s != "0" ? "\u{2212}" : "") + s
    }

    /// β for legends: "β → ∞" or the value with one decimal (the lecture's "0.3", "3.2").
    static func beta(_ b: Double) -> String {
        if b.isInfinite { return "$\\beta \\to \\infty$" }
        let rounded = (b * 10).rounded() / 10
        return "$\\beta = \(rounded == 0 ? format(b) : String(rounded))$"
    }
}
