import XCTest
@testable import EBMCore

final class FreeEnergyGridTests: XCTestCase {
    private let latents = LatentGrid()

    private func assertMatchesPointwise(_ decoder: EllipseDecoder, y1: [Double], y2: [Double], beta: Double,
                                        latents: LatentGrid, file: StaticString = #filePath, line: UInt = #line) {
        let grid = freeEnergyGrid(decoder: decoder, y1: y1, y2: y2, beta: beta, latents: latents)
        XCTAssertEqual(grid.count, y1.count * y2.count, file: file, line: line)
        for (row, b) in y2.enumerated() {
            for (column, a) in y1.enumerated() {
                let pointwise = decoder.freeEnergy(Point2(a, b), beta: beta, latents: latents)
                let value = grid[row * y1.count + column]
                XCTAssertEqual(value, pointwise, accuracy: 1e-12 * max(1, abs(pointwise)),
                               "beta \(beta) at (\(a), \(b))", file: file, line: line)
                if beta == .infinity || beta == 0 {   // same operations in the same order: exactly equal
                    XCTAssertEqual(value, pointwise, "beta \(beta) at (\(a), \(b))", file: file, line: line)
                }
            }
        }
    }

    func testGridEqualsPointwiseFreeEnergy() {
        let y1 = (0...24).map { -3 + 0.25 * Double($0) }
        let y2 = (0...16).map { -2 + 0.25 * Double($0) }
        for decoder in [EllipseDecoder.lectureUntrained, EllipseDecoder(w1: -2.021, w2: 1.467)] {
            for beta in [0, 1e-6, 0.1, 1, 3.16, 10, 1e3, .infinity] {
                assertMatchesPointwise(decoder, y1: y1, y2: y2, beta: beta, latents: latents)
            }
        }
    }

    func testGridLayoutIsRowMajorOverY2() {
        let decoder = EllipseDecoder.lectureUntrained
        let y1 = [-1.0, 0.5, 2.0], y2 = [0.3, -0.7]
        let grid = freeEnergyGrid(decoder: decoder, y1: y1, y2: y2, beta: 1, latents: latents)
        XCTAssertEqual(grid[1 * 3 + 2], decoder.freeEnergy(Point2(2.0, -0.7), beta: 1, latents: latents), accuracy: 1e-12)
        XCTAssertEqual(grid[0 * 3 + 1], decoder.freeEnergy(Point2(0.5, 0.3), beta: 1, latents: latents), accuracy: 1e-12)
        XCTAssertEqual(freeEnergyGrid(decoder: decoder, y1: [], y2: y2, beta: 1, latents: latents), [])
    }

    func testUnderflowFallbackAtLargeBeta() {
        // At β = 1e5 far from the manifold every factored term underflows; the direct path must take over.
        let decoder = EllipseDecoder(w1: -2, w2: 1.5)
        let y1 = [-30.0, -3, 0, 0.7, 25], y2 = [-20.0, 0.2, 1.1, 40]
        for beta in [1e4, 1e5, 1e6] {
            assertMatchesPointwise(decoder, y1: y1, y2: y2, beta: beta, latents: latents)
        }
        let grid = freeEnergyGrid(decoder: decoder, y1: y1, y2: y2, beta: 1e6, latents: latents)
        XCTAssertTrue(grid.allSatisfy { $0.isFinite })
    }

    func testOtherLatentGrids() {
        let decoder = EllipseDecoder(w1: 1.2, w2: -0.8)
        let y1 = [-1.5, 0, 0.4, 2], y2 = [-1, 0.1, 1.3]
        for latents in [LatentGrid(count: 1), LatentGrid(count: 7), LatentGrid(start: -2 * .pi, step: .pi / 12, count: 72)] {
            for beta in [0.5, 5, .infinity] {
                assertMatchesPointwise(decoder, y1: y1, y2: y2, beta: beta, latents: latents)
            }
        }
    }
}
