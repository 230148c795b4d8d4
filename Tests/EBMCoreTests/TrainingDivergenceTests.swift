import XCTest
@testable import EBMCore

final class TrainingDivergenceTests: XCTestCase {
    func testRuleNamesEachKindOfDivergence() {
        let rule = DivergenceRule(parameterBound: 1000)
        XCTAssertNil(rule.violation(loss: 5e6, firstLoss: 10, parameters: [999, -999]))
        XCTAssertNotNil(rule.violation(loss: 1.1e7, firstLoss: 10, parameters: [1, 1]))       // > 10⁶ × 10
        XCTAssertNotNil(rule.violation(loss: 2e6, firstLoss: 1e-3, parameters: [1, 1]))      // floor: 10⁶ × 1
        XCTAssertNil(rule.violation(loss: 0.5e6, firstLoss: 1e-3, parameters: [1, 1]))
        XCTAssertNotNil(rule.violation(loss: 1, firstLoss: 1, parameters: [1, -1000.5]))
        XCTAssertNotNil(rule.violation(loss: .nan, firstLoss: 1, parameters: [1, 1]))
        XCTAssertNotNil(rule.violation(loss: 1, firstLoss: 1, parameters: [.infinity, 1]))
    }

    /// SGD at learning rate 5 on the lecture data used to run on to w ≈ 3e34 and loss ≈ 1e67; it now stops at the
    /// first step that leaves the bound, and the history names that step.
    func testLargeLearningRateStopsAtTheFirstBadStep() {
        let schedule = TrainingSchedule(optimizer: .sgd(learningRate: 5, momentum: 0), batchSize: 1, epochs: 100)
        let run = trainEllipse(initial: .lectureUntrained, data: LectureData.ellipse24, latents: LatentGrid(), freeEnergy: .zeroTemperature,
                               loss: .energy, schedule: schedule)
        XCTAssertLessThan(run.history.count, 24 * 100)
        let divergence = DivergenceRule.ellipse.firstViolation(in: run.history, finalParameters: [run.decoder.w1, run.decoder.w2])
        XCTAssertEqual(divergence?.step, run.history.count)
        XCTAssertGreaterThan(max(abs(run.decoder.w1), abs(run.decoder.w2)), 1000)
        XCTAssertLessThan(max(abs(run.decoder.w1), abs(run.decoder.w2)), 1e8)
        // Every earlier step is within the rule.
        XCTAssertNil(DivergenceRule.ellipse.firstViolation(in: Array(run.history.dropLast()), finalParameters: run.history.dropLast().last!.parameters))
    }

    func testLectureTrainingIsNotFlagged() {
        let schedule = TrainingSchedule(optimizer: .sgd(learningRate: 0.2, momentum: 0), batchSize: 1, epochs: 1)
        let run = trainEllipse(initial: .lectureUntrained, data: LectureData.ellipse24, latents: LatentGrid(), freeEnergy: .zeroTemperature,
                               loss: .energy, schedule: schedule)
        XCTAssertEqual(run.history.count, 24)
        XCTAssertNil(DivergenceRule.ellipse.firstViolation(in: run.history, finalParameters: [run.decoder.w1, run.decoder.w2]))
    }
}
