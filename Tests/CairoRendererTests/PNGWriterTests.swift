import CCairo
import Foundation
import Plotting
import XCTest
@testable import CairoRenderer

/// The libpng writer the figures use encodes the very pixels cairo's own writer does: decoded, the two PNGs are the
/// same image, opaque or not; its bytes are deterministic; pngcheck finds the file valid.
final class PNGWriterTests: XCTestCase {
    private func decodedPair(_ commands: [DrawCommand], width: Int, height: Int) throws -> (PNGImage, PNGImage) {
        let ours = try CairoRenderer.render(commands, width: width, height: height, format: .png)
        let cairos = try CairoRenderer.render(commands, width: width, height: height, format: .png, pngWriter: .cairo)
        XCTAssertNotEqual(ours, cairos, "two different encoders")
        return (try PNGImage(png: ours), try PNGImage(png: cairos))
    }

    func testOpaqueFigureDecodesToCairosPixelsInBothThemes() throws {
        for theme in [Theme.dark, .light] {
            let figure = KitchenSink.figure(theme: theme)
            let (ours, cairos) = try decodedPair(Rendering.commands(figure), width: figure.widthPixels, height: figure.heightPixels)
            XCTAssertEqual(ours.width, KitchenSink.width)
            XCTAssertEqual(ours, cairos)
        }
    }

    func testTranslucentPixelsDecodeToCairosPixels() throws {
        // No background: transparent, antialiased and alpha-blended pixels exercise the un-premultiplication.
        let commands: [DrawCommand] = [
            .fill(.rect(Rect(x: 3, y: 4, width: 30.5, height: 17.25)), Color(red: 0.9, green: 0.2, blue: 0.1, alpha: 0.37)),
            .fill(.rect(Rect(x: 20, y: 10, width: 40, height: 30)), Color(red: 0.1, green: 0.5, blue: 0.95, alpha: 0.61)),
            .stroke(.polyline([Point(0, 0), Point(63, 47)]), StrokeStyle(color: Color(red: 1, green: 1, blue: 1, alpha: 0.8), widthPixels: 2.3)),
        ]
        let (ours, cairos) = try decodedPair(commands, width: 64, height: 48)
        XCTAssertEqual(ours, cairos)
        let alphas = Set(stride(from: 3, to: ours.rgba.count, by: 4).map { ours.rgba[$0] })
        XCTAssertTrue(alphas.contains(0) && alphas.count > 5, "transparent and partly transparent pixels: \(alphas.sorted())")
    }

    func testEveryStraightAlphaValueRoundTripsLikeCairos() throws {
        var image = PNGImage(width: 256, height: 3)
        for x in 0..<256 {
            for y in 0..<3 {
                let i = (y * 256 + x) * 4
                (image.rgba[i], image.rgba[i + 1], image.rgba[i + 2], image.rgba[i + 3]) = (UInt8(x), UInt8(255 - x), UInt8((x * 7) % 256), UInt8(y == 2 ? 255 - x : x))
            }
        }
        for filter in PNGRowFilter.allCases {
            let ours = try PNGImage(png: image.pngBytes(writer: .libpng(level: 2, filter: filter)))
            XCTAssertEqual(ours, try PNGImage(png: image.pngBytes()), "\(filter)")
        }
    }

    func testBytesAreDeterministic() throws {
        let figure = KitchenSink.figure(theme: .dark)
        let first = try Rendering.render(figure, .png)
        XCTAssertEqual(first, try Rendering.render(figure, .png))
    }

    func testPNGCheckFindsTheFileValidWithItsResolution() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pngcheck") else {
            return XCTFail("pngcheck is missing: `make setup-test` installs it (apt-get install pngcheck)")
        }
        let figure = KitchenSink.figure(theme: .light)
        let png = try CairoRenderer.render(Rendering.commands(figure), width: figure.widthPixels, height: figure.heightPixels, dpi: 150,
                                           format: .png, metadata: [(FileMetadata.title, "β → ∞")])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("png-writer-\(ProcessInfo.processInfo.processIdentifier).png")
        try Data(png).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pngcheck")
        process.arguments = ["-v", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report)
        XCTAssertTrue(report.contains("No errors detected"), report)
        XCTAssertTrue(report.contains("5906 pixels/meter (150 dpi)"), report)
        XCTAssertTrue(report.contains("1440 x 1110 image"), report)
    }
}
