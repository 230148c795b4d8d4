import CairoRenderer
import GoldenImages
import Foundation
import XCTest
import Plotting

/// The SVG and the PNG of a figure show the same picture: the SVG rasterised by `rsvg-convert`
/// (librsvg, an independent renderer) is compared with cairo's PNG under an RMS tolerance.
final class SVGMatchesPNGTests: XCTestCase {
    static let rsvgConvert = "/usr/bin/rsvg-convert"

    private func rasterise(svg: [UInt8], width: Int, height: Int) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.rsvgConvert)
        // The SVG has the figure's size in points (PhysicalSizeTests); rasterise it at the PNG's pixel size (100 dpi),
        // given exactly, since a size in points times 100/72 need not come out a whole number in floating point.
        process.arguments = ["--format", "png", "--width", String(width), "--height", String(height)]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Write and read concurrently so that neither pipe fills up.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(svg))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "rsvg-convert failed")
        return [UInt8](data)
    }

    func testKitchenSinkSVGRasterisesToThePNG() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.rsvgConvert), "librsvg2-bin is not installed")
        for theme in [Theme.dark, .light] {
            let figure = KitchenSink.figure(theme: theme)
            let png = try PNGImage(png: try Rendering.render(figure, .png))
            let svg = try PNGImage(png: try rasterise(svg: try Rendering.render(figure, .svg), width: figure.widthPixels, height: figure.heightPixels))
            XCTAssertEqual(svg.width, figure.widthPixels)
            XCTAssertEqual(svg.height, figure.heightPixels)
            XCTAssertEqual(png.width, svg.width)
            XCTAssertEqual(png.height, svg.height)
            // Pixel for pixel the two rasterisers differ only in glyph antialiasing (RMS ≈ 5.5); averaged over
            // 4 × 4 blocks that washes out, while a missing or moved mark still shows.
            let rms = ImageDiff.metrics(svg, png).rms
            let blockRMS = ImageDiff.metrics(GoldenImage.blockAveraged(svg, by: 4), GoldenImage.blockAveraged(png, by: 4)).rms
            if rms > 8 || blockRMS > 3 {
                let path = GoldenImage.writeSideBySide(svg, png, name: "svg-vs-png-\(theme.name)")
                XCTFail("\(theme.name): SVG and PNG differ by RMS \(rms) (4 × 4 blocks: \(blockRMS)); rsvg | cairo | difference in \(path)")
            }
        }
    }

    /// With text kept as `<text>` elements, the SVG still draws the same picture (the viewer lays out the glyphs,
    /// so only antialiasing and kerning differ), and its words are there to search.
    func testTextKeptAsTextRasterisesToThePNG() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.rsvgConvert), "librsvg2-bin is not installed")
        let figure = KitchenSink.figure(theme: .light)
        let commands = Rendering.commands(figure)
        let bytes = try CairoRenderer.render(commands, width: figure.widthPixels, height: figure.heightPixels, format: .svg, svgText: .text)
        let text = String(decoding: bytes, as: UTF8.self)
        let strings = commands.compactMap { command -> String? in
            if case let .text(string, _, _, _) = command { return string } else { return nil }
        }
        XCTAssertFalse(strings.isEmpty)
        XCTAssertEqual(text.components(separatedBy: "<text ").count - 1, strings.count, "one element per text command")
        XCTAssertFalse(text.contains("glyph"), "no glyph outlines")
        XCTAssertTrue(String(decoding: try Rendering.render(figure, .svg), as: UTF8.self).contains("glyph"), "outlines by default")
        let png = try PNGImage(png: try Rendering.render(figure, .png))
        let svg = try PNGImage(png: try rasterise(svg: bytes, width: figure.widthPixels, height: figure.heightPixels))
        let blockRMS = ImageDiff.metrics(GoldenImage.blockAveraged(svg, by: 4), GoldenImage.blockAveraged(png, by: 4)).rms
        if blockRMS > 4 {
            let path = GoldenImage.writeSideBySide(svg, png, name: "svg-text-vs-png")
            XCTFail("SVG with <text> and PNG differ by RMS \(blockRMS) over 4 × 4 blocks; rsvg | cairo | difference in \(path)")
        }
    }
}
