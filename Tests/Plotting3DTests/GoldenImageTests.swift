import CairoRenderer
import GoldenImages
import Plotting
import XCTest

/// Pixels, compared with a tolerance: RMS ≤ 2 on the 0–255 scale against the baselines in `Baselines/`
/// (`GoldenImage`; `RECORD_BASELINES=1 swift test` rewrites them instead of comparing).
final class GoldenImageTests: XCTestCase {
    static let tolerance = 2.0

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
        GoldenImage.assertMatches(png, name: name, tolerance: Self.tolerance, file: file, line: line)
    }
}
