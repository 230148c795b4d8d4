import XCTest
@testable import ExperimentSpec

/// `size` (pixels at 100 dpi, or inches) and `dpi`: the layout size in 1/100 in, the dpi kept only when it is not
/// the default, located errors for the rest.
final class FigureSizeTests: XCTestCase {
    private func experiment(_ fields: String, file: StaticString = #filePath, line: UInt = #line) -> Experiment? {
        experiments(of: oneExperiment(#""id": "a", "kind": "samples", "# + fields), file: file, line: line).first
    }

    func testDefaultIsTenBySixPointTwoInchesAtOneHundredDPI() throws {
        let e = try XCTUnwrap(experiment(#""title": "t""#))
        XCTAssertEqual(e.widthPixels, 1000)
        XCTAssertEqual(e.heightPixels, 620)
        XCTAssertEqual(e.dpi, 100)
    }

    func testInchesArePixelsAtOneHundredDPI() throws {
        let inches = try XCTUnwrap(experiment(#""size": {"width": 10, "height": 6.4, "unit": "in"}"#))
        let pixels = try XCTUnwrap(experiment(#""size": {"width": 1000, "height": 640}"#))
        let explicit = try XCTUnwrap(experiment(#""size": {"width": 1000, "height": 640, "unit": "px"}"#))
        XCTAssertEqual(inches.widthPixels, 1000)
        XCTAssertEqual(inches.heightPixels, 640)
        XCTAssertEqual(inches, pixels, "the same figure, whichever unit wrote it")
        XCTAssertEqual(explicit, pixels)
        let odd = try XCTUnwrap(experiment(#""size": {"width": 3.07, "height": 0.64, "unit": "in"}"#))
        XCTAssertEqual(odd.widthPixels, 307)
        XCTAssertEqual(odd.heightPixels, 64)
    }

    func testDPIIsKeptOnlyWhenItIsNotTheDefault() throws {
        XCTAssertEqual(try XCTUnwrap(experiment(#""dpi": 100"#)).dpi, 100, "100 is the default: the same spec as no dpi")
        XCTAssertEqual(try XCTUnwrap(experiment(#""dpi": 100"#)), try XCTUnwrap(experiment(#""title": "a""#)))
        let e = try XCTUnwrap(experiment(#""dpi": 300, "size": {"width": 8, "height": 5, "unit": "in"}"#))
        XCTAssertEqual(e.dpi, 300)
        XCTAssertEqual(e.dotsPerInch, 300)
        XCTAssertEqual(e.widthPixels, 800)
        XCTAssertEqual(try XCTUnwrap(experiment(#""dpi": 72.5"#)).dpi, 72.5)
    }

    func testDefaultsCarrySizeAndDPI() throws {
        let json = #"{"version": 1, "defaults": {"dpi": 200, "size": {"unit": "in", "width": 5, "height": 4}}, "experiments": [{"id": "a", "kind": "samples", "size": {"height": 3}}]}"#
        let e = try XCTUnwrap(experiments(of: json).first)
        XCTAssertEqual(e.widthPixels, 500)
        XCTAssertEqual(e.heightPixels, 300)
        XCTAssertEqual(e.dpi, 200)
    }

    func testBadValuesAreLocated() {
        let cases: [(String, String, String)] = [
            (#""dpi": 0"#, "experiments[0].dpi", "must be ≥ 10 and ≤ 1200, got 0"),
            (#""dpi": 1201"#, "experiments[0].dpi", "must be ≤ 1200 and ≥ 10, got 1201"),
            (#""dpi": "high""#, "experiments[0].dpi", "must be a number"),
            (#""size": {"width": 10, "unit": "mm"}"#, "experiments[0].size.unit", "must be one of \"px\", \"in\", got \"mm\""),
            (#""size": {"width": 0.5, "unit": "in"}"#, "experiments[0].size.width", "must be ≥ 0.64 and ≤ 80, got 0.5"),
            (#""size": {"height": 2.005, "unit": "in"}"#, "experiments[0].size.height", "must be a multiple of 0.01 in (the layout unit), got 2.005"),
            (#""size": {"width": 640.5}"#, "experiments[0].size.width", "must be a whole number, got 640.5"),
            (#""size": {"width": 8000}, "dpi": 101"#, "experiments[0].dpi", "80 × 6.2 in at 101 dpi is a 8080 × 626 pixel canvas; each side must be ≤ 8000 pixels"),
        ]
        for (fields, path, message) in cases {
            let found = issues(of: oneExperiment(#""id": "a", "kind": "samples", "# + fields))
            assertIssue(found, at: path, contains: message)
            XCTAssertEqual(found.count, 1, "\(fields): one issue, got \(found)")
        }
    }

    func testTheLargestCanvasIsAccepted() throws {
        let e = try XCTUnwrap(experiment(#""size": {"width": 20, "height": 10, "unit": "in"}, "dpi": 400"#))
        XCTAssertEqual(Double(e.widthPixels) * e.dotsPerInch / 100, 8000)
    }
}
