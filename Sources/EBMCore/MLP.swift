#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fully connected network with ReLU between layers and no final nonlinearity:
/// h₀ = input, h_{l+1} = ReLU(W_l h_l + b_l) for hidden layers, output = W_{L−1} h_{L−1} + b_{L−1}.
///
/// Parameters are one flat vector, layer by layer: W_l (n_{l+1} × n_l, row-major, W_l[i][j] at
/// offset_l + i·n_l + j), then b_l (n_{l+1}). Backpropagation is written by hand; the network is tiny
/// (the horn predictor is [1, 8, 8, 2], 106 parameters), so plain loops beat any general autodiff.
public struct MLP: Sendable, Equatable {
    /// The widths [n₀, n₁, …, n_L]: n₀ inputs, n_L outputs.
    public let layerSizes: [Int]
    /// θ, flat, in the order documented on the type; its count must stay `parameterCount(layerSizes:)`.
    public var parameters: [Double]

    /// The number of parameters Σ_l n_{l+1}(n_l + 1).
    public static func parameterCount(layerSizes: [Int]) -> Int {
        zip(layerSizes, layerSizes.dropFirst()).reduce(0) { $0 + $1.1 * ($1.0 + 1) }
    }

    /// PyTorch-like initialisation: every weight and bias of layer l ~ U(−1/√n_l, +1/√n_l).
    ///
    /// Draw order: layer by layer, the weights in row-major order and then the biases, i.e. exactly the
    /// order of `parameters`, one `nextUniform(in:)` each.
    public init(layerSizes: [Int], using generator: inout SeededGenerator) {
        precondition(layerSizes.count >= 2 && layerSizes.allSatisfy { $0 > 0 }, "an MLP needs ≥ 2 positive widths")
        self.layerSizes = layerSizes
        var theta: [Double] = []
        theta.reserveCapacity(MLP.parameterCount(layerSizes: layerSizes))
        for (fanIn, fanOut) in zip(layerSizes, layerSizes.dropFirst()) {
            let bound = 1 / Double(fanIn).squareRoot()
            for _ in 0..<(fanOut * (fanIn + 1)) {
                theta.append(generator.nextUniform(in: -bound..<bound))
            }
        }
        parameters = theta
    }

    /// Creates a network with the given widths and explicit parameters (count must match).
    public init(layerSizes: [Int], parameters: [Double]) {
        precondition(layerSizes.count >= 2 && parameters.count == MLP.parameterCount(layerSizes: layerSizes))
        self.layerSizes = layerSizes
        self.parameters = parameters
    }

    /// The number of inputs n₀.
    public var inputCount: Int { layerSizes[0] }
    /// The number of outputs n_L.
    public var outputCount: Int { layerSizes[layerSizes.count - 1] }

    /// The network output W_{L−1}·ReLU(…ReLU(W₀ x + b₀)…) + b_{L−1}.
    public func forward(_ input: [Double]) -> [Double] {
        activations(input).last!
    }

    /// Input and parameter gradients of ⟨outputGradient, forward(input)⟩, by backpropagation (the forward
    /// pass is recomputed): ∂/∂h_l = W_lᵀ δ_l, δ_l = ∂/∂(pre-activation) masked by ReLU′, ∂/∂W_l = δ_l h_lᵀ,
    /// ∂/∂b_l = δ_l.
    public func backward(
        _ input: [Double], outputGradient: [Double]
    ) -> (inputGradient: [Double], parameterGradient: [Double]) {
        var parameterGradient = [Double](repeating: 0, count: parameters.count)
        let inputGradient = backward(input, outputGradient: outputGradient, accumulatingInto: &parameterGradient)
        return (inputGradient, parameterGradient)
    }

    /// As `backward(_:outputGradient:)`, but adds ∂/∂θ into `parameterGradient` (+=, never overwrites),
    /// so gradients of several evaluations sum without extra arrays. Returns ∂/∂input.
    public func backward(
        _ input: [Double], outputGradient: [Double], accumulatingInto parameterGradient: inout [Double]
    ) -> [Double] {
        precondition(outputGradient.count == outputCount && parameterGradient.count == parameters.count)
        let hidden = activations(input)
        var delta = outputGradient
        var offset = parameters.count
        parameters.withUnsafeBufferPointer { theta in
            parameterGradient.withUnsafeMutableBufferPointer { grad in
                for l in stride(from: layerSizes.count - 2, through: 0, by: -1) {
                    let fanIn = layerSizes[l], fanOut = layerSizes[l + 1]
                    offset -= fanOut * (fanIn + 1)
                    let h = hidden[l]
                    let biasOffset = offset + fanOut * fanIn
                    var previous = [Double](repeating: 0, count: fanIn)
                    for i in 0..<fanOut {
                        let d = delta[i]
                        if d == 0 { continue }
                        grad[biasOffset + i] += d
                        let row = offset + i * fanIn
                        for j in 0..<fanIn {
                            grad[row + j] += d * h[j]
                            previous[j] += theta[row + j] * d
                        }
                    }
                    // h_l = ReLU(pre_l) for l ≥ 1: the derivative is 1 where h_l > 0 (0 at the kink).
                    if l > 0 {
                        for j in 0..<fanIn where h[j] <= 0 { previous[j] = 0 }
                    }
                    delta = previous
                }
            }
        }
        return delta
    }

    /// [h₀, h₁, …, h_L]: the input, each hidden layer after ReLU, and the (linear) output.
    private func activations(_ input: [Double]) -> [[Double]] {
        precondition(input.count == inputCount, "MLP expects \(inputCount) inputs, got \(input.count)")
        precondition(parameters.count == MLP.parameterCount(layerSizes: layerSizes), "MLP parameter count changed")
        var result: [[Double]] = [input]
        result.reserveCapacity(layerSizes.count)
        var offset = 0
        parameters.withUnsafeBufferPointer { theta in
            for l in 0..<(layerSizes.count - 1) {
                let fanIn = layerSizes[l], fanOut = layerSizes[l + 1]
                let h = result[l]
                let biasOffset = offset + fanOut * fanIn
                let isOutput = l == layerSizes.count - 2
                var next = [Double](repeating: 0, count: fanOut)
                for i in 0..<fanOut {
                    var sum = theta[biasOffset + i]
                    let row = offset + i * fanIn
                    for j in 0..<fanIn { sum += theta[row + j] * h[j] }
                    next[i] = isOutput ? sum : max(sum, 0)
                }
                result.append(next)
                offset += fanOut * (fanIn + 1)
            }
        }
        return result
    }
}
