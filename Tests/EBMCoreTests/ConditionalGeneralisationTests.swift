import XCTest
@testable import EBMCore

/// The docs/lecture.md §3.3 generalisations, trained on the horn (data seed 1, N = 1000) with Adam lr 0.01, batch 16,
/// 30 epochs, and read on the 25 × 17 plane y₁ ∈ [−3, 3], y₂ ∈ [−2, 2] (step 0.25) at x = 0, F∞ throughout.
/// The 2-D-latent runs take 3–11 s in release and about 6 × that in debug, the 1-D-latent decoder about 6 s in
/// debug: they run only when the environment variable EBM_SLOW_TESTS is set (`make test-slow`).
final class ConditionalGeneralisationTests: XCTestCase {
    struct PlaneSummary {
        var meanDataFreeEnergy: Double
        var mapMedian: Double
        var mapMaximum: Double
        var fractionBelowTenth: Double
        var onEllipse: Double
        var origin: Double
        var smallestCorner: Double
    }

    static let data: [HornSample] = {
        var g = SeededGenerator(seed: 1)
        return sampleHorn(count: 1000, using: &g)
    }()

    static let schedule = TrainingSchedule(optimizer: HornRecipe.adam(learningRate: 0.01), batchSize: 16, epochs: 30)

    func summary<M: ConditionalEnergyModel>(_ model: M) -> PlaneSummary {
        let y1 = (0..<25).map { -3 + 0.25 * Double($0) }, y2 = (0..<17).map { -2 + 0.25 * Double($0) }
        let map = model.freeEnergyMap(x: 0, y1: y1, y2: y2, beta: .infinity).sorted()
        let cold = { (y: SIMD2<Double>) in model.freeEnergy(HornSample(x: 0, y: y), beta: .infinity) }
        let ellipse = (0..<64).map { k -> Double in
            let t = Double(k) * 2 * Double.pi / 64
            return cold(SIMD2(2 * cos(t), 1.5 * sin(t)))
        }
        return PlaneSummary(
            meanDataFreeEnergy: Self.data.map { model.freeEnergy($0, beta: .infinity) }.reduce(0, +) / 1000,
            mapMedian: map[map.count / 2], mapMaximum: map.last!,
            fractionBelowTenth: Double(map.filter { $0 < 0.1 }.count) / Double(map.count),
            onEllipse: ellipse.reduce(0, +) / 64, origin: cold(.zero),
            smallestCorner: [SIMD2(3.0, 2.0), SIMD2(-3, 2), SIMD2(3, -2), SIMD2(-3, -2)].map(cold).min()!)
    }

    func trained(_ model: NeuralDecoderModel) -> NeuralDecoderModel {
        var model = model
        _ = train(&model, on: Self.data, schedule: Self.schedule, recordParameters: false)
        return model
    }

    func requireSlowTests() throws {
        try XCTSkipIf(getenv("EBM_SLOW_TESTS") == nil, "set EBM_SLOW_TESTS=1 to run the latent-decoder generalisation trainings")
    }

    /// Reference: the horn model on the same recipe. Measured: data 0.0714, ellipse 0.008, origin 2.23,
    /// smallest corner 2.95, 28 % of the plane below 0.1.
    func testHornReferencePlane() {
        var horn = HornModel(seed: 1)
        _ = trainHorn(&horn, data: Self.data, schedule: Self.schedule)
        let s = summary(horn)
        XCTAssertLessThan(s.onEllipse, 0.03)
        XCTAssertGreaterThan(s.origin, 1.5)
        XCTAssertGreaterThan(s.smallestCorner, 2)
        XCTAssertLessThan(s.fractionBelowTenth, 0.4)
    }

    /// (a) 1-D latent on the 48-point circle, g = MLP [2 + 2, 16, 16, 2] fed (f(x), cos z, sin z): the decoder
    /// learns the ellipse. Measured (init seed 2): data 0.092, ellipse 0.072, origin 2.51, corner 1.77.
    func testNeuralDecoderLearnsTheCircle() throws {
        try requireSlowTests()
        let model = trained(NeuralDecoderModel(seed: 2, featureCount: 2, latents: circleLatentGrid(),
                                               latentFeatures: .circular))
        let s = summary(model)
        XCTAssertLessThan(s.meanDataFreeEnergy, 0.15)
        XCTAssertLessThan(s.onEllipse, 0.12)
        XCTAssertGreaterThan(s.origin, 1.5)
        XCTAssertGreaterThan(s.smallestCorner, 1)
    }

    /// (b) 2-D latent on a 16 × 16 grid of [−1, 1]², λ = 0, zero temperature: the surface goes flat — no
    /// more contrast between the data ellipse and the rest of the plane. Measured (init seed 1): data 0.49,
    /// ellipse 0.58, origin 0.75, smallest corner 0.31, plane maximum 1.19 (the horn: 0.008, 2.23, 2.95, 2.95).
    func testTwoDimensionalLatentFlattensTheSurface() throws {
        try requireSlowTests()
        let s = summary(trained(NeuralDecoderModel(seed: 1, featureCount: 4, latents: squareLatentGrid(side: 16, halfWidth: 1))))
        XCTAssertLessThan(s.mapMaximum, 1.6)
        XCTAssertLessThan(s.origin, 2 * s.onEllipse)
        XCTAssertLessThan(s.smallestCorner, s.onEllipse)
    }

    /// (b′) the same latent trained at β = 3: the porcupine, F∞ ≈ 0 over most of the plane. Measured: data
    /// 0.077, plane median 0.031, 74 % of the plane below 0.1, ellipse 0.013, origin 0.13.
    func testTwoDimensionalLatentWarmOverfitsTheWholePlane() throws {
        try requireSlowTests()
        let s = summary(trained(NeuralDecoderModel(seed: 1, featureCount: 4, latents: squareLatentGrid(side: 16, halfWidth: 1),
                                                   beta: 3)))
        XCTAssertLessThan(s.mapMedian, 0.08)
        XCTAssertGreaterThan(s.fractionBelowTenth, 0.6)
        XCTAssertLessThan(s.origin, 0.3)
    }

    /// (c) the same latent trained at β = 1 (the temperature as regulariser, docs/lecture.md §3.3): contrast restored.
    /// Measured: data 0.118, ellipse 0.029, origin 0.40, smallest corner 1.84. (λ‖z‖² on the fixed grid does
    /// not restore it: λ ∈ {0.1, 1, 3} left origin 0.04–1.3 against ellipse 0.1–0.5, corners ≤ 0.8.)
    func testTwoDimensionalLatentRegularisedByTemperature() throws {
        try requireSlowTests()
        let s = summary(trained(NeuralDecoderModel(seed: 1, featureCount: 4, latents: squareLatentGrid(side: 16, halfWidth: 1),
                                                   beta: 1)))
        XCTAssertLessThan(s.onEllipse, 0.06)
        XCTAssertGreaterThan(s.origin, 5 * s.onEllipse)
        XCTAssertGreaterThan(s.smallestCorner, 1.2)
    }
}

/// The figure "beyond-horn-generalisations" panels (b) and (c): ỹ = f(x) ⊙ h(z), h = MLP [2, 8, 8, 2], z on the
/// 16 × 16 grid of [−1, 1]², λ = 0, seed 1, trained on the horn (data seed 1, N = 1000) with Adam lr 0.01,
/// batch 16, 20 epochs, F∞ read on the 25 × 17 plane at x = 0.
///
/// Measured: (b) zero temperature: 60 %+ of the plane below 0.1 (68 %), median 0.018, origin 0.04, corner
/// (3, 2) 1.9; (c) trained at β = 1: 44 % below 0.1, median 0.21, corner 3.3 (the horn: 28 %, 0.33, 2.95). Seeds 2
/// and 3 give the same picture (b: 89 %, 67 %; c: 33 %, 36 %, corners 3.7–3.8). Two trainings of about 3 s each
/// in debug: the suite runs only when EBM_SLOW_TESTS is set (`make test-slow`).
final class ScaledDecoderGeneralisationTests: XCTestCase {
    func plane(beta: Double) -> (map: [Double], corner: Double) {
        var g = SeededGenerator(seed: 1)
        let data = sampleHorn(count: 1000, using: &g)
        var model = ScaledDecoderModel(seed: 1, shapeHiddenSizes: [8, 8], latents: squareLatentGrid(side: 16, halfWidth: 1), beta: beta)
        _ = train(&model, on: data, schedule: TrainingSchedule(optimizer: HornRecipe.adam(learningRate: 0.01), batchSize: 16, epochs: 20),
                  recordParameters: false)
        let y1 = (0..<25).map { -3 + 0.25 * Double($0) }, y2 = (0..<17).map { -2 + 0.25 * Double($0) }
        let map = model.freeEnergyMap(x: 0, y1: y1, y2: y2, beta: .infinity)
        return (map, map.last!)
    }

    func shareBelowTenth(_ map: [Double]) -> Double { Double(map.filter { $0 < 0.1 }.count) / Double(map.count) }
    func median(_ map: [Double]) -> Double { map.sorted()[map.count / 2] }

    /// (b) the unregularised 2-D latent overfits: F∞ ≈ 0 over most of the y-plane; (c) warm training restores it.
    func testTwoDimensionalLatentOverfitsColdAndIsRestoredWarm() throws {
        try XCTSkipIf(getenv("EBM_SLOW_TESTS") == nil, "set EBM_SLOW_TESTS=1 to run the latent-decoder generalisation trainings")
        let cold = plane(beta: .infinity), warm = plane(beta: 1)
        XCTAssertGreaterThan(shareBelowTenth(cold.map), 0.6)
        XCTAssertLessThan(median(cold.map), 0.05)
        XCTAssertLessThan(shareBelowTenth(warm.map), 0.5)
        XCTAssertGreaterThan(median(warm.map), 0.15)
        XCTAssertGreaterThan(warm.corner, 3)
        XCTAssertGreaterThan(median(warm.map), 5 * median(cold.map))
    }
}
