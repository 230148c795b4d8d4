import EBMCore
import Foundation
import Plotting
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
    let modelCache: any ModelStore

    init(_ experiment: Experiment, modelCache: any ModelStore = NoModelStore()) {
        self.experiment = experiment
        self.modelCache = modelCache
        let spec = experiment.data
        if experiment.kind.isHorn {
            data = []  // The horn kinds draw their samples through `HornContext`.
        } else {
            switch spec.source {
            case .ellipse:
                var g = SeededGenerator(seed: spec.seed)
                data = sampleEllipse(count: spec.count, noise: spec.noise, using: &g)
            case .lecture, .horn:
                data = LectureData.ellipse24
            case .file, .points:
                data = spec.rows.map { Point2($0[0], $0[1]) }
            }
        }
        decoder = EllipseDecoder(w1: experiment.model.w1, w2: experiment.model.w2)
        latents = LatentGrid(count: experiment.model.latentCount)
    }

    /// y′ of the plot spec: Y[i] (1-based; validation keeps i within the data) or explicit coordinates.
    func yPrime(_ reference: PointReference) -> (point: Point2, label: String) {
        switch reference {
        case let .index(i):
            return (data[i - 1], "Y[\(i)]")
        case let .point(a, b):
            return (Point2(a, b), "(\(Tick.format(a)), \(Tick.format(b)))")
        }
    }

    /// The `training` section, which validation requires of every experiment that trains (the kinds that train,
    /// and a `"trained": true` plot); its absence here is a program error, not a spec problem.
    func training() throws -> TrainingSpec {
        guard let training = experiment.training else {
            throw BuildError("internal error: experiment \"\(experiment.id)\" trains but validation let it through without a training section")
        }
        return training
    }

    /// The training schedule of the spec.
    func schedule(_ t: TrainingSpec) -> TrainingSchedule {
        let optimizer: OptimizerKind
        switch t.optimizer {
        case .adam: optimizer = .adam(learningRate: t.learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        case .sgd: optimizer = .sgd(learningRate: t.learningRate, momentum: t.momentum)
        }
        let order: SampleOrder
        switch t.order {
        case .shuffled: order = .shuffled(seed: t.seed)
        case .given: order = .given
        }
        return TrainingSchedule(optimizer: optimizer, batchSize: t.batchSize, epochs: t.epochs, order: order)
    }

    /// Trains the decoder from the spec's initial w with `training` (β overridable).
    /// (Through the model cache: the same model, data and schedule are trained once.)
    func trained(_ t: TrainingSpec, beta: Double? = nil) throws -> (decoder: EllipseDecoder, history: [TrainingStep]) {
        var spec = t
        spec.beta = beta ?? t.beta
        let key = TrainingKey(model: "ellipse", modelSpec: experiment.model, data: experiment.data, training: spec)
        let result = modelCache.trained(key: key, parameterCount: 2) {
            let loss = spec.ellipseLoss
            // trainEllipse's model and loop, with the epochs reported to the run's progress display.
            var model = EllipseModel(decoder: decoder, latents: latents, freeEnergy: spec.beta.isInfinite ? .zeroTemperature : .beta(spec.beta),
                                     loss: loss, contrastiveOffset: 0.5)
            let history = trainReportingEpochs(&model, on: data, schedule: schedule(spec), divergence: .ellipse)
            return ([model.decoder.w1, model.decoder.w2], history)
        }
        try ensureConverged(result, rule: .ellipse, beta: spec.beta)
        return (EllipseDecoder(w1: result.parameters[0], w2: result.parameters[1]), result.history)
    }

    /// Trains `model` on `data` with `training` through the model cache; `name` tells apart models of one experiment.
    func trainCached<Model: TrainableModel>(_ model: inout Model, name: String, on data: [Model.Sample], training: TrainingSpec) throws -> [TrainingStep] {
        let key = TrainingKey(model: name, modelSpec: experiment.model, data: experiment.data, training: training)
        let initial = model
        let result = modelCache.trained(key: key, parameterCount: initial.parameters.count) {
            var trained = initial
            let history = trainReportingEpochs(&trained, on: data, schedule: schedule(training), recordParameters: false, divergence: .neural)
            return (trained.parameters, history)
        }
        try ensureConverged(result, rule: .neural)
        model.parameters = result.parameters
        return result.history
    }

    /// A run that broke its divergence rule (loss grown more than 10⁶-fold, parameters beyond the bound or not finite)
    /// stopped there: say where, rather than draw it.
    func ensureConverged(_ result: (parameters: [Double], history: [TrainingStep]), rule: DivergenceRule, beta: Double? = nil) throws {
        if let divergence = rule.firstViolation(in: result.history, finalParameters: result.parameters) {
            let at = beta.map { " (training at β = \(Tick.format($0)))" } ?? ""
            throw BuildError("training.learningRate: \(divergence)\(at); lower the learning rate (\(Tick.format(experiment.training?.learningRate ?? 0)))")
        }
    }
}

extension TrainingSpec {
    /// The loss the ellipse model trains with.
    var ellipseLoss: EllipseLoss {
        switch loss {
        case .energy: return .energy
        case .hinge: return .hinge(margin: margin)
        case .log: return .log
        }
    }
}

extension ThemeName {
    /// The plotting theme of this name.
    var theme: Theme {
        switch self {
        case .dark: return .dark
        case .light: return .light
        }
    }
}

extension LegendPlacement {
    /// The plotting layer's legend location.
    var location: LegendLocation {
        switch self {
        case .upperRight: return .upperRight
        case .upperLeft: return .upperLeft
        case .lowerLeft: return .lowerLeft
        case .lowerRight: return .lowerRight
        case .upperCenter: return .upperCenter
        case .lowerCenter: return .lowerCenter
        case .centerRight: return .centerRight
        }
    }
}

/// Everything a training result depends on, hashed into the model cache's key.
struct TrainingKey: Encodable {
    var model: String
    var modelSpec: ModelSpec
    var data: DataSpec
    var training: TrainingSpec
}

/// Number formatting for labels.
package enum Tick {
    /// A number for a label: the fewest decimals (at most 3) that show it, a true minus sign, ∞ spelled out.
    package static func format(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v < 0 ? "\u{2212}∞" : "∞") }
        let decimals = (0...3).first { d in
            let scale = pow(10, Double(d))
            return abs((v * scale).rounded() - v * scale) < 1e-6 * max(1, abs(v * scale))
        } ?? 3
        return Ticks.label(v, decimals: decimals)
    }

    /// β for legends: "β → ∞" or the value with one decimal (the lecture's "0.3", "3.2").
    static func beta(_ b: Double) -> String {
        if b.isInfinite { return "$\\beta \\to \\infty$" }
        let rounded = (b * 10).rounded() / 10
        return "$\\beta = \(rounded == 0 ? format(b) : Ticks.label(rounded, decimals: 1))$"
    }
}
