#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A conditional latent-variable energy model whose energy is a squared distance to a manifold point plus
/// an optional latent penalty: E(x, y, z_k) = ‖y − ỹ_k(x)‖² + R_k (docs/lecture.md §3.2, §3.3).
///
/// The horn model has ỹ_k = (f₁(x) cos z_k, f₂(x) sin z_k) and R = 0; the neural-decoder models have
/// ỹ_k = g(f(x), z_k) and R_k = λ‖z_k‖². Free energies, maps and ZTL/softmin gradients are written once,
/// in this protocol's extension.
public protocol ConditionalEnergyModel: Sendable {
    /// The inverse temperature of the free energy and of training: `.infinity` is zero temperature.
    var beta: Double { get }
    /// The model manifold at x: ỹ_k(x) for every latent value z_k, in latent order.
    func manifold(x: Double) -> [SIMD2<Double>]
    /// R_k, the energy added for each latent value (empty means R = 0 for every k).
    var latentPenalties: [Double] { get }
}

extension ConditionalEnergyModel {
    /// No latent penalty: R_k = 0.
    public var latentPenalties: [Double] { [] }

    /// E(x, y, z_k) = ‖y − ỹ_k(x)‖² + R_k for every k.
    public func energies(x: Double, y: SIMD2<Double>) -> [Double] {
        conditionalEnergies(y: y, manifold: manifold(x: x), penalties: latentPenalties)
    }

    /// E(x, y, z_k) for every k at the sample's (x, y).
    public func energies(_ sample: HornSample) -> [Double] {
        energies(x: sample.x, y: sample.y)
    }

    /// F_β(x, y) at the model's own β (see `conditionalFreeEnergy(_:beta:)`).
    public func freeEnergy(_ sample: HornSample) -> Double {
        conditionalFreeEnergy(energies(sample), beta: beta)
    }

    /// F_β(x, y) at an explicit β (`.infinity` gives F∞ = min_k E).
    public func freeEnergy(_ sample: HornSample, beta: Double) -> Double {
        conditionalFreeEnergy(energies(sample), beta: beta)
    }

    /// F_β(x, y) on the grid y₁ × y₂ at a fixed x, at the model's own β; row-major, rows over y₂ ascending
    /// as given: value[j·y1.count + i] = F_β(x, (y1[i], y2[j])).
    public func freeEnergyMap(x: Double, y1: [Double], y2: [Double]) -> [Double] {
        freeEnergyMap(x: x, y1: y1, y2: y2, beta: beta)
    }

    /// As `freeEnergyMap(x:y1:y2:)` at an explicit β. The manifold at x is computed once.
    public func freeEnergyMap(x: Double, y1: [Double], y2: [Double], beta: Double) -> [Double] {
        let points = manifold(x: x)
        let penalties = latentPenalties
        var map: [Double] = []
        map.reserveCapacity(y1.count * y2.count)
        for b in y2 {
            for a in y1 {
                map.append(conditionalFreeEnergy(
                    conditionalEnergies(y: SIMD2(a, b), manifold: points, penalties: penalties), beta: beta))
            }
        }
        return map
    }

    /// F_β of one sample and ∂F_β/∂ỹ_k for every k: ∂F/∂ỹ_k = w_k · (−2)(y − ỹ_k), with w the
    /// soft-argmin weights (one-hot at ž for β = ∞, docs/lecture.md §4). The models chain this into ∂F/∂θ.
    func freeEnergyAndManifoldGradient(
        _ sample: HornSample
    ) -> (freeEnergy: Double, manifold: [SIMD2<Double>], manifoldGradient: [SIMD2<Double>]) {
        let points = manifold(x: sample.x)
        let energy = conditionalEnergies(y: sample.y, manifold: points, penalties: latentPenalties)
        let weights = conditionalLatentWeights(energy, beta: beta)
        var gradient = [SIMD2<Double>](repeating: .zero, count: points.count)
        for k in points.indices where weights[k] != 0 {
            gradient[k] = -2 * weights[k] * (sample.y - points[k])
        }
        return (conditionalFreeEnergy(energy, beta: beta), points, gradient)
    }
}

/// E_k = ‖y − ỹ_k‖² + R_k (R_k = 0 when `penalties` is empty).
func conditionalEnergies(y: SIMD2<Double>, manifold: [SIMD2<Double>], penalties: [Double]) -> [Double] {
    precondition(penalties.isEmpty || penalties.count == manifold.count)
    var energies = [Double](repeating: 0, count: manifold.count)
    for k in manifold.indices {
        let d = y - manifold[k]
        energies[k] = d.x * d.x + d.y * d.y + (penalties.isEmpty ? 0 : penalties[k])
    }
    return energies
}

/// The free energy of a latent-energy vector E_1…E_N over a uniform latent grid (docs/lecture.md §4):
/// β = ∞: F∞ = min_k E_k; finite β > 0: F_β = −(1/β) log[(1/N) Σ_k exp(−β E_k)], the mean inside the log,
/// evaluated as E_min − (1/β) log[(1/N) Σ_k exp(−β (E_k − E_min))] so no term overflows or underflows to 0.
public func conditionalFreeEnergy(_ energies: [Double], beta: Double) -> Double {
    precondition(!energies.isEmpty && beta > 0, "free energy needs energies and β > 0")
    let minimum = energies.min()!
    if beta == .infinity { return minimum }
    var sum = 0.0
    for e in energies { sum += exp(-beta * (e - minimum)) }
    return minimum - log(sum / Double(energies.count)) / beta
}

/// The soft-argmin weights w_k = exp(−β E_k) / Σ_j exp(−β E_j) = ∂F_β/∂E_k (max-shifted); at β = ∞ the
/// one-hot vector at ž = the first index of min_k E_k, which is ∂F∞/∂E_k away from ties.
public func conditionalLatentWeights(_ energies: [Double], beta: Double) -> [Double] {
    precondition(!energies.isEmpty && beta > 0)
    var weights = [Double](repeating: 0, count: energies.count)
    var best = 0
    for k in energies.indices where energies[k] < energies[best] { best = k }
    if beta == .infinity {
        weights[best] = 1
        return weights
    }
    let minimum = energies[best]
    var sum = 0.0
    for k in energies.indices {
        weights[k] = exp(-beta * (energies[k] - minimum))
        sum += weights[k]
    }
    for k in weights.indices { weights[k] /= sum }
    return weights
}
