#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// log Σᵢ exp(vᵢ), computed as m + log Σᵢ exp(vᵢ − m) with m = maxᵢ vᵢ so that no term overflows.
///
/// Returns −∞ for an empty array or when every value is −∞, and +∞ when some value is +∞.
/// Accurate to a few ulps of the result for any finite inputs.
public func logSumExp(_ values: [Double]) -> Double {
    guard let m = values.max(), m != -.infinity else { return -.infinity }
    if m == .infinity { return .infinity }
    var sum = 0.0
    for v in values { sum += exp(v - m) }
    return m + log(sum)
}

/// The lecture's "actual softmin": softmin_β[E] = −(1/β)·log[(1/N)·Σ_z exp(−β·E_z)].
///
/// Computed max-shifted as m − (1/β)·log[(1/N)·Σ_z exp(−β(E_z − m))] with m = min_z E_z, so it never
/// overflows; the sum is carried as N + Σ_z expm1(−β(E_z − m)) and its log as log1p, so that as β → 0 (where
/// F_β → mean E and the log's argument → 1) the result stays accurate to ~1e-15 relative instead of losing
/// digits as 1e-16/β. Accurate for β from 1e-6 to 1e6 and energies up to 1e6.
/// Limits: β = ∞ gives min_z E_z ("cold"); β = 0 gives the mean (1/N)·Σ_z E_z ("hot").
/// β must be ≥ 0. An empty array gives +∞ (the minimum over an empty set).
public func softmin(_ energies: [Double], beta: Double) -> Double {
    precondition(beta >= 0, "beta must be >= 0")
    guard let m = energies.min() else { return .infinity }
    if beta == .infinity { return m }
    if beta == 0 { return energies.reduce(0, +) / Double(energies.count) }
    // Σ_z exp(−β(E_z − m)) − N accumulated as Σ expm1(·) keeps the tiny-β regime exact (see the doc comment).
    var excess = 0.0
    for e in energies { excess += expm1(-beta * (e - m)) }
    return m - log1p(excess / Double(energies.count)) / beta
}

/// The lecture's "actual softmax": softmax_β[E] = (1/β)·log Σ_z exp(β·E_z) − (1/β)·log N.
///
/// Computed max-shifted as M + (1/β)·log1p[(1/N)·Σ_z expm1(β(E_z − M))] with M = max_z E_z (as `softmin`); so
/// softmin_β(E) = −softmax_β(−E) holds exactly. β = ∞ gives max_z E_z; β = 0 gives the mean.
/// β must be ≥ 0. An empty array gives −∞.
public func softmax(_ energies: [Double], beta: Double) -> Double {
    precondition(beta >= 0, "beta must be >= 0")
    guard let m = energies.max() else { return -.infinity }
    if beta == .infinity { return m }
    if beta == 0 { return energies.reduce(0, +) / Double(energies.count) }
    var excess = 0.0
    for e in energies { excess += expm1(beta * (e - m)) }
    return m + log1p(excess / Double(energies.count)) / beta
}

/// The soft-argmin weights w_z = exp(−β·E_z) / Σ_{z′} exp(−β·E_{z′}), computed max-shifted (they sum to 1).
///
/// They are the weights of ∂F_β/∂θ = Σ_z w_z·∂E(y, z)/∂θ. β = ∞ gives the one-hot vector at the first
/// index of the minimum; β = 0 gives uniform weights 1/N. β must be ≥ 0.
public func softargminWeights(_ energies: [Double], beta: Double) -> [Double] {
    precondition(beta >= 0, "beta must be >= 0")
    guard let m = energies.min() else { return [] }
    if beta == .infinity {
        var weights = Array(repeating: 0.0, count: energies.count)
        // The first minimum by index (a NaN energy never wins a comparison, so it cannot trap here).
        weights[energies.indices.min { energies[$0] < energies[$1] }!] = 1
        return weights
    }
    var weights = energies.map { exp(-beta * ($0 - m)) }
    let sum = weights.reduce(0, +)
    for k in weights.indices { weights[k] /= sum }
    return weights
}
