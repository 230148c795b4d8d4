#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How well a trained horn model reproduces the generating process (docs/lecture.md §5.3 acceptance).
public struct HornFitReport: Sendable, Equatable {
    /// For each component i, median over the input grid of | |f_i(x)| − ρ_i(x) | / ρ_i(x).
    /// |f| because f may learn −ρ: the energy is unchanged by z → z + π or z → −z.
    public var componentMedianRelativeErrors: SIMD2<Double>
    /// The larger of the two component medians (the acceptance number; ≤ 0.05 means within 5 %).
    public var medianRelativeError: Double { max(componentMedianRelativeErrors.x, componentMedianRelativeErrors.y) }
    /// (1/N) Σ_n F∞(x⁽ⁿ⁾, y⁽ⁿ⁾) of the model on the data.
    public var meanFreeEnergy: Double
    /// The same mean with f = ρ exactly on the same latent grid: what noise and grid spacing alone cost.
    public var floorFreeEnergy: Double
}

/// Measures `model` against ρ on `inputs` (default x = 0 : 0.02 : 1) and its mean F∞ on `data` against the
/// floor of the exact predictor f = ρ on the same latent grid. F∞ is used whatever the model's β.
public func hornFitReport(
    model: HornModel, data: [HornSample], inputs: [Double] = hornInputGrid()
) -> HornFitReport {
    precondition(!inputs.isEmpty && !data.isEmpty)
    var errors1: [Double] = [], errors2: [Double] = []
    for x in inputs {
        let f = model.predictor.forward([x])
        let rho = rho(x)
        errors1.append(abs(abs(f[0]) - rho.x) / rho.x)
        errors2.append(abs(abs(f[1]) - rho.y) / rho.y)
    }
    let exact = ExactHornPredictor(latents: model.latents)
    var meanModel = 0.0, meanExact = 0.0
    for sample in data {
        meanModel += model.freeEnergy(sample, beta: .infinity)
        meanExact += exact.freeEnergy(sample, beta: .infinity)
    }
    return HornFitReport(
        componentMedianRelativeErrors: SIMD2(median(errors1), median(errors2)),
        meanFreeEnergy: meanModel / Double(data.count),
        floorFreeEnergy: meanExact / Double(data.count))
}

/// The horn energy with the true radii as predictor: ỹ_k = (ρ₁(x) cos z_k, ρ₂(x) sin z_k).
private struct ExactHornPredictor: ConditionalEnergyModel {
    var latents: [Double]
    var beta: Double { .infinity }

    func manifold(x: Double) -> [SIMD2<Double>] {
        let rho = rho(x)
        return latents.map { SIMD2(rho.x * cos($0), rho.y * sin($0)) }
    }
}

/// The median (mean of the two middle values for an even count).
private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
