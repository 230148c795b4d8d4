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

    func quiver(_ gradients: [Point2], color: Color = .black) -> Mark {
        .quiver(Quiver(origins: meshPoints(y1, y2).map(LectureStyle.point), vectors: gradients.map(LectureStyle.point), color: color,
                      shaftWidthFraction: 0.0035))
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
    func axes(frame: Rect, marks: [Mark], vmin: Double, vmax: Double, colorbarStep: Double, extendMax: Bool, legend: LegendSpec?) -> Axes {
        var a = LectureStyle.yPlaneAxes(frame: frame, x: xLimits, y: yLimits, marks: marks, legend: legend, zeroLines: false,
                                        colorbar: ColorbarSpec(colorMap: .viridis, vmin: vmin, vmax: vmax, ticks: .step(colorbarStep), extendMax: extendMax))
        a.grid = false
        return a
    }
}

/// 15-1 Fig 11: F∞ (or F_β) of the untrained model on the mesh, viridis 0…2 clipped, ∇F arrows, y and y̌ = g(ž).
struct FreeEnergyHeatmapFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let panel = HeatmapPanel(decoder: context.decoder, latents: context.latents, y1: e.plot.y1Grid.values, y2: e.plot.y2Grid.values, beta: e.plot.beta)
        let values = panel.values
        let vmin = e.plot.colorMin ?? 0, vmax = e.plot.colorMax ?? 2
        let checks = context.data.map { context.decoder(context.decoder.zeroTemperatureInference($0, latents: context.latents).zCheck) }
        // ∇F only when the arrows are drawn (`"arrows": false` neither computes nor stores it).
        let gradients = e.plot.arrows ? panel.gradients : []
        var marks: [Mark] = [panel.heatmap(values, vmin: vmin, vmax: vmax)]
        if e.plot.arrows { marks.append(panel.quiver(gradients)) }
        marks.append(LectureStyle.dataPoints(context.data, edged: true))
        marks.append(.scatter(Scatter(points: checks.map(LectureStyle.point), marker: MarkerStyle(sizePixels: LectureStyle.pointSize, fill: Palette.orchid,
                                                                                                   edge: .black, edgeWidthPixels: 1.2), label: LectureStyle.yCheck)))
        let frame = LectureStyle.frame(width: e.widthPixels - 260, height: e.heightPixels, colorbar: true)
        let axes = panel.axes(frame: frame, marks: marks, vmin: vmin, vmax: vmax, colorbarStep: (vmax - vmin) / 8, extendMax: false,
                              legend: LegendSpec(location: .upperLeft, columns: 2, fontSizePixels: LectureStyle.legendSize))
        // The slide's key to the colours, right of the colour bar.
        let f = e.plot.beta.isInfinite ? "F_\\infty" : "F_\\beta"
        let key: [(String, Double)] = [("$\(f) \\geq \(Tick.format(vmax))$", 0.88), ("$\(f) = \(Tick.format((vmin + vmax) / 2))$", 0.55), ("$\(f) = \(Tick.format(vmin))$", 0.2)]
        let annotations = key.enumerated().map { i, entry in
            Annotation(entry.0, at: Point(1 - 20 / Double(e.widthPixels), entry.1), coordinates: .figureFraction, anchor: TextAnchor(.right, .center),
                       sizePixels: 46, color: ColorMap.viridis.color(atFraction: [1, 0.5, 0.05][i]))
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark,
                                           axes: [axes], annotations: annotations),
                            data: ["y1": .numbers(panel.y1), "y2": .numbers(panel.y2), "beta": .number(e.plot.beta),
                                   "freeEnergy": .grid(values, columns: panel.y1.count),
                                   "y": .points(context.data), "yCheck": .points(checks), "colorRange": .numbers([vmin, vmax]),
                                   "latents": .number(Double(context.latents.count)), "decoder": .decoder(context.decoder)]
                                .merging(e.plot.arrows ? ["gradient": .points(gradients)] : [:]) { $1 })
    }
}
