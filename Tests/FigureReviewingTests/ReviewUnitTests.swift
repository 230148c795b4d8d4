import CairoRenderer
import XCTest
@testable import FigureReviewing

/// The pieces of a review checked on hand-made inputs with known answers.
final class ReviewUnitTests: XCTestCase {
    func testPixelMetricsOfOneChangedChannel() {
        let before = PNGImage(width: 2, height: 2, fill: (255, 255, 255, 255))
        var after = before
        after.rgba[0] = 0  // pixel (0, 0), red channel: 255 → 0
        let m = ImageDiff.metrics(before, after)
        XCTAssertEqual(m.rms, (255.0 * 255 / 16).squareRoot(), accuracy: 1e-12, "one of 16 channel values differs by 255")
        XCTAssertEqual(m.changedPixels, 1)
        XCTAssertEqual(m.changedFraction, 0.25)
        XCTAssertEqual(m.maxChannelDifference, 255)
        XCTAssertTrue(ImageDiff.metrics(before, before).identical)
    }

    func testSizeChangeIsMeasuredOverTheUnionCanvas() {
        let small = PNGImage(width: 2, height: 1, fill: (0, 0, 0, 255)), large = PNGImage(width: 2, height: 2, fill: (0, 0, 0, 255))
        let m = ImageDiff.metrics(small, large)
        XCTAssertTrue(m.sizeChanged)
        XCTAssertEqual(m.totalPixels, 4)
        XCTAssertEqual(m.changedPixels, 2, "the new row differs from transparent")
    }

    func testDifferenceMapColoursOnlyChangedPixels() throws {
        let before = PNGImage(width: 3, height: 1, fill: (200, 200, 200, 255))
        var after = before
        after.rgba[4] = 199  // pixel 1 by one level
        after.rgba[8] = 0  // pixel 2 by 200 levels
        let (map, gain) = ImageDiff.differenceMap(before, after)
        XCTAssertEqual(gain, 255.0 / 200, accuracy: 1e-12)
        let unchanged = map.pixel(0, 0), small = map.pixel(1, 0), large = map.pixel(2, 0)
        XCTAssertEqual(unchanged.0, unchanged.1, "unchanged pixels are grey")
        XCTAssertLessThan(Int(unchanged.0), 90, "and dark")
        XCTAssertNotEqual([small.0, small.1, small.2], [unchanged.0, unchanged.1, unchanged.2], "a one-level change stands out")
        XCTAssertGreaterThan(Int(large.0) + Int(large.1), Int(small.0) + Int(small.1), "larger differences are brighter")
        // Encoding and decoding through cairo keeps the pixels of an opaque image.
        XCTAssertEqual(try PNGImage(png: try map.pngBytes()), map)
    }

    func testSidecarDifferencesByArrayShapeAndValue() throws {
        let before = #"{"specHash": "a", "data": {"grid": [[1, 2], [3, 4]], "curve": [0, "inf", 1], "points": [1, 2, 3], "label": "x", "on": true, "rows": [{"v": [1]}]}}"#
        let after = #"{"specHash": "b", "data": {"grid": [[1, 2], [3, 4.5]], "curve": [0, "inf", 1], "points": [1, 2], "label": "y", "on": false, "rows": [{"v": [2]}], "new": 1}}"#
        let d = try SidecarDifferences.compare(Array(before.utf8), Array(after.utf8), name: "fixture.json")
        XCTAssertEqual(d.arrays.first { $0.path == "data.grid" }, .init(path: "data.grid", shape: "2×2", maxAbsDifference: 0.5,
                                                                       beforeValues: [1, 2, 3, 4], afterValues: [1, 2, 3, 4.5]),
                       "small arrays keep their values for the report")
        XCTAssertEqual(d.arrays.first { $0.path == "data.curve" }?.maxAbsDifference, 0, "∞ equals ∞")
        XCTAssertEqual(d.arrays.first { $0.path == "data.rows[0].v" }?.maxAbsDifference, 1, "arrays of objects are walked")
        XCTAssertEqual(d.shapeChanges, [.init(path: "data.points", before: "3", after: "2")])
        XCTAssertEqual(Set(d.valueChanges.map(\.path)), ["data.label", "data.on", "data.new"])
        XCTAssertEqual(d.provenanceChanges.map(\.path), ["specHash"])
        XCTAssertEqual(d.changedArrays(tolerance: 0.5).map(\.path), ["data.rows[0].v"])
        XCTAssertTrue(d.hasChanges(tolerance: 10), "shape and text changes count whatever the tolerance")

        let provenanceOnly = try SidecarDifferences.compare(Array(#"{"specHash": "a", "x": [1]}"#.utf8), Array(#"{"specHash": "b", "x": [1]}"#.utf8), name: "p.json")
        XCTAssertFalse(provenanceOnly.hasChanges(tolerance: 0))
        XCTAssertThrowsError(try SidecarDifferences.compare(Array("{".utf8), Array("{}".utf8), name: "bad.json")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("bad.json (before)"))
        }
    }

    func testRaggedArraysAndInfinities() throws {
        let d = try SidecarDifferences.compare(Array(#"{"r": [[1], [2, 3]], "s": [1, "inf"]}"#.utf8),
                                               Array(#"{"r": [[1], [2, 4]], "s": [1, 5]}"#.utf8), name: "r.json")
        XCTAssertEqual(d.arrays.first { $0.path == "r" }?.shape, "ragged, 3 numbers")
        XCTAssertEqual(d.arrays.first { $0.path == "r" }?.maxAbsDifference, 1)
        XCTAssertEqual(d.arrays.first { $0.path == "s" }?.maxAbsDifference, .infinity)
    }

    func testFilesArePairedIntoFiguresWithFramesInOrder() {
        XCTAssertEqual(FigureReview.figureID(of: "15-2-fig01-bathtub-frame3.png"), "15-2-fig01-bathtub")
        XCTAssertEqual(FigureReview.figureID(of: "15-2-fig01-bathtub.json"), "15-2-fig01-bathtub")
        XCTAssertEqual(FigureReview.figureID(of: "a-frameless.png"), "a-frameless")
        XCTAssertEqual(FigureReview.figureID(of: "README.md"), "README.md")
        XCTAssertEqual(FigureReview.sortedFileNames(["b.json", "b-frame10.png", "b.svg", "b-frame2.png", "b.png"], id: "b"),
                       ["b.png", "b-frame2.png", "b-frame10.png", "b.svg", "b.json"])
    }

    func testSVGProvenanceMetadataAloneIsNoChange() {
        let a = FigureFiles(files: ["f.svg": Array("<svg><metadata>hash 1</metadata><path d=\"M0 0\"/></svg>".utf8)], label: "a")
        let b = FigureFiles(files: ["f.svg": Array("<svg><metadata>hash 2</metadata><path d=\"M0 0\"/></svg>".utf8)], label: "b")
        let c = FigureFiles(files: ["f.svg": Array("<svg><metadata>hash 2</metadata><path d=\"M0 1\"/></svg>".utf8)], label: "c")
        XCTAssertTrue(FigureReview.compare(before: a, after: b).isClean)
        XCTAssertEqual(FigureReview.compare(before: a, after: c).figures(.changed).map(\.id), ["f"])
    }
}
