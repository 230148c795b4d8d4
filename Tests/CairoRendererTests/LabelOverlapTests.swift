import Foundation
import XCTest
@testable import Plotting

/// With real glyph metrics, the labels outside the plot areas (tick labels, axis labels, titles, colour-bar
/// labels, figure annotations) never overlap each other, the ticks, a plot area or a colour bar, and stay
/// inside the figure.
final class LabelOverlapTests: XCTestCase {
    private let tickLength = 4.5

    /// The on-screen ink box of every text command, in drawing order (rotated labels as their turned box).
    private func textBoxes(_ commands: [DrawCommand]) -> [(text: String, size: Double, box: Rect)] {
        var rotations: [(Double, Point)] = []
        var out: [(text: String, size: Double, box: Rect)] = []
        for command in commands {
            switch command {
            case let .pushRotation(angle, center): rotations.append((angle, center))
            case .popTransform: _ = rotations.popLast()
            case let .text(s, font, origin, _):
                let e = Rendering.measurer.extents(of: s, font: font)
                var box = Rect(x: origin.x, y: origin.y - e.ascent, width: e.advance, height: e.ascent + e.descent)
                for (angle, c) in rotations.reversed() { box = rotated(box, by: angle, about: c) }
                out.append((s, font.sizePixels, box))
            default: continue
            }
        }
        return out
    }

    /// The bounding box of `r` turned by `angle` (clockwise on screen, y down) about `c`.
    private func rotated(_ r: Rect, by angle: Double, about c: Point) -> Rect {
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)].map { p -> Point in
            let d = p - c
            return Point(c.x + cos(angle) * d.x - sin(angle) * d.y, c.y + sin(angle) * d.x + cos(angle) * d.y)
        }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    /// Unions of consecutive runs that continue one another (the pieces of one math label): the next run
    /// starts about where the previous one ends, on overlapping lines.
    private func labels(_ runs: [(text: String, size: Double, box: Rect)]) -> [(text: String, box: Rect)] {
        var out: [(text: String, box: Rect)] = []
        var previous: Rect?
        for run in runs {
            let gap = run.box.minX - (previous?.maxX ?? -.infinity)
            if let p = previous, gap > -0.15 * run.size, gap < 0.4 * run.size, run.box.minY < p.maxY, p.minY < run.box.maxY {
                out[out.count - 1].text += run.text
                out[out.count - 1].box = out[out.count - 1].box.union(run.box)
            } else {
                out.append((run.text, run.box))
            }
            previous = run.box
        }
        return out
    }

    private func contains(_ outer: Rect, _ inner: Rect) -> Bool {
        outer.minX <= inner.minX && inner.maxX <= outer.maxX && outer.minY <= inner.minY && inner.maxY <= outer.maxY
    }

    private func checkFurniture(of figure: Figure, file: StaticString = #filePath, line: UInt = #line) {
        let bounds = Rect(x: 0, y: 0, width: Double(figure.widthPixels), height: Double(figure.heightPixels))
        let math = MathLayout(metrics: Rendering.measurer, theme: figure.theme)
        var furniture: [(text: String, box: Rect)] = []
        var obstacles: [Rect] = []
        for axes in figure.axes {
            let area = AxesGeometry(axes).plotArea
            obstacles.append(area.insetBy(-tickLength))
            if let spec = axes.colorbar {
                let bar = ColorbarLowering(spec: spec, theme: figure.theme, text: math, tickLabelSize: axes.tickLabelSizePixels).barRect(beside: area)
                obstacles.append(Rect(x: bar.minX, y: area.minY, width: bar.width + tickLength, height: area.height))
            }
            let single = Figure(widthPixels: figure.widthPixels, heightPixels: figure.heightPixels, theme: figure.theme, axes: [axes])
            furniture += labels(textBoxes(single.lower(metrics: Rendering.measurer))).filter { !$0.box.intersects(area) }
        }
        let annotationsOnly = Figure(widthPixels: figure.widthPixels, heightPixels: figure.heightPixels, theme: figure.theme,
                                     annotations: figure.annotations)
        furniture += labels(textBoxes(annotationsOnly.lower(metrics: Rendering.measurer)))
        XCTAssertGreaterThan(furniture.count, 40, "tick labels, axis labels and titles were found", file: file, line: line)
        for (i, a) in furniture.enumerated() {
            XCTAssertTrue(contains(bounds, a.box), "\(a.text) leaves the figure: \(a.box)", file: file, line: line)
            for b in furniture[(i + 1)...] where a.box.intersects(b.box) {
                XCTFail("\(a.text) \(a.box) overlaps \(b.text) \(b.box)", file: file, line: line)
            }
            for obstacle in obstacles where a.box.intersects(obstacle) && !contains(obstacle, a.box) {
                XCTFail("\(a.text) \(a.box) overlaps the plot area, ticks or colour bar \(obstacle)", file: file, line: line)
            }
        }
    }

    func testKitchenSinkLabelsDoNotOverlap() {
        checkFurniture(of: KitchenSink.figure(theme: .dark))
    }

    func testTheCheckCatchesCrowdedTickLabels() {
        // Ticks every 0.1 over −2.5…2.5 at 12 px cannot fit in 360 px: the check must notice.
        var figure = KitchenSink.figure(theme: .dark)
        figure.axes = [figure.axes[0]]
        figure.axes[0].xTicks = .step(0.1)
        let runs = labels(textBoxes(figure.lower(metrics: Rendering.measurer)))
        let below = runs.filter { $0.box.minY > AxesGeometry(figure.axes[0]).plotArea.maxY && $0.box.maxY < 340 }
        let overlapping = zip(below, below.dropFirst()).filter { $0.box.intersects($1.box) }
        XCTAssertFalse(overlapping.isEmpty)
    }
}
