import XCTest
@testable import EBMCore

final class HornModelTests: XCTestCase {
    func testEnergyMatchesTheLectureFormula() {
        let model = HornModel(seed: 1)
        let sample = HornSample(x: 0.37, y: SIMD2(0.4, -0.9))
        let f = model.predictor.forward([0.37])
        let energies = model.energies(sample)
        XCTAssertEqual(energies.count, 48)
        for (k, z) in model.latents.enumerated() {
            let e = pow(0.4 - f[0] * cos(z), 2) + pow(-0.9 - f[1] * sin(z), 2)
            XCTAssertEqual(energies[k], e, accuracy: 1e-14)
        }
        XCTAssertEqual(model.freeEnergy(sample), energies.min()!)
    }

    func testGradientsMatchCentralDifferencesColdAndWarm() {
        var g = SeededGenerator(seed: 17)
        let batch = sampleHorn(count: 4, using: &g)
        conditionalGradientCheck(HornModel(seed: 2), batch: batch)
        conditionalGradientCheck(HornModel(seed: 3, beta: 1), batch: batch)
        conditionalGradientCheck(HornModel(seed: 3, latents: hornLatentGrid(count: 7), beta: 10), batch: batch)
    }

    func testUntrainedManifoldIsSmallComparedWithTheData() {
        // docs/lecture.md §3.2: the untrained manifold spans about ±0.4 in y₁; the data reach ±15.
        let model = HornModel(seed: 1)
        let extent = hornInputGrid().flatMap { model.manifold(x: $0) }.map { max(abs($0.x), abs($0.y)) }.max()!
        XCTAssertLessThan(extent, 2)
        XCTAssertGreaterThan(extent, 0.01)
    }

    /// docs/lecture.md §5.3 acceptance on the reliable recipe (`HornRecipe.reliable`: Adam lr 0.01, batch 16, 30 epochs,
    /// N = 1000). Measured for data seed 1, init seed 1: median error 0.020 / 0.025, mean F∞ 0.0714,
    /// floor 0.0629 (ratio 1.14).
    func testReliableRecipeReproducesTheHorn() {
        var g = SeededGenerator(seed: 1)
        let data = sampleHorn(count: 1000, using: &g)
        var model = HornModel(seed: 1)
        let history = trainHorn(&model, data: data, schedule: HornRecipe.reliable)
        XCTAssertEqual(history.count, 30 * 63)
        let report = hornFitReport(model: model, data: data)
        XCTAssertLessThanOrEqual(report.medianRelativeError, 0.05)
        XCTAssertLessThanOrEqual(report.meanFreeEnergy, 1.5 * report.floorFreeEnergy)
        XCTAssertEqual(report.floorFreeEnergy, 0.0629, accuracy: 0.0005)
        XCTAssertEqual(report.meanFreeEnergy, 0.0714, accuracy: 0.002)
        // The trained manifold at x = 1 is the tall ellipse |f(1)| ≈ ρ(1) ≈ (11.08, 14.78).
        let f1 = model.predictor.forward([1]).map(abs)
        XCTAssertEqual(f1[0], rho(1).x, accuracy: 0.1 * rho(1).x)
        XCTAssertEqual(f1[1], rho(1).y, accuracy: 0.1 * rho(1).y)
    }

    /// The lecture's one-epoch recipe (Adam lr 0.03, batch 1): it learns the horn's scale, but even for this
    /// seed pair (data 1, init 4) mean F∞ is 1.6 × the floor, above the 1.5 × bar; other seeds do worse (see
    /// `HornRecipe.lecture`). Measured: median error 0.047, mean F∞ 0.102 against floor 0.0629.
    func testLectureRecipeOneEpoch() {
        var g = SeededGenerator(seed: 1)
        let data = sampleHorn(count: 1000, using: &g)
        var model = HornModel(seed: 4)
        let before = data.map { model.freeEnergy($0) }.reduce(0, +) / 1000
        let history = trainHorn(&model, data: data, schedule: HornRecipe.lecture)
        XCTAssertEqual(history.count, 1000)
        let report = hornFitReport(model: model, data: data)
        XCTAssertLessThan(report.meanFreeEnergy, before / 100)
        XCTAssertLessThanOrEqual(report.medianRelativeError, 0.05)
        XCTAssertLessThanOrEqual(report.meanFreeEnergy, 2 * report.floorFreeEnergy)
    }

    func testTrainingIsDeterministic() {
        var g = SeededGenerator(seed: 2)
        let data = sampleHorn(count: 64, using: &g)
        var a = HornModel(seed: 9), b = HornModel(seed: 9)
        let schedule = TrainingSchedule(optimizer: HornRecipe.adam(learningRate: 0.01), batchSize: 8, epochs: 2,
                                        order: .shuffled(seed: 3))
        XCTAssertEqual(trainHorn(&a, data: data, schedule: schedule), trainHorn(&b, data: data, schedule: schedule))
        XCTAssertEqual(a, b)
    }
}
