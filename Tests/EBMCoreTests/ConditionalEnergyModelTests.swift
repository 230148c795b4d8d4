import TestSupport
import XCTest
@testable import EBMCore

/// Checks `lossAndGradient` of a conditional model against central differences of its loss, on a batch
/// whose zero-temperature argmins are separated from the runner-up by a clear gap (no ties).
func conditionalGradientCheck<M: TrainableModel & ConditionalEnergyModel>(
    _ model: M, batch: [HornSample], file: StaticString = #filePath, line: UInt = #line
) where M.Sample == HornSample {
    if model.beta == .infinity {
        for sample in batch {
            let sorted = model.energies(sample).sorted()
            XCTAssertGreaterThan(sorted[1] - sorted[0], 1e-4, "argmin tie: pick another batch", file: file, line: line)
        }
    }
    let (loss, gradient) = model.lossAndGradient(batch: batch)
    let expectedLoss = batch.map { model.freeEnergy($0) }.reduce(0, +) / Double(batch.count)
    XCTAssertEqual(loss, expectedLoss, accuracy: 1e-12 * max(1, abs(loss)), file: file, line: line)
    let numeric = GradientCheck.centralDifferences(of: { parameters in
        var shifted = model
        shifted.parameters = parameters
        return shifted.lossAndGradient(batch: batch).loss
    }, at: model.parameters)
    let worst = zip(gradient, numeric).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    XCTAssertLessThan(worst, 1e-5, "worst relative gradient error", file: file, line: line)
}

final class ConditionalEnergyModelTests: XCTestCase {
    func testFreeEnergyClosedForms() {
        let energies = [3.0, 1.0, 2.0, 5.0]
        XCTAssertEqual(conditionalFreeEnergy(energies, beta: .infinity), 1)
        let beta = 2.0
        let direct = -log(energies.map { exp(-beta * $0) }.reduce(0, +) / 4) / beta
        XCTAssertEqual(conditionalFreeEnergy(energies, beta: beta), direct, accuracy: 1e-14)
        // Huge energies would underflow exp(−βE) without the shift: F_β = 1000 + F_β(E − 1000).
        XCTAssertEqual(conditionalFreeEnergy(energies.map { $0 + 1000 }, beta: beta), direct + 1000, accuracy: 1e-10)
        // β → 0 tends to the mean energy, β → ∞ to the minimum.
        XCTAssertEqual(conditionalFreeEnergy(energies, beta: 1e-7), 2.75, accuracy: 1e-5)
        XCTAssertEqual(conditionalFreeEnergy(energies, beta: 200), 1 + log(4) / 200, accuracy: 1e-9)
        let weights = conditionalLatentWeights(energies, beta: beta)
        XCTAssertEqual(weights.reduce(0, +), 1, accuracy: 1e-15)
        XCTAssertEqual(weights[1] / weights[2], exp(beta), accuracy: 1e-12)
        XCTAssertEqual(conditionalLatentWeights(energies, beta: .infinity), [0, 1, 0, 0])
    }

    func testEnergiesAreSquaredDistancesPlusPenalty() {
        let model = NeuralDecoderModel(seed: 2, latents: squareLatentGrid(side: 3, halfWidth: 1), latentPenalty: 0.5)
        let y = SIMD2(0.3, -0.2)
        let points = model.manifold(x: 0.4)
        let energies = model.energies(x: 0.4, y: y)
        for k in points.indices {
            let d = y - points[k]
            let z = model.latents[k]
            XCTAssertEqual(energies[k], d.x * d.x + d.y * d.y + 0.5 * (z[0] * z[0] + z[1] * z[1]), accuracy: 1e-14)
        }
    }

    func testFreeEnergyMapIsRowMajorOverY2() {
        let model = HornModel(seed: 4, beta: 3)
        let y1 = [-1.0, 0, 0.5], y2 = [-0.5, 1]
        let map = model.freeEnergyMap(x: 0.3, y1: y1, y2: y2)
        XCTAssertEqual(map.count, 6)
        for (j, b) in y2.enumerated() {
            for (i, a) in y1.enumerated() {
                XCTAssertEqual(map[j * 3 + i], model.freeEnergy(HornSample(x: 0.3, y: SIMD2(a, b))), accuracy: 1e-14)
            }
        }
        let cold = model.freeEnergyMap(x: 0.3, y1: y1, y2: y2, beta: .infinity)
        for k in map.indices { XCTAssertLessThanOrEqual(cold[k], map[k] + 1e-12) }
    }

    func testNeuralDecoderGradientsMatchCentralDifferences() {
        var g = SeededGenerator(seed: 31)
        let batch = sampleHorn(count: 3, using: &g).map { HornSample(x: $0.x, y: $0.y * 0.3) }
        let circle = NeuralDecoderModel(seed: 5, featureCount: 4, decoderHiddenSizes: [6, 6],
                                        latents: circleLatentGrid(count: 12), latentFeatures: .circular)
        conditionalGradientCheck(circle, batch: batch)
        let raw = NeuralDecoderModel(seed: 6, featureCount: 2, decoderHiddenSizes: [6, 6],
                                     latents: circleLatentGrid(count: 12), beta: 2)
        conditionalGradientCheck(raw, batch: batch)
        let square = NeuralDecoderModel(seed: 7, featureCount: 3, decoderHiddenSizes: [6, 6],
                                        latents: squareLatentGrid(side: 4, halfWidth: 1), latentPenalty: 0.3, beta: 5)
        conditionalGradientCheck(square, batch: batch)
        var cold = square
        cold.beta = .infinity
        conditionalGradientCheck(cold, batch: batch)
    }

    func testNeuralDecoderParameterLayout() {
        var model = NeuralDecoderModel(seed: 8, featureCount: 4, latents: squareLatentGrid(side: 2, halfWidth: 1))
        XCTAssertEqual(model.predictor.layerSizes, [1, 8, 8, 4])
        XCTAssertEqual(model.decoder.layerSizes, [6, 16, 16, 2])
        let theta = model.parameters
        XCTAssertEqual(theta.count, model.predictor.parameters.count + model.decoder.parameters.count)
        XCTAssertEqual(Array(theta.prefix(model.predictor.parameters.count)), model.predictor.parameters)
        model.parameters = theta.map { $0 * 2 }
        XCTAssertEqual(model.decoder.parameters.last, theta.last! * 2)
        // The predictor is drawn first from the seed, then the decoder.
        var g = SeededGenerator(seed: 8)
        XCTAssertEqual(MLP(layerSizes: [1, 8, 8, 4], using: &g).parameters, Array(theta.prefix(model.predictor.parameters.count)))
    }
}

/// The scaled-decoder model ỹ = f(x) ⊙ h(z) and the batched decoder sweep behind both neural-decoder models.
final class ScaledDecoderModelTests: XCTestCase {
    func testScaledDecoderGradientsMatchCentralDifferences() {
        var g = SeededGenerator(seed: 41)
        let batch = sampleHorn(count: 3, using: &g).map { HornSample(x: $0.x, y: $0.y * 0.3) }
        let warm = ScaledDecoderModel(seed: 9, shapeHiddenSizes: [5, 4], latents: squareLatentGrid(side: 4, halfWidth: 1),
                                      latentPenalty: 0.2, beta: 2)
        conditionalGradientCheck(warm, batch: batch)
        var cold = warm
        cold.beta = .infinity
        conditionalGradientCheck(cold, batch: batch)
    }

    /// ỹ_k(x) = f(x) ⊙ h(z_k) with h evaluated by `MLP.forward`, and θ = f's parameters then h's.
    func testScaledDecoderManifoldAndLayout() {
        let model = ScaledDecoderModel(seed: 3, latents: squareLatentGrid(side: 3, halfWidth: 2))
        XCTAssertEqual(model.predictor.layerSizes, [1, 8, 8, 2])
        XCTAssertEqual(model.shape.layerSizes, [2, 16, 16, 2])
        XCTAssertEqual(model.parameters, model.predictor.parameters + model.shape.parameters)
        let f = model.predictor.forward([0.7])
        for (k, point) in model.manifold(x: 0.7).enumerated() {
            let h = model.shape.forward(model.latents[k])
            XCTAssertEqual(point.x, f[0] * h[0], accuracy: 1e-12)
            XCTAssertEqual(point.y, f[1] * h[1], accuracy: 1e-12)
        }
    }

    /// The sweep gives `MLP.forward` at every latent, and its backward pass `MLP.backward` summed over latents.
    func testDecoderSweepMatchesMLP() {
        var g = SeededGenerator(seed: 12)
        let decoder = MLP(layerSizes: [5, 7, 6, 2], using: &g)
        let latents = squareLatentGrid(side: 3, halfWidth: 1.5)
        let features = [0.3, -0.8, 1.1]
        var sweep = ConditionalDecoderSweep(decoder: decoder, featureCount: 3, latentInputs: latents)
        let points = sweep.evaluate(decoder, features: features)
        let outputGradients = latents.indices.map { k in k % 4 == 1 ? SIMD2<Double>.zero : SIMD2(0.5 - Double(k) * 0.1, 0.2 * Double(k)) }
        var expectedParameters = [Double](repeating: 0, count: decoder.parameters.count)
        var expectedFeatures = [Double](repeating: 0, count: 3)
        for (k, z) in latents.enumerated() {
            let output = decoder.forward(features + z)
            XCTAssertEqual(points[k].x, output[0], accuracy: 1e-13)
            XCTAssertEqual(points[k].y, output[1], accuracy: 1e-13)
            let input = decoder.backward(features + z, outputGradient: [outputGradients[k].x, outputGradients[k].y],
                                         accumulatingInto: &expectedParameters)
            for j in 0..<3 { expectedFeatures[j] += input[j] }
        }
        var parameters = [Double](repeating: 0, count: decoder.parameters.count)
        let featureGradient = sweep.backward(decoder, outputGradients: outputGradients, accumulatingInto: &parameters)
        for p in parameters.indices { XCTAssertEqual(parameters[p], expectedParameters[p], accuracy: 1e-12) }
        for j in 0..<3 { XCTAssertEqual(featureGradient[j], expectedFeatures[j], accuracy: 1e-12) }
    }
}
