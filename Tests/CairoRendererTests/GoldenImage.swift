import CairoRenderer
import Foundation
import XCTest

/// Golden-image assertions, compared as matplotlib's `testing/compare.py` does (`ImageDiff.metrics`: RMS of the
/// straight-alpha R, G, B, A differences on the 0–255 scale, under a tolerance). Baselines live in `Baselines/`
/// next to this file; `RECORD_BASELINES=1` rewrites them from the actual output. On a mismatch the failure
/// message names a PNG with baseline, actual and amplified difference side by side.
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
        guard let actual = try? PNGImage(png: png) else {
            return XCTFail("the rendered PNG does not decode", file: file, line: line)
        }
        guard let data = try? Data(contentsOf: url), let expected = try? PNGImage(png: [UInt8](data)) else {
            return XCTFail("no baseline at \(url.path); run the tests with RECORD_BASELINES=1 to create it", file: file, line: line)
        }
        let metrics = ImageDiff.metrics(expected, actual)
        let problem = metrics.sizeChanged
            ? "size \(actual.width)×\(actual.height) differs from the baseline's \(expected.width)×\(expected.height)"
            : metrics.rms > tolerance ? "RMS \(metrics.rms) exceeds the tolerance \(tolerance)" : nil
        if let problem {
            let path = writeSideBySide(expected, actual, name: name)
            XCTFail("\(name): \(problem); baseline | actual | difference in \(path)", file: file, line: line)
        }
    }

    /// Writes `ImageDiff.sideBySidePNG(before, after)` to a temporary directory and returns its path.
    static func writeSideBySide(_ before: PNGImage, _ after: PNGImage, name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cairo-renderer-tests/\(name)-side-by-side.png").path
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(try ImageDiff.sideBySidePNG(before, after)).write(to: URL(fileURLWithPath: path))
            return path
        } catch {
            return "(not written: \(error))"
        }
    }

    /// The image averaged over `factor × factor` blocks: a blur that keeps shapes and colours but forgives the
    /// sub-pixel antialiasing differences between two rasterisers.
    static func blockAveraged(_ image: PNGImage, by factor: Int) -> PNGImage {
        var averaged = PNGImage(width: image.width / factor, height: image.height / factor)
        for y in 0..<averaged.height {
            for x in 0..<averaged.width {
                for k in 0..<4 {
                    var sum = 0
                    for dy in 0..<factor {
                        for dx in 0..<factor { sum += Int(image.rgba[((y * factor + dy) * image.width + x * factor + dx) * 4 + k]) }
                    }
                    averaged.rgba[(y * averaged.width + x) * 4 + k] = UInt8(sum / (factor * factor))
                }
            }
        }
        return averaged
    }
}
