import Foundation
import Plotting
import XCTest
@testable import CairoRenderer

/// A figure is laid out in 1/100 inch and rendered at its dpi: the canvas grows with the dpi and the picture stays
/// the same; the PNG records its resolution, the PDF page and the SVG have the figure's physical size.
final class PhysicalSizeTests: XCTestCase {
    private func png(_ figure: Figure, dpi: Double) throws -> [UInt8] {
        try CairoRenderer.render(Rendering.commands(figure), width: figure.widthPixels, height: figure.heightPixels, dpi: dpi, format: .png)
    }

    /// The chunks of a PNG: (type, data).
    private func chunks(_ png: [UInt8]) -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        var i = 8
        while i + 8 <= png.count {
            let length = Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3])
            let type = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
            out.append((type, Array(png[(i + 8)..<(i + 8 + length)])))
            i += 12 + length
        }
        return out
    }

    /// `image` shrunk by `factor` (box average of factor × factor pixels).
    private func downscaled(_ image: PNGImage, by factor: Int) -> PNGImage {
        var out = PNGImage(width: image.width / factor, height: image.height / factor)
        for y in 0..<out.height {
            for x in 0..<out.width {
                for k in 0..<4 {
                    var sum = 0
                    for dy in 0..<factor { for dx in 0..<factor { sum += Int(image.rgba[((y * factor + dy) * image.width + x * factor + dx) * 4 + k]) } }
                    out.rgba[(y * out.width + x) * 4 + k] = UInt8((sum + factor * factor / 2) / (factor * factor))
                }
            }
        }
        return out
    }

    func testDoubleTheDPIIsTwiceThePixelsAndTheSamePicture() throws {
        let figure = KitchenSink.figure(theme: .dark)
        let at100 = try PNGImage(png: png(figure, dpi: 100))
        let at200 = try PNGImage(png: png(figure, dpi: 200))
        XCTAssertEqual(at100.width, figure.widthPixels)
        XCTAssertEqual(at100.height, figure.heightPixels)
        XCTAssertEqual(at200.width, 2 * at100.width)
        XCTAssertEqual(at200.height, 2 * at100.height)
        let metrics = ImageDiff.metrics(at100, downscaled(at200, by: 2))
        // Antialiasing differs at the finer grid (edges, glyph outlines); the picture does not: the same marks
        // at the same places. A layout that did not scale (text at 100-dpi pixel sizes on the 200-dpi canvas)
        // gives an RMS several times larger (checked below).
        XCTAssertLessThan(metrics.rms, 8, "\(metrics)")
        XCTAssertLessThan(Double(metrics.changedPixels), 0.1 * Double(metrics.totalPixels), "\(metrics)")
        let unscaled = try PNGImage(png: CairoRenderer.render(Rendering.commands(figure), width: 2 * figure.widthPixels,
                                                              height: 2 * figure.heightPixels, format: .png))
        let wrong = ImageDiff.metrics(at100, downscaled(unscaled, by: 2))
        XCTAssertGreaterThan(wrong.rms, 3 * metrics.rms, "\(wrong)")
    }

    func testCanvasSizeFollowsTheDPI() throws {
        let figure = Figure(widthPixels: 333, heightPixels: 101, theme: .light)
        for (dpi, size) in [(100.0, (333, 101)), (50, (167, 51)), (300, (999, 303)), (72, (240, 73))] {
            let image = try PNGImage(png: png(figure, dpi: dpi))
            XCTAssertEqual(image.width, size.0, "\(dpi) dpi")
            XCTAssertEqual(image.height, size.1, "\(dpi) dpi")
            var f = figure
            f.dpi = dpi
            XCTAssertEqual(f.canvasWidth, size.0)
            XCTAssertEqual(f.canvasHeight, size.1)
        }
    }

    func testPNGRecordsItsResolutionInPHYs() throws {
        let figure = Figure(widthPixels: 80, heightPixels: 60)
        for (dpi, perMetre) in [(100.0, 3937), (200, 7874), (300, 11811), (72, 2835)] {
            let chunks = chunks(try CairoRenderer.render(Rendering.commands(figure), width: 80, height: 60, dpi: dpi, format: .png,
                                                         metadata: [(FileMetadata.title, "t")]))
            XCTAssertEqual(chunks.first?.0, "IHDR")
            let phys = try XCTUnwrap(chunks.first { $0.0 == "pHYs" }, "\(chunks.map(\.0))")
            let bytes = phys.1
            XCTAssertEqual(bytes.count, 9)
            let x = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
            let y = Int(bytes[4]) << 24 | Int(bytes[5]) << 16 | Int(bytes[6]) << 8 | Int(bytes[7])
            XCTAssertEqual(x, perMetre, "\(dpi) dpi")
            XCTAssertEqual(y, perMetre)
            XCTAssertEqual(bytes[8], 1, "unit: the metre")
            let idat = try XCTUnwrap(chunks.firstIndex { $0.0 == "IDAT" })
            XCTAssertLessThan(chunks.firstIndex { $0.0 == "pHYs" }!, idat, "pHYs precedes the image data")
            XCTAssertTrue(chunks.contains { $0.0 == "iTXt" }, "the metadata stays")
            XCTAssertEqual(chunks.last?.0, "IEND")
        }
    }

    func testPDFPageHasThePhysicalSize() throws {
        let figure = KitchenSink.figure(theme: .light)
        for dpi in [100.0, 300] {
            let pdf = try CairoRenderer.render(Rendering.commands(figure), width: 1000, height: 620, dpi: dpi, format: .pdf)
            let text = String(decoding: pdf, as: UTF8.self)
            // 10 × 6.2 in = 720 × 446.4 pt, whatever the dpi (a vector page).
            XCTAssertTrue(text.contains("/MediaBox [ 0 0 720 446.4 ]"), text.components(separatedBy: "/MediaBox").dropFirst().first.map { String($0.prefix(40)) } ?? "no MediaBox")
        }
    }

    func testSVGHasThePhysicalSizeOverALayoutViewBox() throws {
        let figure = Figure(widthPixels: 1001, heightPixels: 620, theme: .dark)
        let svg = String(decoding: try CairoRenderer.render(Rendering.commands(figure), width: 1001, height: 620, dpi: 300, format: .svg), as: UTF8.self)
        let header = try XCTUnwrap(svg.components(separatedBy: "<svg").dropFirst().first?.prefix { $0 != ">" })
        XCTAssertTrue(header.contains(" width=\"720.72pt\""), String(header))
        XCTAssertTrue(header.contains(" height=\"446.4pt\""), String(header))
        XCTAssertTrue(header.contains(" viewBox=\"0 0 1001 620\""), String(header))
        XCTAssertEqual(SVGPostprocess.points(1000), "720pt")
        XCTAssertEqual(SVGPostprocess.points(1), "0.72pt")
        XCTAssertEqual(SVGPostprocess.points(5), "3.6pt")
        XCTAssertEqual(SVGPostprocess.points(64), "46.08pt")
    }
}
