import TestSupport
import XCTest
@testable import EBMCore

/// Analytic gradients against central finite differences (`GradientCheck`, h = 1e-6: truncation ~h², rounding ~1e-10).
final class EllipseGradientCheckTests: XCTestCase {
    private let latents = LatentGrid()
    private let betas = [0.1, 1, 3.16, 10, .infinity]
    // Points away from ties between grid minima (on the y₁ = 0 axis z and π − z tie, so none lies there).
    private let points = [Point2(1.971, 0.086), Point2(0.184, 1.506), Point2(-1.3, -0.9), Point2(2.4, 1.7), Point2(-0.4, 0.33)]
    private let decoders = [EllipseDecoder.lectureUntrained, EllipseDecoder(w1: -2.021, w2: 1.467)]

    func testFreeEnergyGradientWithRespectToY() {
        for decoder in decoders {
            for beta in betas {
                for y in points {
                    let analytic = decoder.freeEnergyGradient(y, beta: beta, latents: latents)
                    GradientCheck.assertGradient([analytic.x, analytic.y], of: { p in decoder.freeEnergy(Point2(p[0], p[1]), beta: beta, latents: self.latents) },
                                                 at: [y.x, y.y], accuracy: 1e-6, "beta \(beta) y \(y)")
                }
            }
        }
    }

    func testFreeEnergyGradientWithRespectToParameters() {
        for decoder in decoders {
            for beta in betas {
                for y in points {
                    let analytic = decoder.freeEnergyParameterGradient(y, beta: beta, latents: latents)
                    GradientCheck.assertGradient([analytic.x, analytic.y], of: { w in EllipseDecoder(w1: w[0], w2: w[1]).freeEnergy(y, beta: beta, latents: self.latents) },
                                                 at: [decoder.w1, decoder.w2], accuracy: 1e-6, "beta \(beta) y \(y)")
                }
            }
        }
    }

    func testEnergyDerivativeInZ() {
        let decoder = EllipseDecoder.lectureUntrained
        for y in points {
            for z in [-1.0, 0.5, 2, 3.3, 7] {
                let numeric = GradientCheck.derivative(of: { decoder.energy(y, z: $0) }, at: z)
                XCTAssertEqual(decoder.energyDerivative(y, z: z), numeric, accuracy: 1e-7)
            }
        }
    }

    /// The model's per-sample loss gradient, with ŷ held fixed as data (as the training step treats it).
    func testModelLossGradientsForEveryLossAndFreeEnergy() {
        let losses: [EllipseLoss] = [.energy, .hinge(margin: 1), .hinge(margin: 20), .log]
        let choices: [FreeEnergyChoice] = [.zeroTemperature, .beta(1), .beta(10)]
        for loss in losses {
            for choice in choices {
                for decoder in decoders {
                    let model = EllipseModel(decoder: decoder, latents: latents, freeEnergy: choice, loss: loss)
                    for y in points {
                        let yHat = model.contrastiveSample(for: y)
                        let analytic = model.sampleLossAndGradient(y, contrastive: yHat).gradient
                        func lossAt(_ w: [Double]) -> Double {
                            var shifted = model
                            shifted.parameters = w
                            return shifted.sampleLossAndGradient(y, contrastive: yHat).loss
                        }
                        GradientCheck.assertGradient([analytic.x, analytic.y], of: lossAt, at: [decoder.w1, decoder.w2], accuracy: 1e-6,
                                                     "\(loss) \(choice) y \(y)")
                    }
                }
            }
        }
    }

    func testBatchLossAndGradientIsTheMeanOfPerSampleTerms() {
        for loss in [EllipseLoss.energy, .hinge(margin: 1), .log] {
            let model = EllipseModel(decoder: .lectureUntrained, latents: latents, freeEnergy: .beta(3), loss: loss)
            let batch = Array(points.prefix(3))
            let (batchLoss, batchGradient) = model.lossAndGradient(batch: batch)
            let terms = batch.map { model.sampleLossAndGradient($0, contrastive: model.contrastiveSample(for: $0)) }
            XCTAssertEqual(batchLoss, terms.map(\.loss).reduce(0, +) / 3, accuracy: 1e-14)
            XCTAssertEqual(batchGradient[0], terms.map(\.gradient.x).reduce(0, +) / 3, accuracy: 1e-14)
            XCTAssertEqual(batchGradient[1], terms.map(\.gradient.y).reduce(0, +) / 3, accuracy: 1e-14)
        }
        // For the energy loss the full lossAndGradient (nothing held fixed) is itself differentiable.
        let model = EllipseModel(decoder: .lectureUntrained, latents: latents, freeEnergy: .zeroTemperature, loss: .energy)
        let gradient = model.lossAndGradient(batch: points).gradient
        let numeric = GradientCheck.derivative(of: { w2 in
            var shifted = model
            shifted.parameters[1] = w2
            return shifted.lossAndGradient(batch: points).loss
        }, at: model.parameters[1])
        XCTAssertEqual(gradient[1], numeric, accuracy: 1e-6)
    }

    func testContrastiveSampleIsTheScaledReflection() {
        let model = EllipseModel(decoder: .lectureUntrained, latents: latents, freeEnergy: .zeroTemperature,
                                 loss: .hinge(margin: 1), contrastiveOffset: 0.5)
        let y = LectureData.ellipse24[22]
        let nearest = EllipseDecoder.lectureUntrained(.pi)
        let yHat = model.contrastiveSample(for: y)
        XCTAssertEqual(yHat.x, nearest.x - 0.5 * (y.x - nearest.x), accuracy: 1e-14)
        XCTAssertEqual(yHat.y, nearest.y - 0.5 * (y.y - nearest.y), accuracy: 1e-14)
    }
}
