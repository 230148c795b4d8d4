import XCTest
@testable import EBMCore

final class SeededGeneratorTests: XCTestCase {
    func testSplitMix64MatchesReferenceValues() {
        // Reference outputs of SplitMix64 seeded with 1234567 (Vigna's splitmix64.c).
        var g = SplitMix64(seed: 1234567)
        XCTAssertEqual(g.next(), 6457827717110365317)
        XCTAssertEqual(g.next(), 3203168211198807973)
    }

    func testSameSeedSameStreamDifferentSeedDifferentStream() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let xa = (0..<100).map { _ in a.next() }
        XCTAssertEqual(xa, (0..<100).map { _ in b.next() })
        XCTAssertNotEqual(xa, (0..<100).map { _ in c.next() })
    }

    func testUniformAndGaussianMoments() {
        var g = SeededGenerator(seed: 7)
        let n = 200_000
        let u = (0..<n).map { _ in g.nextUniform() }
        XCTAssertTrue(u.allSatisfy { $0 >= 0 && $0 < 1 })
        XCTAssertEqual(u.reduce(0, +) / Double(n), 0.5, accuracy: 0.005)
        let x = (0..<n).map { _ in g.nextGaussian(mean: 1, standardDeviation: 0.05) }
        let mean = x.reduce(0, +) / Double(n)
        let variance = x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        XCTAssertEqual(mean, 1, accuracy: 0.001)
        XCTAssertEqual(variance.squareRoot(), 0.05, accuracy: 0.001)
    }

    func testPermutationIsAPermutation() {
        var g = SeededGenerator(seed: 3)
        let p = g.permutation(count: 50)
        XCTAssertEqual(p.sorted(), Array(0..<50))
        XCTAssertNotEqual(p, Array(0..<50))
    }
}
