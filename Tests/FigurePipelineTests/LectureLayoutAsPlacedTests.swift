import CairoRenderer
import ExperimentSpec
import FigureTestSupport
import XCTest
@testable import FigureCatalogue
@testable import Plotting

/// The shipped figures at their own sizes are drawn as their builders placed them: the adaptive layout leaves them
/// alone (the fit keeps the figure; no tick or colour-bar label is thinned, no automatic axis loses a tick, no legend
/// is resized), so the look tuned against the lecture does not move.
final class LectureLayoutAsPlacedTests: XCTestCase {
    func testTheAdaptiveLayoutLeavesTheShippedFiguresAsPlaced() throws {
        let measurer = CairoTextMeasurer()
        for experiment in Shipped.experiments {
            let figure = try Shipped.shortBuild(experiment.id).figure
            let fit = figure.fitted(metrics: measurer)
            XCTAssertEqual(fit.figure, figure, experiment.id)
            XCTAssertFalse(fit.constrained, experiment.id)
            let text = MathLayout(metrics: measurer, theme: figure.theme)
            let bounds = Rect(x: 0, y: 0, width: Double(figure.widthPixels), height: Double(figure.heightPixels))
            for (i, axes) in figure.axes.enumerated() {
                let name = "\(experiment.id) axes \(i)"
                let lowering = AxesLowering(axes: axes, theme: figure.theme, text: text, figure: bounds)
                let ticks = lowering.fittedTicks()
                let g = lowering.geometry
                XCTAssertEqual(ticks.x.values, Ticks.values(axes.xTicks, lower: g.xLimits.lowerBound, upper: g.xLimits.upperBound), name)
                XCTAssertEqual(ticks.y.values, Ticks.values(axes.yTicks, lower: g.yLimits.lowerBound, upper: g.yLimits.upperBound), name)
                XCTAssertFalse((ticks.x.labels + ticks.y.labels).contains(nil), "\(name): no tick label thinned")
                if let spec = axes.colorbar {
                    let bar = ColorbarLowering(spec: spec, theme: figure.theme, text: text, tickLabelSize: axes.tickLabelSizePixels).barRect(beside: g.plotArea)
                    let size = axes.tickLabelSizePixels
                    let fitted = TickFitting.fit(spec.ticks, lower: spec.vmin, upper: spec.vmax, sizePixels: size,
                                                 position: LinearScale.vertical(lower: spec.vmin, upper: spec.vmax, in: bar).pixel,
                                                 extent: { text.layout($0, sizePixels: size).height })
                    XCTAssertEqual(fitted.values, Ticks.values(spec.ticks, lower: spec.vmin, upper: spec.vmax), "\(name): colour bar")
                    XCTAssertFalse(fitted.labels.contains(nil), "\(name): no colour-bar label thinned")
                }
                if let legend = axes.legend {
                    let l = LegendLowering(spec: legend, theme: figure.theme, text: text, area: g.plotArea, overPlot: axes.showFrame)
                    XCTAssertEqual(l.commands(for: axes.marks), l.drawn(for: axes.marks).commands, "\(name): legend as its spec says")
                }
            }
        }
    }
}
