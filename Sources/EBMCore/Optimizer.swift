#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A first-order optimiser over a flat parameter vector.
public enum OptimizerKind: Sendable, Equatable, Codable {
    /// SGD with momentum μ (PyTorch's form): v ← μ v + g; θ ← θ − lr · v.
    case sgd(learningRate: Double, momentum: Double)
    /// Adam (Kingma & Ba 2015, PyTorch's defaults): m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²;
    /// θ ← θ − lr · m̂ / (√v̂ + ε), with bias-corrected m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
    case adam(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double)
}

/// The state of one optimiser run: velocity (SGD) or moments (Adam), and the step count.
public struct OptimizerState: Sendable {
    public let kind: OptimizerKind
    private var first: [Double]
    private var second: [Double]
    private var step = 0

    /// Creates zeroed state for `parameterCount` parameters.
    public init(kind: OptimizerKind, parameterCount: Int) {
        self.kind = kind
        first = Array(repeating: 0, count: parameterCount)
        second = Array(repeating: 0, count: parameterCount)
    }

    /// Applies one update of `parameters` along `gradient` (both of the count given at creation).
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == first.count && gradient.count == first.count)
        step += 1
        switch kind {
        case let .sgd(learningRate, momentum):
            for i in parameters.indices {
                first[i] = momentum * first[i] + gradient[i]
                parameters[i] -= learningRate * first[i]
            }
        case let .adam(learningRate, beta1, beta2, epsilon):
            let correction1 = 1 - pow(beta1, Double(step))
            let correction2 = 1 - pow(beta2, Double(step))
            for i in parameters.indices {
                first[i] = beta1 * first[i] + (1 - beta1) * gradient[i]
                second[i] = beta2 * second[i] + (1 - beta2) * gradient[i] * gradient[i]
                let mHat = first[i] / correction1
                let vHat = second[i] / correction2
                parameters[i] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
            }
        }
    }
}
