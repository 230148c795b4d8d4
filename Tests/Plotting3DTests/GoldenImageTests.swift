import CairoRenderer
import Foundation
import Plotting
import XCTest

/// Pixels, compared with a tolerance: RMS ≤ 2 on the 0–255 scale against the baselines in `Baselines/`.
/// `RECORD_BASELINES=1 swift test` rewrites the baselines instead of comparing.
final class GoldenImageTests: XCTestCase {
    static let tolerance = 2.0
    static let baselines = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Baselines")

    func testHornScatterMatchesBaseline() throws {
        try assertMatchesBaseline(Fixtures3D.figure(Fixtures3D.horn(frame: Rect(x: 20, y: 20, width: 960, height: 760))),
                                  name: "horn-scatter")
    }

    func testBathtubContourStackMatchesBaseline() throws {
        try assertMatchesBaseline(Fixtures3D.figure(Fixtures3D.bathtub(frame: Rect(x: 20, y: 20, width: 960, height: 760))),
                                  name: "bathtub-contours")
    }

    private func assertMatchesBaseline(_ figure: Figure, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let commands = figure.lower(metrics: CairoTextMeasurer())
        let png = try CairoRenderer.render(commands, width: figure.widthPixels, height: figure.heightPixels, format: .png)
        let url = Self.baselines.appendingPathComponent(name + ".png")
        if ProcessInfo.processInfo.environment["RECORD_BASELINES"] == "1" {
            try FileManager.default.createDirectory(at: Self.baselines, withIntermediateDirectories: true)
            try Data(png).write(to: url)
            return
        }
        guard let baseline = try? Data(contentsOf: url), let expected = try? PNGImage(png: [UInt8](baseline)) else {
            XCTFail("no baseline at \(url.path); run with RECORD_BASELINES=1 to create it", file: file, line: line)
            return
        }
        let actual = try PNGImage(png: png)
        let metrics = ImageDiff.metrics(expected, actual)
        if metrics.sizeChanged || metrics.rms > Self.tolerance {
            let path = NSTemporaryDirectory() + "plotting3d-failures-\(name)-side-by-side.png"
            try Data(try ImageDiff.sideBySidePNG(expected, actual)).write(to: URL(fileURLWithPath: path))
            let rms = metrics.sizeChanged ? "size mismatch" : String(metrics.rms)
            XCTFail("\(name): RMS \(rms) > \(Self.tolerance); baseline | actual | difference written to \(path)", file: file, line: line)
        }
    }
}
