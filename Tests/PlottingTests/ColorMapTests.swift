import XCTest
@testable import Plotting

/// Colour maps against matplotlib's 256-entry tables. The expected rows were read from the reference
/// CSVs (index, r, g, b) and typed in here: the tests do not read those files.
final class ColorMapTests: XCTestCase {
    /// (index, r, g, b) rows of the reference tables.
    private let rows: [String: [(Int, Double, Double, Double)]] = [
        "viridis": [(0, 0.267004, 0.004874, 0.329415), (63, 0.231674, 0.318106, 0.544834), (127, 0.128729, 0.563265, 0.551229),
                    (128, 0.127568, 0.566949, 0.550556), (191, 0.360741, 0.785964, 0.387814), (255, 0.993248, 0.906157, 0.143936)],
        "coolwarm": [(0, 0.229806, 0.298718, 0.753683), (127, 0.863392, 0.865084, 0.867634), (128, 0.867428, 0.864377, 0.862602),
                     (255, 0.705673, 0.015556, 0.150233)],
        "rainbow": [(0, 0.5, 0, 1), (127, 0.496078, 0.999981, 0.709281), (128, 0.503922, 0.999981, 0.704926), (255, 1, 0, 0)],
        "plasma": [(0, 0.050383, 0.029803, 0.527975), (128, 0.798216, 0.280197, 0.469538), (255, 0.940015, 0.975158, 0.131326)],
        "inferno": [(0, 0.001462, 0.000466, 0.013866), (128, 0.735683, 0.215906, 0.330245), (255, 0.988362, 0.998364, 0.644924)],
        "magma": [(0, 0.001462, 0.000466, 0.013866), (128, 0.716387, 0.214982, 0.475290), (255, 0.987053, 0.991438, 0.749504)],
        "cividis": [(0, 0, 0.135112, 0.304751), (128, 0.488697, 0.485318, 0.471008), (255, 0.995737, 0.909344, 0.217772)],
        "RdBu_r": [(0, 0.019608, 0.188235, 0.380392), (128, 0.969089, 0.966474, 0.964937), (255, 0.403922, 0, 0.121569)],
    ]

    private func assertColor(_ c: Color, _ r: Double, _ g: Double, _ b: Double, _ message: String, line: UInt = #line) {
        XCTAssertEqual(c.red, r, accuracy: 1e-6, message, line: line)
        XCTAssertEqual(c.green, g, accuracy: 1e-6, message, line: line)
        XCTAssertEqual(c.blue, b, accuracy: 1e-6, message, line: line)
        XCTAssertEqual(c.alpha, 1, message, line: line)
    }

    func testEveryNamedMapHas256EntriesMatchingTheReferenceRows() throws {
        XCTAssertEqual(Set(ColorMap.availableNames), Set(rows.keys))
        for (name, expected) in rows {
            let map = try XCTUnwrap(ColorMap.named(name), name)
            XCTAssertEqual(map.entries.count, 256, name)
            for (index, r, g, b) in expected {
                assertColor(map.entries[index], r, g, b, "\(name)[\(index)]")
            }
        }
        XCTAssertNil(ColorMap.named("jet"))
    }

    func testLookupOfEndpointsAndMidpointFollowsMatplotlib() {
        let viridis = ColorMap.viridis
        assertColor(viridis.color(atFraction: 0), 0.267004, 0.004874, 0.329415, "t = 0 → first entry")
        assertColor(viridis.color(atFraction: 1), 0.993248, 0.906157, 0.143936, "t = 1 → last entry")
        assertColor(viridis.color(atFraction: 0.5), 0.127568, 0.566949, 0.550556, "t = 0.5 → entry ⌊0.5·256⌋ = 128")
        assertColor(viridis.color(atFraction: 0.4999), 0.128729, 0.563265, 0.551229, "just below ½ → entry 127")
        assertColor(viridis.color(atFraction: 63.5 / 256), 0.231674, 0.318106, 0.544834, "entry 63")
    }

    func testValuesOutsideTheRangeClipToTheEndColoursAndNaNIsTransparent() {
        let coolwarm = ColorMap.coolwarm
        XCTAssertEqual(coolwarm.color(atFraction: -3), coolwarm.entries[0])
        XCTAssertEqual(coolwarm.color(atFraction: 7), coolwarm.entries[255], "extend-max colour")
        XCTAssertEqual(coolwarm.color(atFraction: .nan), .clear)
        XCTAssertEqual(coolwarm.color(for: 2.0, vmin: 0, vmax: 1), coolwarm.entries[255])
        XCTAssertEqual(coolwarm.color(for: 0.5, vmin: 0, vmax: 1), coolwarm.entries[128])
        XCTAssertEqual(coolwarm.color(for: 3, vmin: 2, vmax: 2), coolwarm.entries[0], "an empty range maps to the first entry")
    }

    func testPalettesAreTheMatplotlibCycles() {
        XCTAssertEqual(Palette.dark.map(\.hexString), ["#8dd3c7", "#feffb3", "#bfbbd9", "#fa8174", "#81b1d2",
                                                       "#fdb462", "#b3de69", "#bc82bd", "#ccebc4", "#ffed6f"])
        XCTAssertEqual(Palette.bmh.map(\.hexString), ["#348abd", "#a60628", "#7a68a6", "#467821", "#d55e00"])
        // 15-1 Figs 9–10's slides: bmh's cycle with tab:blue first; the dark sheet compares with it, the light with bmh's.
        XCTAssertEqual(Palette.lectureComparison.map(\.hexString), ["#1f77b4", "#a60628", "#7a68a6", "#467821", "#d55e00"])
        XCTAssertEqual(StyleSheet.dark.comparison(0).hexString, "#1f77b4")
        XCTAssertEqual(StyleSheet.light.comparison(0).hexString, "#348abd")
        XCTAssertEqual(Palette.lightBlue.hexString, "#81b1d2")
        XCTAssertEqual(Palette.orchid.hexString, "#bc82bd")
    }

    func testHexParsing() throws {
        let c = try XCTUnwrap(Color(hex: "#fa817480"))
        XCTAssertEqual(c.red, 250 / 255, accuracy: 1e-12)
        XCTAssertEqual(c.alpha, 128 / 255, accuracy: 1e-12)
        XCTAssertNil(Color(hex: "#12345"))
        XCTAssertNil(Color(hex: "#zzzzzz"))
        XCTAssertEqual(Color(grey: 0.5).hexString, "#808080")
    }
}
