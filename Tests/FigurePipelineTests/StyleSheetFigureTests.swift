import CairoRenderer
import ExperimentSpec
import FigureTestSupport
import Foundation
import Plotting
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

/// Themes and `plot.style` on real figures: every kind is readable in both sheets (no label overlaps; every text
/// has a contrast of at least 3:1 with the page), and an override changes exactly the pixels of its role.
final class StyleSheetFigureTests: XCTestCase {
    private let measurer = CairoTextMeasurer()

    func testTheSpecsRoleNamesAreTheSheetsRoles() {
        XCTAssertEqual(StyleOverrides.roleNames, ColorRole.allCases.map(\.rawValue))
    }

    /// The contrast rule: each text run's colour, painted on the page, against the page. The lecture's dark slides
    /// set a colour-map key glyph in the map's own colour (viridis' violet "F" on black): the dark sheet keeps those
    /// (`keyMinimumContrast` nil), every other text must pass; the light sheet has no exception.
    private func lowContrastTexts(_ figure: Figure) -> [String] {
        let sheet = figure.theme
        let page = sheet[.background]
        let keyColours = Set([ColorMap.viridis, ColorMap.coolwarm].flatMap { map in (0...255).map { map.color(atFraction: Double($0) / 255).hexString } })
        return figure.lower(metrics: measurer).compactMap { command in
            guard case let .text(text, _, _, color) = command else { return nil }
            let ratio = color.over(page).contrast(with: page)
            if ratio >= 3 { return nil }
            if sheet.keyMinimumContrast == nil, keyColours.contains(color.hexString) { return nil }
            return "\"\(text)\" in \(color.hexString) on \(page.hexString): \(String(format: "%.2f", ratio)):1"
        }
    }

    private var slow: Bool { ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] != nil }

    /// Every kind of examples/every-kind.json in both sheets: every text passes the contrast rule, and the label
    /// check finds the same in both (a sheet changes colours and text sizes only, never the layout; whether that
    /// layout is clean at every size is the layout's own test). The kinds that train run with EBM_SLOW_TESTS=1.
    func testEveryKindIsReadableInBothThemes() throws {
        let examples = try ExperimentFile.load(path: Shipped.root.appendingPathComponent("examples/every-kind.json").path)
        XCTAssertEqual(Set(examples.map(\.kind)), Set(ExperimentKind.allCases), "examples/every-kind.json has every kind")
        for example in examples where slow || !example.kind.trains {
            var problems: [ThemeName: [String]] = [:]
            for theme in ThemeName.allCases {
                var experiment = example
                experiment.theme = theme
                let figure = try Catalogue.build(experiment).figure
                let name = "\(experiment.id) (\(theme.rawValue))"
                XCTAssertEqual(figure.theme.name, theme.rawValue, name)
                problems[theme] = figure.labelLayout(metrics: measurer).problems().map { "\($0)" }
                for text in lowContrastTexts(figure) { XCTFail("\(name): \(text)") }
            }
            XCTAssertEqual(problems[.light], problems[.dark], example.id)
        }
    }

    /// The shipped figures that train nothing (one or more of each of 13 kinds, at the lecture's sizes), drawn in the
    /// light sheet: no label overlaps and every text readable (the dark ones are LectureLabelOverlapTests').
    func testTheShippedFiguresAreCleanInTheLightTheme() throws {
        let shipped = Shipped.experiments.filter { !$0.kind.trains }
        XCTAssertGreaterThanOrEqual(Set(shipped.map(\.kind)).count, 13)
        for var experiment in shipped {
            experiment.theme = .light
            let figure = try Catalogue.build(experiment).figure
            for problem in figure.labelLayout(metrics: measurer).problems() { XCTFail("\(experiment.id) (light): \(problem)") }
            for text in lowContrastTexts(figure) { XCTFail("\(experiment.id) (light): \(text)") }
        }
    }

    func testTheContrastRuleCatchesUnreadableText() throws {
        let json = ##"{"version": 1, "experiments": [{"id": "s", "kind": "energy-curve", "theme": "light", "plot": {"style": {"colors": {"foreground": "#eeeeee"}}}}]}"##
        let experiment = try XCTUnwrap(ExperimentFile.parse(Data(json.utf8), file: "test.json").first)
        let low = lowContrastTexts(try Catalogue.build(experiment).figure)
        XCTAssertFalse(low.isEmpty)
        XCTAssertTrue(low.allSatisfy { $0.contains("#eeeeee on #ffffff") }, "\(low)")
    }

    func testTheLightPrintFiguresKeyIsReadable() throws {
        var experiment = Shipped.experiment("print-15-1-fig11-light")
        XCTAssertEqual(experiment.theme, .light)
        XCTAssertEqual(lowContrastTexts(try Catalogue.build(experiment).figure), [])
        // The same figure in the dark sheet keeps the lecture's yellow "F∞ ≥ 2".
        experiment.theme = .dark
        let yellow = ColorMap.viridis.color(atFraction: 1).hexString
        let texts = try Catalogue.build(experiment).figure.lower(metrics: measurer).compactMap { c -> String? in
            if case let .text(_, _, _, color) = c { return color.hexString } else { return nil }
        }
        XCTAssertTrue(texts.contains(yellow))
    }

    /// A samples figure (y light blue, ỹ orchid) as RGBA pixels.
    private func pixels(style: String?) throws -> PNGImage {
        let plot = style.map { #", "plot": {"style": \#($0)}"# } ?? ""
        let json = #"{"version": 1, "experiments": [{"id": "s", "kind": "samples", "size": {"width": 400, "height": 260}\#(plot)}]}"#
        let experiment = try XCTUnwrap(ExperimentFile.parse(Data(json.utf8), file: "test.json").first)
        let figure = try Catalogue.build(experiment).figure
        let png = try CairoRenderer.render(figure.lower(metrics: measurer), width: figure.widthPixels, height: figure.heightPixels, format: .png)
        return try PNGImage(png: png)
    }

    /// The pixels of `image` that are exactly `hex`.
    private func positions(_ image: PNGImage, _ hex: String) -> Set<Int> {
        let c = Color(hex: hex)!
        let target = [c.red, c.green, c.blue].map { UInt8(($0 * 255).rounded()) }
        var found = Set<Int>()
        for y in 0..<image.height {
            for x in 0..<image.width {
                let p = image.pixel(x, y)
                if p.0 == target[0], p.1 == target[1], p.2 == target[2] { found.insert(y * image.width + x) }
            }
        }
        return found
    }

    private func count(_ image: PNGImage, _ hex: String) -> Int {
        let c = Color(hex: hex)!
        let target = [c.red, c.green, c.blue].map { UInt8(($0 * 255).rounded()) }
        var n = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let p = image.pixel(x, y)
                if p.0 == target[0], p.1 == target[1], p.2 == target[2] { n += 1 }
            }
        }
        return n
    }

    func testAColourOverrideRepaintsItsRoleAndNothingElse() throws {
        let base = try pixels(style: nil)
        let red = try pixels(style: ##"{"colors": {"data": "#ff0000"}}"##)
        let dataPixels = count(base, "#81b1d2")
        XCTAssertGreaterThan(dataPixels, 200, "the 24 points y in the lecture's light blue")
        XCTAssertEqual(count(base, "#ff0000"), 0)
        XCTAssertEqual(count(red, "#81b1d2"), 0, "no y left in light blue")
        XCTAssertTrue(positions(base, "#81b1d2").isSubset(of: positions(red, "#ff0000")), "the same pixels, red")
        XCTAssertEqual(count(red, "#bc82bd"), count(base, "#bc82bd"), "ỹ keeps its orchid")

        let page = try pixels(style: ##"{"colors": {"background": "#203040"}}"##)
        XCTAssertTrue(page.pixel(1, 1) == (0x20, 0x30, 0x40, 255), "the page's corner")
        XCTAssertTrue(base.pixel(1, 1) == (0, 0, 0, 255))
    }

    func testAPaletteOverrideRecoloursTheCycleRoles() throws {
        // Entry 4 (y) green, entry 7 (ỹ) blue: the roles defined as cycle entries follow the new cycle.
        let cycle = ["#111111", "#222222", "#333333", "#444444", "#00ff00", "#555555", "#666666", "#0000ff"]
        let image = try pixels(style: #"{"palette": [\#(cycle.map { "\"\($0)\"" }.joined(separator: ", "))]}"#)
        let base = try pixels(style: nil)
        XCTAssertGreaterThan(count(base, "#81b1d2"), 200)
        XCTAssertEqual(count(image, "#81b1d2"), 0)
        XCTAssertTrue(positions(base, "#81b1d2").isSubset(of: positions(image, "#00ff00")), "y in entry 4")
        XCTAssertTrue(positions(base, "#bc82bd").isSubset(of: positions(image, "#0000ff")), "ỹ in entry 7")
    }
}
