import CairoRenderer
import GoldenImages
import XCTest
import Plotting

/// The kitchen-sink figure against its baselines, in both themes. Same-machine output is byte-identical;
/// the tolerance absorbs font rasterisation differences between machines (matplotlib uses 2–10 similarly).
final class KitchenSinkGoldenTests: XCTestCase {
    func testDarkKitchenSinkMatchesItsBaseline() throws {
        GoldenImage.assertMatches(try Rendering.render(KitchenSink.figure(theme: .dark), .png), name: "kitchen-sink-dark", tolerance: 3)
    }

    func testLightKitchenSinkMatchesItsBaseline() throws {
        GoldenImage.assertMatches(try Rendering.render(KitchenSink.figure(theme: .light), .png), name: "kitchen-sink-light", tolerance: 3)
    }

    func testTheComparisonDetectsAChangedFigure() throws {
        // Guards the guard: moving the legend must push the RMS far above the tolerance.
        var figure = KitchenSink.figure(theme: .dark)
        figure.axes[0].legend?.location = .upperLeft
        let moved = try PNGImage(png: try Rendering.render(figure, .png))
        let original = try PNGImage(png: try Rendering.render(KitchenSink.figure(theme: .dark), .png))
        let metrics = ImageDiff.metrics(original, moved)
        XCTAssertFalse(metrics.sizeChanged)
        XCTAssertGreaterThan(metrics.rms, 3)
        XCTAssertEqual(ImageDiff.metrics(original, original).rms, 0)
    }
}
