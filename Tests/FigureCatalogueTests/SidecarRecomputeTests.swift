#if canImport(Glibc)
import Glibc
#endif
import EBMCore
import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue

/// A sidecar is enough to recompute what the figure shows, with code independent of the builders.
final class SidecarRecomputeTests: XCTestCase {
    private func build(_ json: String) throws -> [String: SidecarValue] {
        let experiments = try ExperimentFile.parse(Data((#"{"version": 1, "experiments": ["# + json + "]}").utf8), file: "fixture.json")
        return try Catalogue.build(experiments[0]).data
    }

    /// Replays a shuffled hinge-loss SGD run from the recorded permutations and contrastive points: every step's loss
    /// and w match the record.
    func testShuffledHingeTrainingReplaysFromTheSidecar() throws {
        let data = try build(#"{"id":"c","kind":"cross-section","plot":{"trained":true},"training":{"loss":"hinge","margin":1,"order":"shuffled","seed":4,"epochs":2,"learningRate":0.1}}"#)
        let record = data["training"]!
        let y = data["y"]!.points
        let permutations = record["permutations"]!.array.map { $0.numbers.map { Int($0) } }
        XCTAssertEqual(permutations.count, 2)
        XCTAssertEqual(permutations[0].sorted(), Array(0..<24))
        XCTAssertNotEqual(permutations[0], Array(0..<24))
        let contrastive = record["contrastive"]!.points
        let losses = record["loss"]!.numbers, trajectory = record["parameters"]!.array.map(\.numbers)
        XCTAssertEqual(contrastive.count, 48)
        var w = (record["initial"]!.decoder.w1, record["initial"]!.decoder.w2)
        let zs = (0..<48).map { 2 * Double.pi * Double($0) / 48 }
        /// F∞ over the grid and its gradient in (w1, w2), at the first argmin.
        func free(_ p: Point2) -> (Double, Double, Double) {
            let z = zs.min { e(p, $0) < e(p, $1) }!
            let r1 = p.x - w.0 * cos(z), r2 = p.y - w.1 * sin(z)
            return (r1 * r1 + r2 * r2, -2 * r1 * cos(z), -2 * r2 * sin(z))
        }
        func e(_ p: Point2, _ z: Double) -> Double { pow(p.x - w.0 * cos(z), 2) + pow(p.y - w.1 * sin(z), 2) }
        for (step, k) in permutations.joined().enumerated() {
            let (fy, a1, a2) = free(y[k]), (fh, b1, b2) = free(contrastive[step])
            let loss = max(0, 1 - fh + fy)
            XCTAssertEqual(losses[step], loss, accuracy: 1e-12, "step \(step + 1)")
            if loss > 0 { w = (w.0 - 0.1 * (a1 - b1), w.1 - 0.1 * (a2 - b2)) }
            XCTAssertEqual(trajectory[step][0], w.0, accuracy: 1e-12)
            XCTAssertEqual(trajectory[step][1], w.1, accuracy: 1e-12)
        }
        XCTAssertEqual(record["trained"]!.decoder.w1, w.0, accuracy: 1e-12)
    }

    /// The trained horn manifold follows from the recorded parameters and the documented network layout.
    func testHornManifoldFromTheRecordedParameters() throws {
        let data = try build(#"{"id":"h","kind":"horn-manifold","data":{"source":"horn","count":60},"plot":{"trained":true},"training":{"optimizer":"adam","learningRate":0.03}}"#)
        let theta = data["training"]!["trainedParameters"]!.numbers
        XCTAssertEqual(theta.count, 106)
        XCTAssertEqual(data["trainingData"]!["x"]!.numbers.count, 60)
        XCTAssertNotEqual(theta, data["training"]!["initialParameters"]!.numbers)
        // [1, 8, 8, 2]: W0 (8×1) 0…7, b0 8…15, W1 (8×8) 16…79, b1 80…87, W2 (2×8) 88…103, b2 104…105.
        func f(_ x: Double) -> (Double, Double) {
            var h1 = [Double](repeating: 0, count: 8), h2 = [Double](repeating: 0, count: 8), out = [0.0, 0.0]
            for i in 0..<8 { h1[i] = max(0, theta[i] * x + theta[8 + i]) }
            for i in 0..<8 {
                var sum = theta[80 + i]
                for j in 0..<8 { sum += theta[16 + i * 8 + j] * h1[j] }
                h2[i] = max(0, sum)
            }
            for i in 0..<2 {
                var sum = theta[104 + i]
                for j in 0..<8 { sum += theta[88 + i * 8 + j] * h2[j] }
                out[i] = sum
            }
            return (out[0], out[1])
        }
        let zs = data["z"]!.numbers
        let manifold = data["manifold"]!.array.map(\.numbers)
        for (i, x) in data["x"]!.numbers.enumerated() {
            let (f1, f2) = f(x)
            for (k, z) in zs.enumerated() {
                let p = manifold[i * zs.count + k]
                XCTAssertEqual(p[1], f1 * cos(z), accuracy: 1e-12)
                XCTAssertEqual(p[2], f2 * sin(z), accuracy: 1e-12)
            }
        }
    }

    /// The five ž of 15-1 Fig 10 are minima of E(y′, ·): E there equals the recorded F∞, below every sampled value.
    func testFig10MinimaRecompute() throws {
        let data = try Shipped.data("15-1-fig10-five-energies")
        let d = data["decoder"]!.decoder
        for (i, p) in data["points"]!.array.map({ Point2($0.numbers[0], $0.numbers[1]) }).enumerated() {
            let z = data["zCheck"]!.numbers[i], f = data["freeEnergy"]!.numbers[i]
            XCTAssertEqual(d.energy(p, z: z), f, accuracy: 1e-12)
            XCTAssertLessThanOrEqual(f, data["energies"]!.array[i].numbers.min()!)
            XCTAssertLessThanOrEqual(f, data["gridFreeEnergy"]!.numbers[i])
        }
    }
}
