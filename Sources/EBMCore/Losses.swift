#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The energy loss l_energy(F, y̌) = F(y̌): pull the free energy of the correct point down (docs/lecture.md §4).
public func energyLoss(_ freeEnergy: Double) -> Double {
    freeEnergy
}

/// The hinge loss l_hinge(F, y̌, ŷ) = (m − [F(ŷ) − F(y̌)])⁺ = max(0, m − (F(ŷ) − F(y̌))), with margin m > 0;
/// `positive` = F(y̌) (the correct, "cold" point), `negative` = F(ŷ) (the contrastive, "hot" point).
public func hingeLoss(positive: Double, negative: Double, margin: Double) -> Double {
    max(0, margin - (negative - positive))
}

/// The log loss l_log(F, y̌, ŷ) = log(1 + exp[F(y̌) − F(ŷ)]) = softplus(F(y̌) − F(ŷ)), a soft hinge with an
/// "infinite margin". Computed stably: never overflows, and is exact to rounding for large |F(y̌) − F(ŷ)|.
public func logLoss(positive: Double, negative: Double) -> Double {
    softplus(positive - negative)
}

/// The dataset loss L = (1/N)·Σ_n l⁽ⁿ⁾, the mean of per-sample losses. An empty array gives NaN (no mean).
public func datasetMean(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
}

/// ∂l_log/∂F(y̌) = σ(F(y̌) − F(ŷ)) = 1/(1 + exp[F(ŷ) − F(y̌)]), with ∂l_log/∂F(ŷ) = −∂l_log/∂F(y̌).
/// Computed without overflow for any arguments.
public func logLossDerivative(positive: Double, negative: Double) -> Double {
    logistic(positive - negative)
}

/// softplus(x) = log(1 + eˣ), computed as max(x, 0) + log1p(e^{−|x|}) so it never overflows.
private func softplus(_ x: Double) -> Double {
    max(x, 0) + log1p(exp(-abs(x)))
}

/// The logistic sigmoid σ(x) = 1/(1 + e^{−x}) = d softplus(x)/dx, computed without overflow for any x.
private func logistic(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let e = exp(x)
    return e / (1 + e)
}
