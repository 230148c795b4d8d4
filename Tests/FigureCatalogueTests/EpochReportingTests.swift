import EBMCore
import Foundation
import XCTest
@testable import FigureCatalogue

/// Reporting epochs changes nothing the training computes, and reports each epoch once, in order.
final class EpochReportingTests: XCTestCase {
    final class Reports: @unchecked Sendable {
        var epochs: [[Int]] = []
    }

    func testSameNumbersAndOneReportPerEpoch() {
        let data = Array(LectureData.ellipse24.prefix(10))
        let schedule = TrainingSchedule(optimizer: .sgd(learningRate: 0.1, momentum: 0.5), batchSize: 3, epochs: 4, order: .shuffled(seed: 7))
        let start = EllipseModel(decoder: EllipseDecoder(w1: -1.449, w2: 0.357), latents: LatentGrid(count: 24), freeEnergy: .beta(2),
                                 loss: .energy, contrastiveOffset: 0.5)
        var plain = start
        let plainHistory = train(&plain, on: data, schedule: schedule)
        let reports = Reports()
        var wrapped = EpochReporting(start, sampleCount: data.count, batchSize: 3, epochs: 4) { epoch, epochs in reports.epochs.append([epoch, epochs]) }
        let wrappedHistory = train(&wrapped, on: data, schedule: schedule)
        XCTAssertEqual(wrapped.model.parameters, plain.parameters, "bit for bit")
        XCTAssertEqual(wrappedHistory.map(\.loss), plainHistory.map(\.loss))
        XCTAssertEqual(plainHistory.count, 16, "4 batches of ≤ 3 per epoch")
        XCTAssertEqual(reports.epochs, [[1, 4], [2, 4], [3, 4], [4, 4]])
    }
}
