import CairoRenderer
import Foundation
import XCTest

/// Golden-image assertions, compared as matplotlib's `testing/compare.py` does (`ImageDiff.metrics`: RMS of the
/// straight-alpha R, G, B, A differences on the 0–255 scale, under a tolerance). Each test target keeps its
/// baselines in a `Baselines/` directory beside the test file that asserts; `RECORD_BASELINES=1 swift test` rewrites
/// them from the actual output. On a mismatch the failure message names a PNG with baseline, actual and amplified
/// difference side by side.
package enum GoldenImage {
    package static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_BASELINES"] == "1" }

    /// The `Baselines/` directory beside the source file `file`.
    package static func baselineDirectory(besides file: StaticString) -> URL {
        URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Baselines")
    }

    /// Compares `png` with `Baselines/<name>.png` beside the calling test file under an RMS tolerance on the
    /// 0–255 scale (or records it there under `RECORD_BASELINES=1`).
    package static func assertMatches(_ png: [UInt8], name: String, tolerance: Double, file: StaticString = #filePath, line: UInt = #line) {
        let directory = baselineDirectory(besides: file)
        let url = directory.appendingPathComponent(name + ".png")
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
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
    package static func writeSideBySide(_ before: PNGImage, _ after: PNGImage, name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("golden-images/\(name)-side-by-side.png").path
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
    package static func blockAveraged(_ image: PNGImage, by factor: Int) -> PNGImage {
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
