/// Which free energy a model trains with.
public enum FreeEnergyChoice: Sendable, Equatable {
    /// F∞(y) = min_z E(y, z): zero-temperature limit, "ZTL" (docs/lecture.md §5.1).
    case zeroTemperature
    /// F_β(y) = −(1/β)·log[(1/N_z)·Σ_z exp(−β·E(y, z))] at the given β > 0: marginalisation (docs/lecture.md §5.2).
    case beta(Double)

    /// β as a number: +∞ for `.zeroTemperature`.
    public var inverseTemperature: Double {
        switch self {
        case .zeroTemperature: return .infinity
        case let .beta(beta): return beta
        }
    }
}

/// The per-sample loss functional l(F, y̌[, ŷ]) of docs/lecture.md §4.
public enum EllipseLoss: Sendable, Equatable {
    /// l = F(y̌).
    case energy
    /// l = (m − [F(ŷ) − F(y̌)])⁺.
    case hinge(margin: Double)
    /// l = log(1 + exp[F(y̌) − F(ŷ)]).
    case log
}

/// The unconditional ellipse model as a `TrainableModel`: parameters θ = [w₁, w₂] of g(z) = [w₁ cos z, w₂ sin z].
///
/// The batch loss is the mean over the batch of l(F, y̌ = y[, ŷ]), and its gradient is
/// ∂l/∂θ = Σ_z softargmin_β(E)[z]·∂E/∂θ chained through the loss (docs/lecture.md §4, "Gradient").
///
/// Contrastive rule (hinge and log losses): ŷ is the reflection of y through its nearest manifold point,
/// scaled by κ = `contrastiveOffset`:
///
///     ŷ = g(ž) − κ·(y − g(ž)),   ž = argmin_z E(y, z) on the grid (zero-temperature, whatever β trains),
///
/// i.e. a point on the other side of the manifold from y, at κ times y's distance from it. ŷ is held
/// fixed as data for the step: gradients flow through both F(y̌) and F(ŷ) w.r.t. θ, not through ŷ.
/// Why this rule: near the manifold F is locally quadratic in the distance, so
/// ∂[F(y̌) − F(ŷ)]/∂g(ž) ≈ −2(1 + κ)(y − g(ž)); descending it pulls g(ž) toward y, and the pull vanishes as
/// g(ž) reaches y, so contrastive training converges to the data like the energy loss and does not blow up.
/// (Pushing ŷ *beyond* y instead, ŷ = g(ž) + (1 + κ)(y − g(ž)), makes the same gradient point away from y:
/// raising F(ŷ) would then mean moving the manifold away from the data.)
public struct EllipseModel: TrainableModel {
    public typealias Sample = Point2
    /// θ = [w₁, w₂].
    public var parameters: [Double]
    /// The latent grid for inference and free energies.
    public var latents: LatentGrid
    /// The free energy trained.
    public var freeEnergy: FreeEnergyChoice
    /// The loss functional.
    public var loss: EllipseLoss
    /// κ ≥ 0 of the contrastive rule ŷ = g(ž) − κ·(y − g(ž)) (used by the hinge and log losses only).
    public var contrastiveOffset: Double

    /// A model starting at `decoder`'s (w₁, w₂).
    public init(decoder: EllipseDecoder, latents: LatentGrid, freeEnergy: FreeEnergyChoice, loss: EllipseLoss,
                contrastiveOffset: Double = 0.5) {
        parameters = [decoder.w1, decoder.w2]
        self.latents = latents
        self.freeEnergy = freeEnergy
        self.loss = loss
        self.contrastiveOffset = contrastiveOffset
    }

    /// The decoder g with the current parameters.
    public var decoder: EllipseDecoder { EllipseDecoder(w1: parameters[0], w2: parameters[1]) }

    /// The contrastive point ŷ = g(ž) − κ·(y − g(ž)) for y (see the type's documentation).
    public func contrastiveSample(for y: Point2) -> Point2 {
        let g = decoder
        let nearest = g(g.zeroTemperatureInference(y, latents: latents).zCheck)
        return nearest - contrastiveOffset * (y - nearest)
    }

    /// The per-sample loss l and ∂l/∂(w₁, w₂) for the correct point y̌ = `y`, with a given contrastive point ŷ
    /// (held fixed; ignored by the energy loss, required by the hinge and log losses).
    ///
    /// energy: l = F(y̌), ∂l = ∂F(y̌). hinge: l = (m − F(ŷ) + F(y̌))⁺, ∂l = ∂F(y̌) − ∂F(ŷ) where l > 0, else 0.
    /// log: l = softplus(F(y̌) − F(ŷ)), ∂l = σ(F(y̌) − F(ŷ))·(∂F(y̌) − ∂F(ŷ)).
    public func sampleLossAndGradient(_ y: Point2, contrastive: Point2?) -> (loss: Double, gradient: Point2) {
        let g = decoder
        let beta = freeEnergy.inverseTemperature
        let positive = g.freeEnergy(y, beta: beta, latents: latents)
        let positiveGradient = g.freeEnergyParameterGradient(y, beta: beta, latents: latents)
        if case .energy = loss { return (energyLoss(positive), positiveGradient) }
        guard let yHat = contrastive else { preconditionFailure("the \(loss) loss needs a contrastive point") }
        let negative = g.freeEnergy(yHat, beta: beta, latents: latents)
        let difference = positiveGradient - g.freeEnergyParameterGradient(yHat, beta: beta, latents: latents)
        if case let .hinge(margin) = loss {
            let value = hingeLoss(positive: positive, negative: negative, margin: margin)
            return (value, value > 0 ? difference : .zero)
        }
        return (logLoss(positive: positive, negative: negative), logLossDerivative(positive: positive, negative: negative) * difference)
    }

    /// The mean loss over `batch` and its gradient [∂/∂w₁, ∂/∂w₂], with ŷ = `contrastiveSample(for:)` at the
    /// current parameters for the contrastive losses. An empty batch gives loss 0 and a zero gradient.
    public func lossAndGradient(batch: [Point2]) -> (loss: Double, gradient: [Double]) {
        guard !batch.isEmpty else { return (0, [0, 0]) }
        var total = 0.0
        var gradient = Point2.zero
        for y in batch {
            let yHat: Point2? = loss == .energy ? nil : contrastiveSample(for: y)
            let (l, g) = sampleLossAndGradient(y, contrastive: yHat)
            total += l
            gradient += g
        }
        let scale = 1 / Double(batch.count)
        return (total * scale, [gradient.x * scale, gradient.y * scale])
    }
}

/// Trains the ellipse decoder from `initial` on `data` through the project's one training loop, `train`.
/// Returns the trained decoder and the per-step history (batch loss before each step, θ = [w₁, w₂] after it).
/// The run stops early at the first step that breaks `DivergenceRule.ellipse` (check the history with it).
public func trainEllipse(initial: EllipseDecoder, data: [Point2], latents: LatentGrid, freeEnergy: FreeEnergyChoice,
                         loss: EllipseLoss, schedule: TrainingSchedule,
                         contrastiveOffset: Double = 0.5) -> (decoder: EllipseDecoder, history: [TrainingStep]) {
    var model = EllipseModel(decoder: initial, latents: latents, freeEnergy: freeEnergy, loss: loss,
                             contrastiveOffset: contrastiveOffset)
    let history = train(&model, on: data, schedule: schedule, divergence: .ellipse)
    return (model.decoder, history)
}
