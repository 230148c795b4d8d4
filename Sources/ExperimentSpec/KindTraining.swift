/// Which model a kind draws: the unconditional ellipse decoder or the conditional horn predictor. It decides the data
/// the kind reads (`[y1, y2]` or `[x, y1, y2]` rows, "horn" samples) and how its models train.
public enum ModelFamily: Sendable, Equatable {
    case ellipse
    case horn
}

/// How a kind uses the `training` section: part of the kind's declaration.
public struct TrainingUse: Sendable, Equatable {
    /// The kind always trains, so `training` is required.
    public var required: Bool
    /// Where a kind that trains at its plot's β values takes them from (`plot.betas`); `training.beta` is refused then.
    public var betasFrom: String?
    /// Defaults that converge for the kind's model.
    public var optimizer: OptimizerName
    public var learningRate: Double
    public var batchSize: Int

    /// The lecture's SGD at 0.2, one sample a step (15-2 Fig 7).
    public static func ellipse(required: Bool = false, betasFrom: String? = nil) -> TrainingUse {
        TrainingUse(required: required, betasFrom: betasFrom, optimizer: .sgd, learningRate: 0.2, batchSize: 1)
    }

    /// The recipe of 15-2 Fig 11 (Adam at 0.01, batches of 16): SGD at 0.2 diverges on the horn's networks
    /// (docs/lecture.md §5.3).
    public static func horn(required: Bool = false) -> TrainingUse {
        TrainingUse(required: required, betasFrom: nil, optimizer: .adam, learningRate: 0.01, batchSize: 16)
    }
}

extension ExperimentKind {
    /// How the kind uses `training` (its declaration's `training`).
    public var training: TrainingUse { parameters.training }

    /// Whether the kind needs a `training` section (it trains a model before drawing).
    public var trains: Bool { training.required }

    /// Whether the kind works on the conditional horn model.
    public var isHorn: Bool { parameters.model == .horn }

    /// Kinds that train at the β values of their `plot` section (a `training.beta` would be ignored, so it is refused).
    public var trainsAtPlotBetas: Bool { training.betasFrom != nil }
}
