import EBMCore
import FigureTestSupport
import Foundation
import XCTest
@testable import FigurePipeline

/// A model-cache entry is used only when it is exactly what this training wrote: every corruption in the corpus
/// below is a cache miss with one warning, the model trained again and the entry rewritten — never a crash,
/// never the wrong model.
final class CacheCorruptionTests: XCTestCase {
    struct Key: Encodable { var name: String }

    private func directory() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-cache-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A deterministic "training": two parameters and a three-step history that depend on `seed`.
    private func training(_ seed: Double) -> (parameters: [Double], history: [TrainingStep]) {
        ([seed, -seed], (1...3).map { TrainingStep(step: $0, loss: seed / Double($0), parameters: [seed + Double($0), -seed]) })
    }

    private func entryPath(_ directory: String, _ key: Key) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
        let cache = ModelCache(directory: directory)
        _ = cache.trained(key: key, parameterCount: 2) { training(1) }
        let after = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
        return directory + "/" + Set(after).subtracting(names).first!
    }

    func testEveryCorruptionIsAMissWithAWarningAndHeals() throws {
        let directory = directory()
        let key = Key(name: "a")
        let path = try entryPath(directory, key)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        let otherKey = Key(name: "b")
        _ = ModelCache(directory: directory).trained(key: otherKey, parameterCount: 2) { training(2) }
        let otherPath = try FileManager.default.contentsOfDirectory(atPath: directory).map { directory + "/" + $0 }.first { $0 != path && $0.hasSuffix(".json") }!
        let other = try Data(contentsOf: URL(fileURLWithPath: otherPath))
        var object = try JSONSerialization.jsonObject(with: good) as! [String: Any]

        func edited(_ change: (inout [String: Any]) -> Void) -> Data {
            var copy = object
            change(&copy)
            return try! JSONSerialization.data(withJSONObject: copy)
        }
        let corpus: [(String, () throws -> Void)] = [
            ("empty file", { try Data().write(to: URL(fileURLWithPath: path)) }),
            ("truncated", { try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: path)) }),
            ("null", { try Data("null".utf8).write(to: URL(fileURLWithPath: path)) }),
            ("empty object", { try Data("{}".utf8).write(to: URL(fileURLWithPath: path)) }),
            ("the issue's empty arrays", { try Data(#"{"parameters":[],"losses":[],"trajectory":[]}"#.utf8).write(to: URL(fileURLWithPath: path)) }),
            ("huge parameters", { try edited { $0["parameters"] = [1e308, 1e308] }.write(to: URL(fileURLWithPath: path)) }),
            ("one parameter too many", { try edited { $0["parameters"] = [1, 2, 3] }.write(to: URL(fileURLWithPath: path)) }),
            ("a loss removed", { try edited { $0["losses"] = [1.0, 0.5] }.write(to: URL(fileURLWithPath: path)) }),
            ("non-finite strings", { try edited { $0["parameters"] = ["nan", "inf"] }.write(to: URL(fileURLWithPath: path)) }),
            ("wrong types", { try edited { $0["parameters"] = "1, 2" }.write(to: URL(fileURLWithPath: path)) }),
            ("the other training's entry (swapped)", { try other.write(to: URL(fileURLWithPath: path)) }),
            ("checksum removed", { try edited { $0.removeValue(forKey: "checksum") }.write(to: URL(fileURLWithPath: path)) }),
            ("binary garbage", { try Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: URL(fileURLWithPath: path)) }),
            ("a directory", { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }),
            ("a symbolic link to a device", { try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero") }),
            ("a FIFO", { guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) } }),
        ]
        object["key"] = object["key"]  // keeps `object` mutable for the edits above
        for (name, corrupt) in corpus {
            try? FileManager.default.removeItem(atPath: path)
            try corrupt()
            let cache = ModelCache(directory: directory)
            var trainedAgain = false
            let result = cache.trained(key: key, parameterCount: 2) {
                trainedAgain = true
                return training(1)
            }
            XCTAssertTrue(trainedAgain, "\(name): a corrupted entry is a miss")
            XCTAssertEqual(result.parameters, [1, -1], name)
            XCTAssertEqual(cache.hits, 0, name)
            // A directory in the entry's place also cannot be replaced: a second warning says the model is not cached.
            XCTAssertEqual(cache.warnings.count, name == "a directory" ? 2 : 1, "\(name): \(cache.warnings)")
            XCTAssertTrue(cache.warnings.first?.contains("is not usable") ?? false, "\(name): \(cache.warnings)")
            // A regular-file corruption is healed by the rewrite; a directory stays (it is never removed) and misses again.
            if name != "a directory" {
                let healed = ModelCache(directory: directory)
                let again = healed.trained(key: key, parameterCount: 2) { XCTFail("\(name): healed entry is read"); return training(9) }
                XCTAssertEqual(again.parameters, [1, -1], name)
                XCTAssertEqual(healed.hits, 1, name)
                XCTAssertEqual(healed.warnings, [], name)
            } else {
                try FileManager.default.removeItem(atPath: path)
            }
        }
    }

    func testADivergedTrainingIsNotCached() throws {
        let directory = directory()
        let cache = ModelCache(directory: directory)
        _ = cache.trained(key: Key(name: "nan"), parameterCount: 2) { ([.nan, 1], []) }
        XCTAssertEqual(cache.warnings, [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }, [])
    }
}
