import TestSupport
import XCTest
@testable import EBMCore

final class MLPTests: XCTestCase {
    func testParameterCountLayoutAndInitBounds() {
        var g = SeededGenerator(seed: 3)
        let mlp = MLP(layerSizes: [1, 8, 8, 2], using: &g)
        XCTAssertEqual(mlp.parameters.count, 8 * 2 + 8 * 9 + 2 * 9)  // 106
        // Layer 0 (fan-in 1): |θ| < 1; layer 1 (fan-in 8): |θ| < 1/√8.
        XCTAssertTrue(mlp.parameters[0..<16].allSatisfy { abs($0) < 1 })
        XCTAssertTrue(mlp.parameters[16..<88].allSatisfy { abs($0) < 1 / 8.0.squareRoot() })
        // Draw order is the parameter order: the first draw is W₀[0][0].
        var h = SeededGenerator(seed: 3)
        XCTAssertEqual(mlp.parameters[0], h.nextUniform(in: -1..<1))
    }

    func testForwardMatchesHandComputation() {
        // W₀ = [[1], [−1]], b₀ = [0, 0.5]; W₁ = [[2, 3]], b₁ = [−1]: x = 2 → h = (2, 0) → out = 3.
        let mlp = MLP(layerSizes: [1, 2, 1], parameters: [1, -1, 0, 0.5, 2, 3, -1])
        XCTAssertEqual(mlp.forward([2]), [3])
        XCTAssertEqual(mlp.forward([-1]), [-1 + 3 * 1.5])
    }

    func testBackwardMatchesCentralDifferences() {
        var g = SeededGenerator(seed: 11)
        for sizes in [[1, 8, 8, 2], [3, 5, 4], [6, 16, 16, 2]] {
            let mlp = MLP(layerSizes: sizes, using: &g)
            for _ in 0..<4 {
                let input = (0..<sizes[0]).map { _ in g.nextUniform(in: -2..<2) }
                let weights = (0..<sizes.last!).map { _ in g.nextUniform(in: -1..<1) }
                let objective = { (m: MLP, x: [Double]) in zip(m.forward(x), weights).reduce(0) { $0 + $1.0 * $1.1 } }
                let (inputGradient, parameterGradient) = mlp.backward(input, outputGradient: weights)
                GradientCheck.assertGradient(inputGradient, of: { objective(mlp, $0) }, at: input, accuracy: 1e-6, scaled: true)
                GradientCheck.assertGradient(parameterGradient, of: { parameters in
                    var shifted = mlp
                    shifted.parameters = parameters
                    return objective(shifted, input)
                }, at: mlp.parameters, accuracy: 1e-6, scaled: true)
            }
        }
    }

    func testBackwardAccumulates() {
        var g = SeededGenerator(seed: 5)
        let mlp = MLP(layerSizes: [2, 4, 2], using: &g)
        let (_, once) = mlp.backward([0.3, -0.7], outputGradient: [1, 2])
        var twice = once
        _ = mlp.backward([0.3, -0.7], outputGradient: [1, 2], accumulatingInto: &twice)
        for i in once.indices { XCTAssertEqual(twice[i], 2 * once[i], accuracy: 1e-15) }
    }
}
