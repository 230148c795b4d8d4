import Foundation
import XCTest
@testable import FigurePipeline

/// One text per value: keys sorted at every depth, slashes unescaped, non-finite numbers as strings.
final class CanonicalJSONTests: XCTestCase {
    func testSortedKeysAndNonFiniteNumbers() throws {
        let value: [String: [String: Double]] = ["b/c": ["z": 1, "a": .infinity], "a": ["n": -.infinity]]
        let text = String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
        XCTAssertEqual(text, #"{"a":{"n":"-inf"},"b/c":{"a":"inf","z":1}}"#)
    }

    func testTheSameValueBuiltInAnotherOrderGivesTheSameBytes() throws {
        var first: [String: Int] = [:], second: [String: Int] = [:]
        for (i, key) in ["q", "w", "e", "r", "t", "y"].enumerated() { first[key] = i }
        for (i, key) in ["q", "w", "e", "r", "t", "y"].enumerated().reversed() { second[key] = i }
        XCTAssertEqual(try CanonicalJSON.encode(first), try CanonicalJSON.encode(second))
    }
}
