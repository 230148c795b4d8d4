import Foundation
import XCTest

/// Golden-image assertions. Baselines live in `Baselines/` next to this file; `RECORD_BASELINES=1`
/// rewrites them from the actual output. On a mismatch the failure message names a PNG with actual,
/// expected and difference side by side.
enum GoldenImage {
    static let baselineDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Baselines")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_BASELINES"] == "1" }

    /// Compares `png` with `Baselines/<name>.png` under an RMS tolerance on the 0–255 scale.
    static func assertMatches(_ png: [UInt8], name: String, tolerance: Double, file: StaticString = #filePath, line: UInt = #line) {
        let url = baselineDirectory.appendingPathComponent(name + ".png")
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: baselineDirectory, withIntermediateDirectories: true)
                try Data(png).write(to: url, options: .atomic)
            } catch {
                XCTFail("could not record \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let actual = ImageComparison.decode(png: png) else {
            return XCTFail("the rendered PNG does not decode", file: file, line: line)
        }
        guard let data = try? Data(contentsOf: url), let expected = ImageComparison.decode(png: [UInt8](data)) else {
            return XCTFail("no baseline at \(url.path); run the tests with RECORD_BASELINES=1 to create it", file: file, line: line)
        }
        guard let rms = ImageComparison.rms(actual, expected) else {
            let path = ImageComparison.writeSideBySide(actual: actual, expected: expected, name: name)
            return XCTFail("size \(actual.width)×\(actual.height) differs from the baseline's \(expected.width)×\(expected.height); see \(path)",
                           file: file, line: line)
        }
        if rms > tolerance {
            let path = ImageComparison.writeSideBySide(actual: actual, expected: expected, name: name)
            XCTFail("\(name): RMS \(rms) exceeds the tolerance \(tolerance); actual | expected | diff in \(path)", file: file, line: line)
        }
    }
}
