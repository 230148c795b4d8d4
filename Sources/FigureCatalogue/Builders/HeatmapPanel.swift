import ExperimentSpec
import EBMCore
import Plotting

/// A free-energy heatmap of the y-plane, the building block of 15-1 Fig 11, 15-2 Fig 7 and the β-row figure:
/// F_β on the mesh drawn as flat cells (extent = grid ± half a step), viridis, a colour bar, and optional
/// ∇_y F arrows, training points, y̌ and the manifold line.
struct HeatmapPanel {
    var decoder: EllipseDecoder
    var latents: LatentGrid
    var y1: [Double]
    var y2: [Double]
    var beta: Double

    /// F_β on the mesh, row-major (rows over y2).
    var values: [Double] { freeEnergyGrid(decoder: decoder, y1: y1, y2: y2, beta: beta, latents: latents) }

    /// ∇_y F_β at every mesh point (the ascent direction; 2(y − g(ž)) at zero temperature).
    var gradients: [Point2] { meshPoints(y1, y2).map { decoder.freeEnergyGradient($0, beta: beta, latents: latents) } }

    func heatmap(_ values: [Double], vmin: Double, vmax: Double) -> Mark {
        let h1 = y1.count > 1 ? (y1[1] - y1[0]) / 2 : 0.5, h2 = y2.count > 1 ? (y2[1] - y2[0]) / 2 : 0.5
        return .heatmap(Heatmap(values: values, columns: y1.count, rows: y2.count, xMin: y1.first! - h1, xMax: y1.last! + h1,
                                yMin: y2.first! - h2, yMax: y2.last! + h2, colorMap: .viridis, vmin: vmin, vmax: vmax))
    }

    func quiver(_ gradients: [Point2], color: Color, shaftWidthFraction: Double = 0.0025) -> Mark {
        .quiver(Quiver(origins: meshPoints(y1, y2).map(LectureStyle.point), vectors: gradients.map(LectureStyle.point), color: color,
                      shaftWidthFraction: shaftWidthFraction))
    }

    /// Limits that show the whole heatmap.
    var xLimits: ClosedRange<Double> {
        let h = y1.count > 1 ? (y1[1] - y1[0]) / 2 : 0.5
        return (y1.first! - h)...(y1.last! + h)
    }
    var yLimits: ClosedRange<Double> {
        let h = y2.count > 1 ? (y2[1] - y2[0]) / 2 : 0.5
        return (y2.first! - h)...(y2.last! + h)
    }

    /// The standard axes around it.
    /// `colorbarStep` nil: matplotlib's nice-number locator (at most 9 ticks) over the colour range.
    func axes(frame: Rect, marks: [Mark], vmin: Double, vmax: Double, colorbarStep: Double?, extendMax: Bool, legend: LegendSpec?,
              colorbarWidth: Double = 28, colorbarGap: Double = 24) -> Axes {
        let ticks: TickRule = colorbarStep.map { .step($0) } ?? .automatic(maxTicks: 9)
        var a = LectureStyle.yPlaneAxes(frame: frame, x: xLimits, y: yLimits, marks: marks, legend: legend, zeroLines: false,
                                        colorbar: ColorbarSpec(colorMap: .viridis, vmin: vmin, vmax: vmax, ticks: ticks, extendMax: extendMax,
                                                               widthPixels: colorbarWidth, gapPixels: colorbarGap))
        a.grid = false
        // The lecture's heat maps (15-1 Fig 11, 15-2 Fig 7) point their ticks out of the plot.
        a.ticksOutward = true
        return a
    }
}

/// 15-1 Fig 11: F∞ (or F_β) of the untrained model on the mesh, viridis 0…2 clipped, ∇F arrows, y and y̌ = g(ž).
struct FreeEnergyHeatmapFigure {
    let context: ExperimentContext
    let plot: FreeEnergyHeatmapPlot

    /// The legend's text size relative to the lecture's legend size, and its column gap in font sizes: the slide's box
    /// is 0.095 of the height tall (ours at 1 and 2.6: 0.090) and as wide, its y̌ marker 0.315 of the width from the
    /// left edge (ours 0.321), its y 0.149 (ours 0.146).
    static let legendScale = 1.05
    static let legendColumnSpacing = 2.0
    /// The key to the colours, "F∞ ≥ 2" etc., its text size in pixels.
    static let keySize = 62.0
    /// The key's subscript, in units of the key's size: the slide sets its ∞ larger than TeX's script size (34 px wide
    /// at 1038 px width against 31 at 0.7), 4 px clear of the F's top bar and its bottom 8 px below the F's baseline
    /// (at TeX's 0.2 drop behind a thick space ours stood 7 px clear and 10 px below), then the relation.
    static let keyInfinity = (scale: 0.77, drop: 0.16, gap: 0.13, after: 0.03)
    /// The colour bar's tick labels relative to the axes' (the slide's "1.00" is 22 × 10 px of ink at 1038 px width,
    /// ours were 21 × 8), and their gap to the bar, pixels (the slide's ink starts 5 px right of the bar at 1038 px).
    static let colorbarTickLabelScale = 1.08
    static let colorbarTickLabelPad = 5.0

    func build() -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let panel = HeatmapPanel(decoder: context.decoder, latents: context.latents, y1: plot.y1.values, y2: plot.y2.values, beta: plot.beta)
        let values = panel.values
        let vmin = plot.colorRange.lower, vmax = plot.colorRange.upper
        let queries: [Point2]
        switch plot.checksOf {
        case .trainingPoints: queries = context.data
        case .points(let points): queries = points.map { Point2($0[0], $0[1]) }
        }
        // y̌ = g(ž) with ž the global minimum of E(y, ·) (grid argmin refined by a bracketed minimiser), as in 15-1 Fig 9:
        // the slide's y̌ lie between the latent grid's points.
        let checks = queries.map { context.decoder(context.decoder.latentMinimum($0, gridCount: context.latents.count).z) }
        // ∇F only when the arrows are drawn (`"arrows": false` neither computes nor stores it).
        let gradients = plot.arrows ? panel.gradients : []
        var marks: [Mark] = [panel.heatmap(values, vmin: vmin, vmax: vmax)]
        if plot.arrows { marks.append(panel.quiver(gradients, color: sheet[.edge])) }
        marks.append(LectureStyle.dataPoints(sheet, context.data, edged: true))
        marks.append(.scatter(Scatter(points: checks.map(LectureStyle.point), marker: MarkerStyle(sizePixels: LectureStyle.pointSize, fill: sheet[.manifold],
                                                                                                   edge: sheet[.edge], edgeWidthPixels: 1.2), label: LectureStyle.yCheck)))
        // The slide's proportions: heatmap 9.1–70.3 % of the width and 8–85.7 % of the height, the colour bar 3.8 % of
        // the width to its right and 2.3 % wide (its 26 px of 1112), the key from 81.8 % of the width.
        let w = Double(e.widthPixels)
        let frame = LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (0.091, 0.297, 0.08, 0.143))
        var legend = LegendSpec(location: .upperLeft, columns: 2, fontSizePixels: Self.legendScale * LectureStyle.legendSize,
                                columnSpacing: Self.legendColumnSpacing)
        legend.handleRaise = LectureStyle.legendHandleRaise
        var axes = panel.axes(frame: frame, marks: marks, vmin: vmin, vmax: vmax, colorbarStep: nil, extendMax: false,
                              legend: legend,
                              colorbarWidth: 0.023 * w, colorbarGap: 0.038 * w)
        // The slide's colour bar: short white ticks inside its right edge, labels a little larger than the axes' and
        // closer to the bar.
        axes.colorbar?.ticksInward = true
        axes.colorbar?.tickColor = sheet.foreground
        axes.colorbar?.tickLabelScale = Self.colorbarTickLabelScale
        axes.colorbar?.tickLabelPadPixels = Self.colorbarTickLabelPad
        // The slide's key to the colours, right of the colour bar at the heights of vmax, the middle and vmin: only F
        // takes the colour it names, the rest is set in the text colour (readable on either theme).
        let area = AxesGeometry(axes).plotArea
        let key: [(relation: String, value: Double, fraction: Double)] = [
            ("\\geq", vmax, 1), ("=", (vmin + vmax) / 2, 0.5), ("=", vmin, 0)]
        let size = Self.keySize
        let slide: [SlideElement] = key.map { entry in
            // The colour map's colour, made readable on the page where the sheet asks it (the light sheet: ≥ 3:1).
            let color = sheet.keyColor(ColorMap.viridis.color(atFraction: entry.fraction))
            // Set where the slide sets them: centred 0.9 % of the height below the bar's tick.
            let y = area.maxY - entry.fraction * area.height + 0.009 * Double(e.heightPixels)
            let relation = "\(entry.relation) \(Tick.format(entry.value))"
            let block: MathBlock
            if plot.beta.isInfinite {
                let sub = Self.keyInfinity
                block = .row([.math("$F$", size: size, color: color), .space(sub.gap * size),
                              .raised(.math("$\\infty$", size: sub.scale * size), up: -sub.drop * size), .space(sub.after * size),
                              .math("$\(relation)$", size: size, color: sheet.foreground)])
            } else {
                // F_β at a finite β: the subscript where the math layout sets one.
                block = .math("$\\textcolor{\(color.hexString)}{F}_\\beta \(relation)$", size: size, color: sheet.foreground)
            }
            return .block(block, at: Point(max(0.815, (area.maxX + 0.112 * w) / w), 1 - y / Double(e.heightPixels)),
                          anchor: TextAnchor(.left, .center))
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           axes: [axes], slide: slide),
                            data: ["y1": .numbers(panel.y1), "y2": .numbers(panel.y2), "beta": .number(plot.beta),
                                   "freeEnergy": .grid(values, columns: panel.y1.count),
                                   "y": .points(context.data), "yCheck": .points(checks), "yCheckOf": .points(queries), "colorRange": .numbers([vmin, vmax]),
                                   "refinement": .refinementSettings,
                                   "latents": .number(Double(context.latents.count)), "decoder": .decoder(context.decoder)]
                                .merging(plot.arrows ? ["gradient": .points(gradients)] : [:]) { $1 })
    }
}
