#if canImport(Glibc)
import Glibc
#endif
import EBMCore

/// The colours of 15-2 Figs 3–5: the lecture's unnormalised weights exp(−βE(y′, z)) while they can be drawn, else the
/// normalised soft-argmin weights (docs/experiments.md, `softargmin-weights`).
struct WeightColouring: Equatable {
    /// The weight of each z, in grid order.
    let weights: [Double]
    /// The colour bar's range [min, max] (min = 0 when every weight is the same).
    let range: ClosedRange<Double>
    /// Whether the weights are the normalised softargmin_β(E) rather than the lecture's exp(−βE).
    let normalised: Bool

    /// The lecture's exp(−βE) when β is finite, the largest weight is finite and > 0 (no total underflow) and the
    /// weights are not all equal; otherwise softargmin_β(E) = exp(−β(E − min E)) / Σ, which never underflows
    /// (β = ∞: one-hot at the grid argmin).
    init(energies: [Double], beta: Double) {
        let lecture = beta.isFinite ? energies.map { exp(-beta * $0) } : []
        if let lo = lecture.min(), let hi = lecture.max(), hi.isFinite, hi > 0, hi > lo {
            weights = lecture
            range = lo...hi
            normalised = false
            return
        }
        let soft = softargminWeights(energies, beta: beta)
        let lo = soft.min()!, hi = soft.max()!
        weights = soft
        range = (hi > lo ? lo : 0)...hi
        normalised = true
    }
}
