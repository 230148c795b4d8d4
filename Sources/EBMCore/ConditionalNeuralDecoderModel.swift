#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a latent value z enters the decoder network.
public enum ConditionalLatentFeatures: Sendable, Equatable {
    /// z itself (any dimension): the decoder must learn periodicity, if any, on its own.
    case raw
    /// (cos z, sin z) of a scalar z: the circle is given, the decoder learns only its deformation.
    case circular
}

/// The lecture's generalisations (docs/lecture.md §3.3): a predictor f = MLP [1, 8, 8, dim f] and a neural decoder
/// g = MLP [dim f + dim φ(z), …, 2] taking (f(x), φ(z)), with E(x, y, z) = ‖y − g(f(x), φ(z))‖² + λ‖z‖².
///
/// - 1-D latent on the 48-point circle grid, λ = 0: g must learn "goes around in circles" itself. Fed raw z it
///   must also learn that z = 0 and z = 2π − Δz are neighbours, and trains far more slowly; fed φ(z) = (cos z, sin z)
///   (`.circular`, the experiment's choice) it matches the horn model.
/// - 2-D latent on a square grid, λ = 0: the latent has too much capacity; F∞ collapses towards 0 over
///   much of the plane (the lecture's "porcupine" overfit).
/// - the same with λ > 0: the penalty λ‖z‖² on a fixed grid only re-selects ž (it does not enter ∂E/∂θ), so it
///   does not restore the surface by itself; warm training does (docs/lecture.md §3.3). The figure's 2-D panels use
///   `ScaledDecoderModel`, ỹ = f(x) ⊙ h(z), where one shape h serves every x.
///
/// θ = the predictor's parameters then the decoder's, each in `MLP` order. Training minimises
/// (1/B) Σ_n F_β(x⁽ⁿ⁾, y⁽ⁿ⁾) exactly as `HornModel` does; R_k = λ‖z_k‖² does not depend on θ.
public struct NeuralDecoderModel: TrainableModel, ConditionalEnergyModel, Equatable {
    /// One training pair (x, y).
    public typealias Sample = HornSample

    /// The predictor f: ℝ → ℝ^{dim f}.
    public var predictor: MLP
    /// The decoder g: ℝ^{dim f} × ℝ^{dim φ(z)} → ℝ²; its input is f(x) followed by φ(z).
    public var decoder: MLP
    /// The latent grid: each z_k is a vector of the latent dimension.
    public let latents: [[Double]]
    /// How z enters the decoder.
    public let latentFeatures: ConditionalLatentFeatures
    /// λ ≥ 0 of the latent penalty R_k = λ‖z_k‖².
    public let latentPenalty: Double
    /// The inverse temperature: `.infinity` trains on F∞, finite β on F_β.
    public var beta: Double
    /// R_k = λ‖z_k‖² (empty when λ = 0).
    public let latentPenalties: [Double]
    private let decoderLatentInputs: [[Double]]

    /// A model with f = MLP [1] + predictorHiddenSizes + [featureCount] and g = MLP [featureCount + dim φ(z)] +
    /// decoderHiddenSizes + [2], both from one `SeededGenerator(seed:)`: f's parameters are drawn first.
    public init(
        seed: UInt64, featureCount: Int = 2, predictorHiddenSizes: [Int] = [8, 8], decoderHiddenSizes: [Int] = [16, 16],
        latents: [[Double]], latentFeatures: ConditionalLatentFeatures = .raw, latentPenalty: Double = 0,
        beta: Double = .infinity
    ) {
        precondition(!latents.isEmpty && latents.allSatisfy { $0.count == latents[0].count && !$0.isEmpty })
        precondition(latentFeatures == .raw || latents[0].count == 1, "circular features need a scalar latent")
        precondition(latentPenalty >= 0 && beta > 0)
        var generator = SeededGenerator(seed: seed)
        predictor = MLP(layerSizes: [1] + predictorHiddenSizes + [featureCount], using: &generator)
        let latentWidth = latentFeatures == .raw ? latents[0].count : 2
        decoder = MLP(layerSizes: [featureCount + latentWidth] + decoderHiddenSizes + [2], using: &generator)
        self.latents = latents
        self.latentFeatures = latentFeatures
        self.latentPenalty = latentPenalty
        self.beta = beta
        latentPenalties = squaredNormPenalties(latents, lambda: latentPenalty)
        decoderLatentInputs = latents.map { z in latentFeatures == .raw ? z : [cos(z[0]), sin(z[0])] }
    }

    /// θ: the predictor's parameters followed by the decoder's.
    public var parameters: [Double] {
        get { predictor.parameters + decoder.parameters }
        set {
            let split = predictor.parameters.count
            precondition(newValue.count == split + decoder.parameters.count)
            predictor.parameters = Array(newValue[..<split])
            decoder.parameters = Array(newValue[split...])
        }
    }

    /// The manifold at x: ỹ_k = g(f(x), φ(z_k)).
    public func manifold(x: Double) -> [SIMD2<Double>] {
        var sweep = ConditionalDecoderSweep(decoder: decoder, featureCount: predictor.outputCount, latentInputs: decoderLatentInputs)
        return sweep.evaluate(decoder, features: predictor.forward([x]))
    }

    /// (1/B) Σ_n F_β(x⁽ⁿ⁾, y⁽ⁿ⁾) and its gradient: each ∂F/∂ỹ_k with a non-zero soft-argmin weight is
    /// backpropagated through g (into g's θ and into f(x)), and the summed ∂F/∂f(x) through f.
    public func lossAndGradient(batch: [HornSample]) -> (loss: Double, gradient: [Double]) {
        var predictorGradient = [Double](repeating: 0, count: predictor.parameters.count)
        var decoderGradient = [Double](repeating: 0, count: decoder.parameters.count)
        guard !batch.isEmpty else { return (0, predictorGradient + decoderGradient) }
        var sweep = ConditionalDecoderSweep(decoder: decoder, featureCount: predictor.outputCount, latentInputs: decoderLatentInputs)
        let scale = 1 / Double(batch.count)
        var loss = 0.0
        var outputGradients = [SIMD2<Double>](repeating: .zero, count: latents.count)
        for sample in batch {
            let points = sweep.evaluate(decoder, features: predictor.forward([sample.x]))
            let energies = conditionalEnergies(y: sample.y, manifold: points, penalties: latentPenalties)
            let weights = conditionalLatentWeights(energies, beta: beta)
            loss += conditionalFreeEnergy(energies, beta: beta) * scale
            // ∂F/∂ỹ_k = w_k · (−2)(y − ỹ_k) (docs/lecture.md §4), scaled by 1/B.
            for k in points.indices {
                outputGradients[k] = weights[k] == 0 ? .zero : -2 * weights[k] * scale * (sample.y - points[k])
            }
            let featureGradient = sweep.backward(decoder, outputGradients: outputGradients, accumulatingInto: &decoderGradient)
            _ = predictor.backward([sample.x], outputGradient: featureGradient, accumulatingInto: &predictorGradient)
        }
        return (loss, predictorGradient + decoderGradient)
    }
}
