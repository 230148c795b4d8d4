import Foundation
import XCTest

/// End to end: one figure written in inches at 200 dpi and the same figure in pixels at the default 100 dpi. The
/// 200-dpi PNG has twice the pixels each way and says 200 dpi; the SVG and PDF are the same physical size for both.
final class PhysicalSizeRunTests: XCTestCase {
    private func u32(_ d: Data, _ at: Int) -> Int { d.dropFirst(at).prefix(4).reduce(0) { $0 << 8 | Int($1) } }

    /// (width, height, pixels per metre or nil) from a PNG's IHDR and pHYs.
    private func pngFacts(_ data: Data) -> (Int, Int, Int?) {
        var perMetre: Int?
        var i = 8
        while i + 8 <= data.count {
            let length = u32(data, i)
            if String(decoding: data.dropFirst(i + 4).prefix(4), as: UTF8.self) == "pHYs" { perMetre = u32(data, i + 8) }
            i += 12 + length
        }
        return (u32(data, 16), u32(data, 20), perMetre)
    }

    func testInchesAndDPIGiveThePhysicalSizeInEveryFormat() throws {
        let dir = try CLI.temporaryDirectory(self)
        try """
        {"version": 1, "experiments": [
          {"id": "hi", "kind": "samples", "formats": ["png", "svg", "pdf"], "size": {"width": 4, "height": 3, "unit": "in"}, "dpi": 200},
          {"id": "lo", "kind": "samples", "formats": ["png", "svg", "pdf"], "size": {"width": 400, "height": 300}}
        ]}
        """.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "--experiments", "e.json", "--out", "figs", "--cache", "cache"], in: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        func file(_ name: String) throws -> Data { try Data(contentsOf: dir.appendingPathComponent("figs/" + name)) }

        let hi = pngFacts(try file("hi.png")), lo = pngFacts(try file("lo.png"))
        XCTAssertEqual(hi.0, 800)
        XCTAssertEqual(hi.1, 600)
        XCTAssertEqual(hi.2, 7874, "200 dpi = 7874 pixels per metre")
        XCTAssertEqual(lo.0, 400)
        XCTAssertEqual(lo.1, 300)
        XCTAssertEqual(lo.2, 3937, "100 dpi = 3937 pixels per metre")

        for id in ["hi", "lo"] {
            let svg = String(decoding: try file(id + ".svg"), as: UTF8.self)
            XCTAssertTrue(svg.contains("width=\"288pt\" height=\"216pt\" viewBox=\"0 0 400 300\""), "\(id): \(svg.prefix(300))")
            let pdf = String(decoding: try file(id + ".pdf"), as: UTF8.self)
            XCTAssertTrue(pdf.contains("/MediaBox [ 0 0 288 216 ]"), id)
        }
        // The dpi is part of the spec: the sidecar records it, the default too.
        let hiSpec = try XCTUnwrap((try JSONSerialization.jsonObject(with: try file("hi.json")) as? [String: Any])?["spec"] as? [String: Any])
        XCTAssertEqual(hiSpec["dpi"] as? Double, 200)
        let loSpec = try XCTUnwrap((try JSONSerialization.jsonObject(with: try file("lo.json")) as? [String: Any])?["spec"] as? [String: Any])
        XCTAssertEqual(loSpec["dpi"] as? Double, 100)
    }
}
