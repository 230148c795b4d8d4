import ExperimentSpec
import EBMCore
import Plotting

/// The y′ mesh of a spec: every (y1, y2), rows over y2 ascending (the row-major order of every grid here).
func meshPoints(_ y1: [Double], _ y2: [Double]) -> [Point2] {
    y2.flatMap { b in y1.map { a in Point2(a, b) } }
}

/// 15-1 Figs 8–9: the mesh of y′ (faint olive circles) and, for each, y̌ = g(ž) on the manifold; optionally
/// a few y′ ringed in the bmh colours (the five points of Fig 10).
struct MeshGridFigure {
    let context: ExperimentContext
    let plot: MeshGridPlot

    /// Fig 8's legend handle length in font sizes: the slide's box starts 0.498 of the width from the left and its y′
    /// marker stands at 0.553 (at matplotlib's 2: 0.488 and 0.547), its right edge and y̌ marker where ours are.
    static let meshLegendHandleLength = 1.9

    func build() -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let y1 = plot.y1.values, y2 = plot.y2.values
        let grid = meshPoints(y1, y2)
        // ž: the global minimum of E(y′, ·) (grid argmin refined by a bracketed minimiser; the lecture's y̌ cover the
        // ellipse continuously), y̌ = g(ž).
        let minima = grid.map { context.decoder.latentMinimum($0, gridCount: context.latents.count) }
        let checks = minima.map { context.decoder($0.z) }
        var marks: [Mark] = [
            .scatter(Scatter(points: grid.map(LectureStyle.point), marker: MarkerStyle(sizePixels: 16.5, fill: sheet[.meshPoint]),
                             label: LectureStyle.yPrimeLegend)),
            // The slide's y̌ are 16 px across (at 1000 px) and slightly see-through: the zero line shows through the top one.
            .scatter(Scatter(points: checks.map(LectureStyle.point), marker: MarkerStyle(sizePixels: 16, fill: sheet[.minimum].withAlpha(0.9),
                                                                                          edge: sheet[.edge],
                                                                                          edgeWidthPixels: plot.rings.isEmpty ? 0.5 : Self.ringedCheckEdgeWidth),
                             label: LectureStyle.yCheck)),
        ]
        for (i, ring) in plot.rings.enumerated() {
            marks.append(.scatter(Scatter(points: [Point(ring[0], ring[1])],
                                          marker: MarkerStyle(sizePixels: 36, fill: nil, edge: sheet.comparison(i), edgeWidthPixels: 7))))
        }
        // The lecture's margins: the same 5 % of the shorter span on both axes (±3.2 × ±2.2 for the 25 × 17 mesh), and the
        // canvas margins of the spec (15-1 Fig 8's 12.7 % / 9 % / 7 % / 16 % by default; Fig 9 is cropped tighter).
        let shorter = min(y1.max()! - y1.min()!, y2.max()! - y2.min()!)
        let margin = shorter > 0 ? 0.05 * shorter : 0.5
        let m = plot.margins
        let frame = LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (m.left, m.right, m.top, m.bottom))
        var axes = LectureStyle.yPlaneAxes(frame: frame, x: (y1.min()! - margin)...(y1.max()! + margin),
                                           y: (y2.min()! - margin)...(y2.max()! + margin), marks: marks,
                                           legend: LectureStyle.legend(plot.legend, columns: 2,
                                                                       size: plot.rings.isEmpty ? 40 : LectureStyle.ringedLegendScale * 40,
                                                                       handleLength: plot.rings.isEmpty ? Self.meshLegendHandleLength : 2))
        // The ringed slide (Fig 9) sets its y₂ and its legend larger for its canvas than Fig 8 does.
        if !plot.rings.isEmpty {
            axes.yLabelSizePixels = LectureStyle.ringedAxisLabelScale * axes.axisLabelSizePixels
            Self.useRingedTickLabels(&axes)
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes: [axes]),
                            data: ["y1": .numbers(y1), "y2": .numbers(y2), "yPrime": .points(grid), "yCheck": .points(checks),
                                   "zCheck": .numbers(minima.map(\.z)), "freeEnergy": .numbers(minima.map(\.energy)),
                                   "latents": .number(Double(context.latents.count)), "refinement": .refinementSettings,
                                   "rings": .matrix(plot.rings), "decoder": .decoder(context.decoder)])
    }
}
