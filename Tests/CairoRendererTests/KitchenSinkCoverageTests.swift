import XCTest
import Plotting

/// The kitchen sink really uses every mark kind, marker shape and decoration it claims to.
final class KitchenSinkCoverageTests: XCTestCase {
    /// A name per mark kind; the exhaustive switch makes a new kind fail to compile until it is covered here.
    private func kind(_ mark: Mark) -> String {
        switch mark {
        case .heatmap: return "heatmap"
        case .scatter: return "scatter"
        case .line: return "line"
        case .quiver: return "quiver"
        case .arrow: return "arrow"
        case .annotation: return "annotation"
        case .polygon: return "polygon"
        }
    }

    private let figure = KitchenSink.figure(theme: .dark)
    private var marks: [Mark] { figure.axes.flatMap(\.marks) }

    func testEveryMarkKindAppears() {
        XCTAssertEqual(Set(marks.map(kind)), ["heatmap", "scatter", "line", "quiver", "arrow", "annotation", "polygon"])
    }

    func testEveryMarkerShapeAndStyleAppears() {
        var styles: [MarkerStyle] = []
        for mark in marks {
            if case let .scatter(s) = mark { styles.append(s.marker) }
            if case let .line(l) = mark, let m = l.marker { styles.append(m) }
        }
        XCTAssertEqual(Set(styles.map(\.shape.rawValue)), ["circle", "boldX", "thinX", "plus", "square"])
        XCTAssertTrue(styles.contains { $0.fill == nil && $0.shape == .circle }, "hollow rings")
        XCTAssertTrue(styles.contains { $0.edge != nil && $0.fill != nil }, "edge colours")
        XCTAssertTrue(styles.contains { ($0.fill?.alpha ?? 1) < 1 }, "alpha")
        XCTAssertTrue(marks.contains { if case let .scatter(s) = $0 { return s.colors != nil } else { return false } }, "colour by value")
    }

    func testLinesArrowsQuiversAndHeatmapVariantsAppear() {
        let lines = marks.compactMap { if case let .line(l) = $0 { return l } else { return nil } }
        XCTAssertTrue(lines.contains { $0.dash.isEmpty } && lines.contains { !$0.dash.isEmpty }, "solid and dashed lines")
        XCTAssertGreaterThanOrEqual(Set(lines.map(\.color)).count, 4, "several palette colours")
        let arrows = marks.compactMap { if case let .arrow(a) = $0 { return a } else { return nil } }
        XCTAssertTrue(arrows.contains { !$0.smooth && $0.points.count == 2 }, "straight arrow")
        XCTAssertTrue(arrows.contains { $0.smooth && !$0.dash.isEmpty }, "curved dashed arrow")
        let quivers = marks.compactMap { if case let .quiver(q) = $0 { return q } else { return nil } }
        XCTAssertTrue(quivers.contains { $0.scale == nil } && quivers.contains { $0.scale != nil }, "auto and explicit scale")
        let heatmaps = marks.compactMap { if case let .heatmap(h) = $0 { return h } else { return nil } }
        XCTAssertTrue(heatmaps.contains { h in h.values.contains { $0 > h.vmax } && h.values.contains { $0 < h.vmin } }, "clipping at both ends")
    }

    func testDecorationsAppear() {
        let axes = figure.axes
        XCTAssertTrue(axes.contains { $0.colorbar?.extendMax == true })
        XCTAssertTrue(axes.contains { $0.zeroLines } && axes.contains { $0.grid } && axes.contains { !$0.grid })
        let legends = axes.compactMap(\.legend)
        XCTAssertGreaterThanOrEqual(Set(legends.map(\.location)).count, 3, "legends in different places")
        XCTAssertTrue(legends.contains { $0.columns > 1 })
        let coordinates = marks.compactMap { if case let .annotation(a) = $0 { return a.coordinates } else { return nil } }
            + figure.annotations.map(\.coordinates)
        XCTAssertEqual(Set(coordinates.map { "\($0)" }), ["data", "axesFraction", "figureFraction"])
        let isInset = { (inner: Axes) in axes.contains { $0 != inner && $0.frame.union(inner.frame) == $0.frame } }
        XCTAssertTrue(axes.contains(where: isInset), "an inset axes")
        let labels = axes.flatMap { [$0.title, $0.xLabel, $0.yLabel] }.compactMap { $0 }
        for expected in ["$\\tilde{y}$", "$g(\\check{z})$", "$F_\\beta(y)|_{y_1=0}$", "$E(y', z)$", "$F_\\infty \\geq 2$"] {
            XCTAssertTrue(labels.contains { $0.contains(expected) }, expected)
        }
        XCTAssertTrue(figure.annotations.contains { $0.text.contains("\\beta \\to \\infty") })
    }
}
