#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EllipseDecoder {
    /// ∂E(y, z)/∂(w₁, w₂) = (−2(y₁ − w₁ cos z)·cos z, −2(y₂ − w₂ sin z)·sin z).
    public func energyParameterGradient(_ y: Point2, z: Double) -> Point2 {
        let c = cos(z), s = sin(z)
        return Point2(-2 * (y.x - w1 * c) * c, -2 * (y.y - w2 * s) * s)
    }

    /// ∇_y F_β(y) = Σ_z w_z·2(y − g(z)), with w_z the soft-argmin weights of E(y, ·) at β.
    ///
    /// β = ∞ gives 2(y − g(ž)) with ž the first grid argmin (the gradient is undefined at ties between
    /// minima; this picks the first). Note ∂E/∂ỹ = −2(y − ỹ): the arrows of 15-2 Fig 7.
    public func freeEnergyGradient(_ y: Point2, beta: Double, latents: LatentGrid) -> Point2 {
        if beta == .infinity {
            return 2 * (y - self(zeroTemperatureInference(y, latents: latents).zCheck))
        }
        let weights = softargminWeights(energies(y, latents: latents), beta: beta)
        var gradient = Point2.zero
        for (k, z) in latents.values.enumerated() {
            gradient += weights[k] * 2 * (y - self(z))
        }
        return gradient
    }

    /// ∂F_β(y)/∂(w₁, w₂) = Σ_z w_z·∂E(y, z)/∂(w₁, w₂), with w_z the soft-argmin weights of E(y, ·) at β.
    ///
    /// β = ∞ gives ∂E(y, ž)/∂(w₁, w₂) at the first grid argmin ž (docs/lecture.md §4, "Gradient").
    public func freeEnergyParameterGradient(_ y: Point2, beta: Double, latents: LatentGrid) -> Point2 {
        if beta == .infinity {
            return energyParameterGradient(y, z: zeroTemperatureInference(y, latents: latents).zCheck)
        }
        let weights = softargminWeights(energies(y, latents: latents), beta: beta)
        var gradient = Point2.zero
        for (k, z) in latents.values.enumerated() {
            gradient += weights[k] * energyParameterGradient(y, z: z)
        }
        return gradient
    }
}
