/// The decoder g of a `NeuralDecoderModel` evaluated at one feature vector f(x) for every latent input φ(z_k),
/// k = 0 … K−1, with every layer's activations kept for backpropagation:
///
///   h₀⁽ᵏ⁾ = [f, φ(z_k)],  h_{l+1}⁽ᵏ⁾ = ReLU(W_l h_l⁽ᵏ⁾ + b_l),  ỹ_k = W_{L−1} h_{L−1}⁽ᵏ⁾ + b_{L−1}.
///
/// The same arithmetic as `MLP.forward` and `MLP.backward`, but over all K latents at once in flat buffers that are
/// reused from sample to sample: a 2-D latent grid has hundreds of points, and one small array per layer and per
/// latent (what `MLP` allocates) cost several times the arithmetic. W_f f + b₀, the part of the first layer shared
/// by every latent, is computed once per sample.
struct ConditionalDecoderSweep {
    let layerSizes: [Int]
    let featureCount: Int
    let latentCount: Int
    /// activations[l]: h_l for every latent, row-major K × n_l (activations[0] holds only φ(z_k); f is `features`).
    private var activations: [[Double]]
    private var features: [Double]

    /// Buffers for `decoder` over the latent inputs φ(z_k) (each of width n₀ − featureCount).
    init(decoder: MLP, featureCount: Int, latentInputs: [[Double]]) {
        layerSizes = decoder.layerSizes
        self.featureCount = featureCount
        latentCount = latentInputs.count
        let width = layerSizes[0] - featureCount
        precondition(width > 0 && latentInputs.allSatisfy { $0.count == width })
        let flat = latentInputs.flatMap { $0 }
        let sizes = layerSizes, count = latentInputs.count
        activations = [flat] + sizes.dropFirst().map { [Double](repeating: 0, count: count * $0) }
        features = [Double](repeating: 0, count: featureCount)
    }

    /// Runs the forward pass at features f for every latent and returns ỹ_k = g(f, φ(z_k)) in latent order.
    ///
    /// Each layer is accumulated column by column, h_{l+1} = b_l + Σ_j h_l[j]·W_l[:, j], over a transposed copy of
    /// W_l, so the inner loop runs over contiguous outputs (it vectorises) and skips inputs that ReLU set to 0.
    mutating func evaluate(_ decoder: MLP, features f: [Double]) -> [SIMD2<Double>] {
        precondition(decoder.layerSizes == layerSizes && f.count == featureCount && layerSizes.last == 2)
        features = f
        let sizes = layerSizes, count = latentCount, featureCount = featureCount
        let latentWidth = sizes[0] - featureCount
        var offset = 0
        for l in 0..<(sizes.count - 1) {
            let fanIn = sizes[l], fanOut = sizes[l + 1]
            let biasOffset = offset + fanOut * fanIn
            let isOutput = l == sizes.count - 2
            let inputWidth = l == 0 ? latentWidth : fanIn, inputShift = l == 0 ? featureCount : 0
            // shared = b_l (+ W_f f on layer 0); transposed[j·fanOut + i] = W_l[i][inputShift + j].
            var shared = [Double](repeating: 0, count: fanOut)
            var transposed = [Double](repeating: 0, count: inputWidth * fanOut)
            decoder.parameters.withUnsafeBufferPointer { theta in
                for i in 0..<fanOut {
                    var sum = theta[biasOffset + i]
                    for j in 0..<inputShift { sum += theta[offset + i * fanIn + j] * f[j] }
                    shared[i] = sum
                    for j in 0..<inputWidth { transposed[j * fanOut + i] = theta[offset + i * fanIn + inputShift + j] }
                }
            }
            let input = activations[l]
            activations[l + 1].withUnsafeMutableBufferPointer { output in
                input.withUnsafeBufferPointer { h in
                    transposed.withUnsafeBufferPointer { w in
                        shared.withUnsafeBufferPointer { b in
                            for k in 0..<count {
                                let hk = k * inputWidth, ok = k * fanOut
                                for i in 0..<fanOut { output[ok + i] = b[i] }
                                for j in 0..<inputWidth {
                                    let hj = h[hk + j]
                                    if hj == 0 { continue }
                                    let wj = j * fanOut
                                    for i in 0..<fanOut { output[ok + i] += w[wj + i] * hj }
                                }
                                if !isOutput { for i in 0..<fanOut { output[ok + i] = max(output[ok + i], 0) } }
                            }
                        }
                    }
                }
            }
            offset = biasOffset + fanOut
        }
        let out = activations[sizes.count - 1]
        return (0..<count).map { SIMD2(out[2 * $0], out[2 * $0 + 1]) }
    }

    /// Backpropagates Σ_k ⟨G_k, ỹ_k⟩ from the last `evaluate`: adds ∂/∂θ_g into `parameterGradient` (+=) and
    /// returns ∂/∂f = Σ_k ∂⟨G_k, ỹ_k⟩/∂f. Latents with G_k = 0 are skipped. ReLU′ is 1 where h > 0 (0 at the kink).
    func backward(_ decoder: MLP, outputGradients: [SIMD2<Double>], accumulatingInto parameterGradient: inout [Double]) -> [Double] {
        precondition(outputGradients.count == latentCount && parameterGradient.count == decoder.parameters.count)
        let sizes = layerSizes, featureCount = featureCount
        let latentWidth = sizes[0] - featureCount
        let maxWidth = sizes.max()!
        var featureGradient = [Double](repeating: 0, count: featureCount)
        var delta = [Double](repeating: 0, count: maxWidth), previous = [Double](repeating: 0, count: maxWidth)
        decoder.parameters.withUnsafeBufferPointer { theta in
            parameterGradient.withUnsafeMutableBufferPointer { grad in
                for k in 0..<latentCount where outputGradients[k] != .zero {
                    delta[0] = outputGradients[k].x
                    delta[1] = outputGradients[k].y
                    var offset = theta.count
                    for l in stride(from: sizes.count - 2, through: 0, by: -1) {
                        let fanIn = sizes[l], fanOut = sizes[l + 1]
                        offset -= fanOut * (fanIn + 1)
                        let biasOffset = offset + fanOut * fanIn
                        for j in 0..<fanIn { previous[j] = 0 }
                        activations[l].withUnsafeBufferPointer { h in
                            for i in 0..<fanOut {
                                let d = delta[i]
                                if d == 0 { continue }
                                grad[biasOffset + i] += d
                                let row = offset + i * fanIn
                                if l == 0 {
                                    for j in 0..<featureCount {
                                        grad[row + j] += d * features[j]
                                        previous[j] += theta[row + j] * d
                                    }
                                    let hk = k * latentWidth
                                    for j in 0..<latentWidth { grad[row + featureCount + j] += d * h[hk + j] }
                                } else {
                                    let hk = k * fanIn
                                    for j in 0..<fanIn {
                                        grad[row + j] += d * h[hk + j]
                                        previous[j] += theta[row + j] * d
                                    }
                                }
                            }
                            if l > 0 {
                                let hk = k * fanIn
                                for j in 0..<fanIn { delta[j] = h[hk + j] > 0 ? previous[j] : 0 }
                            }
                        }
                    }
                    for j in 0..<featureCount { featureGradient[j] += previous[j] }
                }
            }
        }
        return featureGradient
    }
}
