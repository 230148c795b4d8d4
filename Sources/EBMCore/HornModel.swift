#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lecture's conditional model (docs/lecture.md §3.2): a predictor f = MLP [1, 8, 8, 2] and the fixed decoder
/// g(z) = [cos z, sin z], with E(x, y, z) = [y₁ − f₁(x) cos z]² + [y₂ − f₂(x) sin z]².
///
/// The loss of a batch is the energy loss (1/B) Σ_n F_β(x⁽ⁿ⁾, y⁽ⁿ⁾) over the latent grid; its gradient is
/// Σ_k w_k ∂E_k/∂θ with soft-argmin weights w (one-hot at ž for β = ∞: zero-temperature training).
/// θ = the predictor's parameters, in `MLP` order.
public struct HornModel: TrainableModel, ConditionalEnergyModel, Equatable {
    /// One training pair (x, y).
    public typealias Sample = HornSample

    /// The predictor f: ℝ → ℝ² whose outputs scale the cosine and the sine.
    public var predictor: MLP
    /// The latent grid z_k (default k·2π/48, see `hornLatentGrid(count:)`).
    public var latents: [Double]
    /// The inverse temperature: `.infinity` trains on F∞ (gradient at ž); finite β on F_β.
    public var beta: Double

    /// A model with f = MLP [1, 8, 8, 2] initialised from `SeededGenerator(seed:)` (see `MLP.init`).
    public init(seed: UInt64, latents: [Double] = hornLatentGrid(), beta: Double = .infinity) {
        var generator = SeededGenerator(seed: seed)
        self.init(predictor: MLP(layerSizes: [1, 8, 8, 2], using: &generator), latents: latents, beta: beta)
    }

    /// A model with an explicit predictor (one input, two outputs).
    public init(predictor: MLP, latents: [Double] = hornLatentGrid(), beta: Double = .infinity) {
        precondition(predictor.inputCount == 1 && predictor.outputCount == 2, "the horn predictor is ℝ → ℝ²")
        precondition(!latents.isEmpty && beta > 0)
        self.predictor = predictor
        self.latents = latents
        self.beta = beta
    }

    /// θ: the predictor's parameters.
    public var parameters: [Double] {
        get { predictor.parameters }
        set { predictor.parameters = newValue }
    }

    /// The manifold at x: ỹ_k = (f₁(x) cos z_k, f₂(x) sin z_k).
    public func manifold(x: Double) -> [SIMD2<Double>] {
        let f = predictor.forward([x])
        return latents.map { SIMD2(f[0] * cos($0), f[1] * sin($0)) }
    }

    /// (1/B) Σ_n F_β(x⁽ⁿ⁾, y⁽ⁿ⁾) and its gradient: ∂F/∂f = Σ_k (∂F/∂ỹ_k) ⊙ (cos z_k, sin z_k), then
    /// backpropagated through the predictor.
    public func lossAndGradient(batch: [HornSample]) -> (loss: Double, gradient: [Double]) {
        var gradient = [Double](repeating: 0, count: predictor.parameters.count)
        guard !batch.isEmpty else { return (0, gradient) }
        var loss = 0.0
        let scale = 1 / Double(batch.count)
        for sample in batch {
            let (freeEnergy, _, manifoldGradient) = freeEnergyAndManifoldGradient(sample)
            loss += freeEnergy * scale
            var outputGradient = [0.0, 0.0]
            for k in latents.indices where manifoldGradient[k] != .zero {
                outputGradient[0] += manifoldGradient[k].x * cos(latents[k]) * scale
                outputGradient[1] += manifoldGradient[k].y * sin(latents[k]) * scale
            }
            _ = predictor.backward([sample.x], outputGradient: outputGradient, accumulatingInto: &gradient)
        }
        return (loss, gradient)
    }
}

/// Trains the horn model on `data` with `schedule` through the project's one loop, `train(_:on:schedule:)`
/// and returns the per-step history (θ copied only if `recordParameters`). docs/lecture.md §5.3 recipe: Adam lr 0.03,
/// batch 1, one epoch, N = 1000 (see `HornRecipe`).
public func trainHorn(
    _ model: inout HornModel, data: [HornSample], schedule: TrainingSchedule, recordParameters: Bool = false
) -> [TrainingStep] {
    train(&model, on: data, schedule: schedule, recordParameters: recordParameters)
}
