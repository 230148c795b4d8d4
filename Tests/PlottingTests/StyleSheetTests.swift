import TestSupport
import XCTest
@testable import Plotting

/// The style sheet: every role resolves in both sheets, the dark sheet is the lecture's (docs/lecture.md §1.5–1.6),
/// the light sheet's inks are readable on white, and overrides reach the draw commands.
final class StyleSheetTests: XCTestCase {
    private let metrics = FakeMetrics()
    private let frame = Rect(x: 150, y: 80, width: 600, height: 400)
    private let figure = Rect(x: 0, y: 0, width: 900, height: 600)

    /// The roles whose colour is used for text or symbols on the page.
    private let inkRoles: [ColorRole] = [.foreground, .data, .manifold, .query, .latent, .minimum, .energy, .input, .beta,
                                         .freeEnergy, .decoder, .predictor]

    func testEveryRoleHasAColourInBothSheets() {
        for sheet in [StyleSheet.dark, .light] {
            for role in ColorRole.allCases { XCTAssertNotNil(sheet.roles[role], "\(sheet.name) \(role)") }
            XCTAssertEqual(sheet.roles.count, ColorRole.allCases.count, sheet.name)
        }
        XCTAssertEqual(StyleSheet.names.compactMap(StyleSheet.named).map(\.name), ["dark", "light"])
        XCTAssertNil(StyleSheet.named("sepia"))
    }

    func testTheDarkSheetIsTheLecturesLook() {
        let dark = StyleSheet.dark
        // docs/lecture.md §1.6: y light blue, ỹ orchid, y′ yellow-green, z̃ orange, ž light blue, E salmon.
        XCTAssertEqual([ColorRole.data, .manifold, .query, .latent, .minimum, .energy].map { dark[$0].hexString },
                       ["#81b1d2", "#bc82bd", "#b3de69", "#fdb462", "#81b1d2", "#fa8174"])
        XCTAssertEqual(dark.palette, Palette.dark, "matplotlib's dark_background cycle")
        XCTAssertEqual(dark[.background], .black)
        XCTAssertEqual(dark[.foreground], .white)
        XCTAssertEqual(dark.fontScale, 1)
        XCTAssertEqual(dark.lineScale, 1)
    }

    func testInkRolesAreReadableOnTheirSheetsBackground() {
        for role in inkRoles {
            XCTAssertGreaterThanOrEqual(StyleSheet.light[role].contrast(with: StyleSheet.light[.background]), 4.5, "light \(role)")
            XCTAssertGreaterThanOrEqual(StyleSheet.dark[role].contrast(with: StyleSheet.dark[.background]), 3, "dark \(role)")
        }
        for (i, c) in StyleSheet.light.palette.enumerated() {
            XCTAssertGreaterThanOrEqual(c.contrast(with: .white), 4.5, "light cycle entry \(i)")
        }
    }

    func testContrastIsTheWCAGRatio() {
        XCTAssertEqual(Color.black.contrast(with: .white), 21, accuracy: 1e-9)
        XCTAssertEqual(Color.white.contrast(with: .black), 21, accuracy: 1e-9)
        XCTAssertEqual(Color(grey: 0.3).contrast(with: Color(grey: 0.3)), 1, accuracy: 1e-12)
        // #777777 is the grey whose contrast with white is about 4.48 (the WCAG example at the AA threshold).
        XCTAssertEqual(Color(hex: "#777777")!.contrast(with: .white), 4.48, accuracy: 0.01)
        XCTAssertEqual(Color.black.withAlpha(0.5).over(.white), Color(grey: 0.5))
    }

    func testAPaletteOverrideRecoloursTheRolesDefinedByTheCycleAndColorsOverrideSingleRoles() {
        let cycle = (0..<10).map { Color(grey: Double($0) / 10) }
        let red = Color(hex: "#ff0000")!
        let sheet = StyleSheet.dark.applying(palette: cycle, colors: [.minimum: red])
        XCTAssertEqual(sheet[.data], cycle[4], "y is C4")
        XCTAssertEqual(sheet[.energy], cycle[3], "E is C3")
        XCTAssertEqual(sheet[.minimum], red, "an explicit role wins over the cycle")
        XCTAssertEqual(sheet[.background], StyleSheet.dark[.background], "roles of their own keep their colour")
        XCTAssertEqual(sheet.cycle(12), cycle[2], "the cycle wraps")
        XCTAssertEqual(StyleSheet.dark.applying(palette: []).palette, Palette.dark, "an empty cycle is no cycle")
    }

    func testKeyColoursKeepTheLecturesInDarkAndAreMadeReadableInLight() {
        let yellow = ColorMap.viridis.color(atFraction: 1)
        XCTAssertEqual(StyleSheet.dark.keyColor(yellow), yellow)
        XCTAssertLessThan(yellow.contrast(with: .white), 1.5)
        let readable = StyleSheet.light.keyColor(yellow)
        XCTAssertGreaterThanOrEqual(readable.contrast(with: .white), 3)
        XCTAssertLessThan(readable.contrast(with: .white), 3.6, "moved only as far as needed")
        let violet = ColorMap.viridis.color(atFraction: 0)
        XCTAssertEqual(StyleSheet.light.keyColor(violet), violet, "already readable")
    }

    func testFontSizeScalesEveryTextAndLineWidthScalesDataLines() throws {
        let line = Mark.line(LineSeries(points: [Point(-1, -1), Point(1, 1)], color: .white, widthPixels: 3, label: "$E$"))
        let axes = Axes(frame: frame, xLimits: -2...2, yLimits: -2...2, xTicks: .step(1), yTicks: .step(1), xLabel: "$y_1$",
                        marks: [line], legend: LegendSpec())
        func lowered(_ sheet: StyleSheet) -> [DrawCommand] {
            AxesLowering(axes: axes, theme: sheet, text: MathLayout(metrics: metrics, theme: sheet), figure: figure).commands()
        }
        let base = lowered(.dark), bigger = lowered(StyleSheet.dark.applying(fontSize: 15, lineWidth: 5))
        let baseSizes = Inspect.texts(base).map(\.font.sizePixels), biggerSizes = Inspect.texts(bigger).map(\.font.sizePixels)
        XCTAssertEqual(baseSizes.count, biggerSizes.count)
        XCTAssertFalse(baseSizes.isEmpty)
        for (a, b) in zip(baseSizes, biggerSizes) { XCTAssertEqual(b, 1.5 * a, accuracy: 1e-9) }
        let width = { (commands: [DrawCommand]) in Inspect.strokes(commands).filter { $0.style.color == .white && $0.style.lineCap == .round }.map(\.style.widthPixels) }
        XCTAssertEqual(width(base), [3])
        XCTAssertEqual(width(bigger), [7.5], "2 → 5 points: × 2.5")
        XCTAssertEqual(Inspect.strokes(bigger).first?.style.widthPixels, StyleSheet.dark.gridWidth, "the grid keeps its width")
    }
}
