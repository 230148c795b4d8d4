/// The horn with its fixed circle replaced by a learned map of a latent of any dimension (docs/lecture.md §3.3, item 2):
///
///   ỹ_k(x) = f(x) ⊙ h(z_k),  E(x, y, z_k) = ‖y − f(x) ⊙ h(z_k)‖² + λ‖z_k‖²,
///
/// with the predictor f = MLP [1, 8, 8, 2] as in the horn and the shape h = MLP [dim z, …, 2] fed raw z. The horn
/// itself is the special case h(z) = (cos z, sin z) with a scalar z. f carries the x-dependence (the radii), h the
/// shape shared by every x, so every sample trains the same h; the 2-D latent question — can h(z) fill the plane
/// instead of drawing a curve? — is then not mixed up with how g would have to learn the x-scaling.
///
/// h does not depend on x, so a batch evaluates h(z_k) once for all its samples and backpropagates through h once,
/// with ∂L/∂h_k = Σ_n f(x⁽ⁿ⁾) ⊙ ∂F/∂ỹ_k⁽ⁿ⁾ summed over the batch; θ = f's parameters, then h's, each in `MLP` order.
public struct ScaledDecoderModel: TrainableModel, ConditionalEnergyModel, Equatable {
    /// One training pair (x, y).
    public typealias Sample = HornSample

    /// The predictor f: ℝ → ℝ², the two scales.
    public var predictor: MLP
    /// The shape h: ℝ^{dim z} → ℝ².
    public var shape: MLP
    /// The latent grid: each z_k is a vector of the latent dimension.
    public let latents: [[Double]]
    /// λ ≥ 0 of the latent penalty R_k = λ‖z_k‖².
    public let latentPenalty: Double
    /// The inverse temperature: `.infinity` trains on F∞, finite β on F_β.
    public var beta: Double
    /// R_k = λ‖z_k‖² (empty when λ = 0).
    public let latentPenalties: [Double]

    /// A model with f = MLP [1] + predictorHiddenSizes + [2] and h = MLP [dim z] + shapeHiddenSizes + [2], both from
    /// one `SeededGenerator(seed:)`: f's parameters are drawn first.
    public init(
        seed: UInt64, predictorHiddenSizes: [Int] = [8, 8], shapeHiddenSizes: [Int] = [16, 16], latents: [[Double]],
        latentPenalty: Double = 0, beta: Double = .infinity
    ) {
        precondition(!latents.isEmpty && latents.allSatisfy { $0.count == latents[0].count && !$0.isEmpty })
        precondition(latentPenalty >= 0 && beta > 0)
        var generator = SeededGenerator(seed: seed)
        predictor = MLP(layerSizes: [1] + predictorHiddenSizes + [2], using: &generator)
        shape = MLP(layerSizes: [latents[0].count] + shapeHiddenSizes + [2], using: &generator)
        self.latents = latents
        self.latentPenalty = latentPenalty
        self.beta = beta
        latentPenalties = squaredNormPenalties(latents, lambda: latentPenalty)
    }

    /// θ: the predictor's parameters followed by the shape's.
    public var parameters: [Double] {
        get { predictor.parameters + shape.parameters }
        set {
            let split = predictor.parameters.count
            precondition(newValue.count == split + shape.parameters.count)
            predictor.parameters = Array(newValue[..<split])
            shape.parameters = Array(newValue[split...])
        }
    }

    /// h(z_k) for every latent, in latent order.
    public func shapePoints() -> [SIMD2<Double>] {
        var sweep = ConditionalDecoderSweep(decoder: shape, featureCount: 0, latentInputs: latents)
        return sweep.evaluate(shape, features: [])
    }

    /// The manifold at x: ỹ_k = f(x) ⊙ h(z_k).
    public func manifold(x: Double) -> [SIMD2<Double>] {
        let f = predictor.forward([x])
        let scale = SIMD2(f[0], f[1])
        return shapePoints().map { scale * $0 }
    }

    /// (1/B) Σ_n F_β(x⁽ⁿ⁾, y⁽ⁿ⁾) and its gradient. With G_k = ∂F/∂ỹ_k = w_k·(−2)(y − ỹ_k) (soft-argmin weights w,
    /// docs/lecture.md §4): ∂F/∂f = Σ_k G_k ⊙ h(z_k) goes back through f per sample, and ∂F/∂h_k = G_k ⊙ f(x) is summed over
    /// the batch before one backward pass through h.
    public func lossAndGradient(batch: [HornSample]) -> (loss: Double, gradient: [Double]) {
        var predictorGradient = [Double](repeating: 0, count: predictor.parameters.count)
        var shapeGradient = [Double](repeating: 0, count: shape.parameters.count)
        guard !batch.isEmpty else { return (0, predictorGradient + shapeGradient) }
        var sweep = ConditionalDecoderSweep(decoder: shape, featureCount: 0, latentInputs: latents)
        let shapes = sweep.evaluate(shape, features: [])
        var shapeOutputGradients = [SIMD2<Double>](repeating: .zero, count: latents.count)
        let scale = 1 / Double(batch.count)
        var loss = 0.0
        var points = shapes
        for sample in batch {
            let f = predictor.forward([sample.x])
            let radii = SIMD2(f[0], f[1])
            for k in shapes.indices { points[k] = radii * shapes[k] }
            let energies = conditionalEnergies(y: sample.y, manifold: points, penalties: latentPenalties)
            let weights = conditionalLatentWeights(energies, beta: beta)
            loss += conditionalFreeEnergy(energies, beta: beta) * scale
            var radiusGradient = SIMD2<Double>.zero
            for k in points.indices where weights[k] != 0 {
                let g = -2 * weights[k] * scale * (sample.y - points[k])
                radiusGradient += g * shapes[k]
                shapeOutputGradients[k] += g * radii
            }
            _ = predictor.backward([sample.x], outputGradient: [radiusGradient.x, radiusGradient.y],
                                   accumulatingInto: &predictorGradient)
        }
        _ = sweep.backward(shape, outputGradients: shapeOutputGradients, accumulatingInto: &shapeGradient)
        return (loss, predictorGradient + shapeGradient)
    }
}
