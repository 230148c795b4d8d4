#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The unconditional decoder of 15-1 and 15-2: g(z) = [w₁·cos z, w₂·sin z]ᵀ, with energy
/// E(y, z) = [y₁ − g₁(z)]² + [y₂ − g₂(z)]² = ‖y − g(z)‖² (docs/lecture.md §3.1). Its only parameters are w₁ and w₂.
public struct EllipseDecoder: Sendable, Equatable {
    /// Semi-axis along y₁ (signed: w₁ < 0 puts g(0) on the left and makes increasing z run clockwise).
    public var w1: Double
    /// Semi-axis along y₂ (signed).
    public var w2: Double

    /// The decoder g(z) = [w₁ cos z, w₂ sin z].
    public init(w1: Double, w2: Double) {
        self.w1 = w1
        self.w2 = w2
    }

    /// The lecture's "untrained" decoder, (w₁, w₂) = (−1.449, 0.357), measured from the figures (docs/lecture.md §3.1).
    public static let lectureUntrained = EllipseDecoder(w1: -1.449, w2: 0.357)

    /// ỹ = g(z) = [w₁ cos z, w₂ sin z].
    @inlinable
    public func callAsFunction(_ z: Double) -> Point2 {
        Point2(w1 * cos(z), w2 * sin(z))
    }

    /// The model manifold sampled on the grid: [g(z_k)] for every z_k of `latents`.
    public func manifold(_ latents: LatentGrid) -> [Point2] {
        latents.values.map { self($0) }
    }

    /// E(y, z) = ‖y − g(z)‖² = (y₁ − w₁ cos z)² + (y₂ − w₂ sin z)².
    @inlinable
    public func energy(_ y: Point2, z: Double) -> Double {
        let d = y - self(z)
        return d.x * d.x + d.y * d.y
    }

    /// [E(y, z_k)] for every z_k of `latents`, in grid order.
    public func energies(_ y: Point2, latents: LatentGrid) -> [Double] {
        latents.values.map { energy(y, z: $0) }
    }

    /// Zero-temperature inference by exhaustive search over the grid: ž = argmin_z E(y, z) and
    /// F∞(y) = min_z E(y, z) = E(y, ž). `index` is the first grid index attaining the minimum; `zCheck` = z_index.
    public func zeroTemperatureInference(_ y: Point2, latents: LatentGrid) -> (freeEnergy: Double, index: Int, zCheck: Double) {
        var best = Double.infinity
        var bestIndex = 0
        for (k, z) in latents.values.enumerated() {
            let e = energy(y, z: z)
            if e < best {
                best = e
                bestIndex = k
            }
        }
        return (best, bestIndex, latents.values[bestIndex])
    }

    /// The free energy on the grid.
    ///
    /// β = ∞: F∞(y) = min_z E(y, z). Finite β > 0: F_β(y) = −(1/β)·log[(1/N_z)·Σ_z exp(−β·E(y, z))], the mean
    /// (not the sum) inside the log, computed max-shifted (see `softmin`). β = 0: the mean of E over z.
    public func freeEnergy(_ y: Point2, beta: Double, latents: LatentGrid) -> Double {
        if beta == .infinity { return zeroTemperatureInference(y, latents: latents).freeEnergy }
        return softmin(energies(y, latents: latents), beta: beta)
    }

    /// ∂E(y, z)/∂z = 2·w₁ sin z·(y₁ − w₁ cos z) − 2·w₂ cos z·(y₂ − w₂ sin z).
    public func energyDerivative(_ y: Point2, z: Double) -> Double {
        let c = cos(z), s = sin(z)
        return 2 * w1 * s * (y.x - w1 * c) - 2 * w2 * c * (y.y - w2 * s)
    }
}
