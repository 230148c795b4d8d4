import XCTest
@testable import EBMCore

/// docs/lecture.md §5.1–5.2 and the 15-2 Fig 8 table: training the ellipse through the project's `train` loop.
final class EllipseTrainingTests: XCTestCase {
    private let data = LectureData.ellipse24
    private let latents = LatentGrid()
    private let lectureSGD = TrainingSchedule(optimizer: .sgd(learningRate: 0.2, momentum: 0), batchSize: 1, epochs: 1)

    private func schedule(epochs: Int, order: SampleOrder = .given, batchSize: Int = 1) -> TrainingSchedule {
        TrainingSchedule(optimizer: .sgd(learningRate: 0.2, momentum: 0), batchSize: batchSize, epochs: epochs, order: order)
    }

    private func meanZeroTemperatureFreeEnergy(_ decoder: EllipseDecoder) -> Double {
        datasetMean(data.map { decoder.freeEnergy($0, beta: .infinity, latents: latents) })
    }

    private func trainZeroTemperatureOneEpoch() -> (decoder: EllipseDecoder, history: [TrainingStep]) {
        trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .zeroTemperature,
                     loss: .energy, schedule: lectureSGD)
    }

    func testOneEpochOfZeroTemperatureSGD() {   // docs/lecture.md §5.1, §7
        let (decoder, history) = trainZeroTemperatureOneEpoch()
        XCTAssertEqual(decoder.w1, -2.021, accuracy: 0.005)
        XCTAssertEqual(decoder.w2, 1.467, accuracy: 0.005)
        XCTAssertEqual(meanZeroTemperatureFreeEnergy(decoder), 0.006, accuracy: 0.0005)
        XCTAssertEqual(meanZeroTemperatureFreeEnergy(.lectureUntrained), 0.716, accuracy: 0.001)
        XCTAssertEqual(history.count, 24)
        XCTAssertEqual(history.last!.parameters, [decoder.w1, decoder.w2])
        // The first step's loss is F∞(Y[1]) under the untrained decoder.
        XCTAssertEqual(history[0].loss, EllipseDecoder.lectureUntrained.freeEnergy(data[0], beta: .infinity, latents: latents))
    }

    func testFigure8CrossSectionsOfTheTrainedModel() {   // 15-2 Fig 8, y₂ = −2 … 0, to 0.05
        let decoder = trainZeroTemperatureOneEpoch().decoder
        let table: [(Double, [Double])] = [
            (.infinity, [0.28, 0.08, 0.00, 0.05, 0.22, 0.51, 0.93, 1.48, 2.15]),
            (10, [0.60, 0.40, 0.31, 0.35, 0.52, 0.81, 1.22, 1.76, 2.36]),
            (pow(10, 0.5), [1.11, 0.90, 0.80, 0.83, 0.99, 1.26, 1.66, 2.18, 2.60]),
            (1, [2.31, 2.06, 1.93, 1.92, 2.03, 2.23, 2.51, 2.78, 2.90]),
            (pow(10, -0.5), [4.50, 4.08, 3.75, 3.49, 3.31, 3.18, 3.10, 3.06, 3.04]),
            (0.1, [6.21, 5.48, 4.84, 4.31, 3.87, 3.53, 3.29, 3.14, 3.09]),
        ]
        let y2 = (0...8).map { -2 + 0.25 * Double($0) }
        for (beta, row) in table {
            let section = freeEnergyGrid(decoder: decoder, y1: [0], y2: y2, beta: beta, latents: latents)
            for (j, expected) in row.enumerated() {
                XCTAssertEqual(section[j], expected, accuracy: 0.05, "beta \(beta) y2 \(y2[j])")
                XCTAssertEqual(decoder.freeEnergy(Point2(0, -y2[j]), beta: beta, latents: latents), expected,
                               accuracy: 0.05, "beta \(beta) y2 \(-y2[j])")
            }
        }
    }

    func testWarmTrainingAtBetaTen() {   // docs/lecture.md §5.2: (−2.025, 1.43) after one epoch, (−2.026, 1.434) after 50
        let one = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .beta(10),
                               loss: .energy, schedule: lectureSGD).decoder
        XCTAssertEqual(one.w1, -2.025, accuracy: 0.005)
        XCTAssertEqual(one.w2, 1.43, accuracy: 0.005)
        let fifty = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .beta(10),
                                 loss: .energy, schedule: schedule(epochs: 50)).decoder
        XCTAssertEqual(fifty.w1, -2.026, accuracy: 0.005)
        XCTAssertEqual(fifty.w2, 1.434, accuracy: 0.005)
    }

    func testWarmTrainingAtBetaOneShrinksW2() {   // docs/lecture.md §5.2: "shrinks w₂ to about 0.9–1.2"
        let decoder = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .beta(1),
                                   loss: .energy, schedule: lectureSGD).decoder
        XCTAssertEqual(decoder.w1, -2.106, accuracy: 0.005)
        XCTAssertEqual(decoder.w2, 0.908, accuracy: 0.005)
    }

    /// Hot training (β = 0.1) approaches F_β → mean_z E = ‖y‖² + (w₁² + w₂²)/2, whose minimum is w = 0:
    /// the model collapses to the mean (docs/lecture.md §4). Observed: (−0.101, 0.005) after one epoch, |w| ~ 1e-16 after 50.
    func testHotTrainingCollapsesToTheMean() {
        let one = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .beta(0.1),
                               loss: .energy, schedule: lectureSGD).decoder
        XCTAssertEqual(one.w1, -0.101, accuracy: 0.005)
        XCTAssertEqual(one.w2, 0.005, accuracy: 0.005)
        let many = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .beta(0.1),
                                loss: .energy, schedule: schedule(epochs: 200)).decoder
        XCTAssertLessThan(abs(many.w1) + abs(many.w2), 1e-12)
        let meanSquaredNorm = datasetMean(data.map { $0.x * $0.x + $0.y * $0.y })
        XCTAssertEqual(meanZeroTemperatureFreeEnergy(many), meanSquaredNorm, accuracy: 1e-9)
    }

    func testContrastiveLossesTrainTowardTheData() {
        let energyTrained = trainZeroTemperatureOneEpoch().decoder
        let untrainedMean = meanZeroTemperatureFreeEnergy(.lectureUntrained)
        for loss in [EllipseLoss.hinge(margin: 1), .log] {
            for choice in [FreeEnergyChoice.zeroTemperature, .beta(10), .beta(1)] {
                let short = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: choice,
                                         loss: loss, schedule: schedule(epochs: 5)).decoder
                let long = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: choice,
                                        loss: loss, schedule: schedule(epochs: 200)).decoder
                for decoder in [short, long] {
                    XCTAssertLessThan(meanZeroTemperatureFreeEnergy(decoder), 0.01, "\(loss) \(choice)")
                    XCTAssertLessThan(meanZeroTemperatureFreeEnergy(decoder), untrainedMean / 50)
                    XCTAssertEqual(decoder.w1, energyTrained.w1, accuracy: 0.05, "\(loss) \(choice)")
                    XCTAssertEqual(decoder.w2, energyTrained.w2, accuracy: 0.07, "\(loss) \(choice)")
                }
            }
        }
    }

    func testShuffledOrderIsDeterministicPerSeed() {
        func run(_ seed: UInt64) -> [TrainingStep] {
            trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .zeroTemperature,
                         loss: .energy, schedule: schedule(epochs: 3, order: .shuffled(seed: seed))).history
        }
        let first = run(5)
        XCTAssertEqual(first, run(5))
        XCTAssertNotEqual(first.last!.parameters, run(6).last!.parameters)
        let decoder = EllipseDecoder(w1: first.last!.parameters[0], w2: first.last!.parameters[1])
        XCTAssertLessThan(meanZeroTemperatureFreeEnergy(decoder), 0.01)
    }

    func testMiniBatchesGoThroughTheTrainingLoop() {
        let result = trainEllipse(initial: .lectureUntrained, data: data, latents: latents, freeEnergy: .zeroTemperature,
                                  loss: .energy, schedule: schedule(epochs: 2, batchSize: 5))
        XCTAssertEqual(result.history.count, 10)   // ⌈24/5⌉ = 5 steps per epoch
        XCTAssertLessThan(meanZeroTemperatureFreeEnergy(result.decoder), meanZeroTemperatureFreeEnergy(.lectureUntrained))
    }
}
