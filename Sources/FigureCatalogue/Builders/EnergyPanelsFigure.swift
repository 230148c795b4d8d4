import ExperimentSpec
import EBMCore
import Plotting

/// 15-1 Fig 4: a 4 × 6 grid of small panels, panel i showing E(Y[i], z) over z ∈ [0, 2π) (24 points, π/12 apart),
/// shared y-range 0…12, thin frames and no ticks, with the slide's labels around the grid (docs/lecture.md):
/// y′ = Y[1] and E₁ at the first panel, E₆ and Y[6] at the end of the first row, the 12 / 0 scale beside the third
/// row, E₁₉ and Y[19] at the start of the last row, y′ = Y[24] and E₂₄ at the last panel, and z = 0 … 2π under it.
struct EnergyPanelsFigure {
    let context: ExperimentContext
    let plot: EnergyPanelsPlot

    /// The lecture's proportions, measured on its 864 × 466 slide: panels 9.03 % of the width (16.7 % of the height)
    /// with gaps of 0.22 panel between columns and 0.197 between rows, the grid's top-left corner at (11.2 %, 11.6 %), labels half a panel high.
    static let panelWidthFraction = 0.0903, panelHeightFraction = 0.1674, gapFraction = 0.22, rowGapFraction = 0.197
    static let gridLeftFraction = 0.1123, gridTopFraction = 0.1159

    func build() -> FigureOutput {
        let e = context.experiment
        let n = plot.zPointsPerPeriod
        let z = LatentGrid(count: n)
        let rows = 4, columns = 6
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let cell = min(Self.panelWidthFraction * w, Self.panelHeightFraction * h)
        let gap = Self.gapFraction * cell, rowGap = Self.rowGapFraction * cell
        let x0 = Self.gridLeftFraction * w, top = Self.gridTopFraction * h
        let sheet = e.styleSheet
        var axes: [Axes] = []
        var curves: [SidecarValue] = []
        var panels: [Rect] = []
        let yMax = max(1, context.data.map { context.decoder.energies($0, latents: z).max()! }.max()!.rounded(.up))
        for (i, y) in context.data.prefix(rows * columns).enumerated() {
            let energies = context.decoder.energies(y, latents: z)
            curves.append(.numbers(energies))
            let r = i / columns, c = i % columns
            let frame = Rect(x: x0 + Double(c) * (cell + gap), y: top + Double(r) * (cell + rowGap), width: cell, height: cell)
            panels.append(frame)
            let line = LineSeries(points: zip(z.values, energies).map { Point($0, $1) }, color: sheet[.energy], widthPixels: 0.026 * cell,
                                  marker: MarkerStyle(sizePixels: 0.055 * cell, fill: sheet[.energy]))
            axes.append(Axes(frame: frame, xLimits: -0.3...(2 * Double.pi), yLimits: -0.6...(yMax + 0.6), xTicks: .none, yTicks: .none,
                             showTickLabels: false, grid: false, frameColor: sheet[.panelFrame], marks: [.line(line)]))
        }
        let labels = SlideLabels(sheet: sheet, panels: panels, columns: columns, cell: cell, yMax: yMax)
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           axes: axes, annotations: labels.annotations(width: w, height: h)),
                            data: ["z": .numbers(z.values), "energies": .array(curves), "y": .points(context.data), "decoder": .decoder(context.decoder)])
    }
}

/// The slide's labels around the panel grid, placed in panel units from the panels they name.
private struct SlideLabels {
    let sheet: StyleSheet
    let panels: [Rect]
    let columns: Int
    let cell: Double
    let yMax: Double

    /// The colours the slide gives E, Y, y′ and z (as `\\textcolor` hex).
    var e: String { sheet[.energy].hexString }
    var y: String { sheet[.data].hexString }
    var yPrime: String { sheet[.query].hexString }
    var z: String { sheet[.latent].hexString }

    func sample(_ k: Int) -> String { "\\textcolor{\(y)}{\\boldsymbol{Y}}\\,[\(k)]" }
    func energy(_ k: Int) -> String { "$\\textcolor{\(e)}{E_{\(k)}}$" }
    func query(_ k: Int) -> String { "$\\textcolor{\(yPrime)}{\\boldsymbol{y'}} = \(sample(k))$" }

    /// Offsets are in panel sizes, measured on the slide (label ink centres against ours at 1100 × 593): E₁ 0.214 left
    /// of the first panel, E₆ 0.046 left of its panel's centre, Y[19] 0.143 below the last row, E₂₄ centred 0.046 below
    /// it, z = 0 and 2π 0.19 below it (before 0.18, 0, 0.08, 0.01, 0.12: 3–7 px off).
    func annotations(width w: Double, height h: Double) -> [Annotation] {
        guard let first = panels.first, let last = panels.last else { return [] }
        let size = 0.51 * cell
        var out: [Annotation] = []
        func add(_ text: String, _ p: Point, _ anchor: TextAnchor, size: Double = size) {
            out.append(Annotation(text, at: Point(p.x / w, 1 - p.y / h), coordinates: .figureFraction, anchor: anchor, sizePixels: size,
                                  color: sheet.foreground))
        }
        let count = panels.count
        let rowEnd = min(columns, count) - 1                       // last panel of the first row (Y[6])
        let lastRowStart = ((count - 1) / columns) * columns        // first panel of the last row (Y[19])
        add(query(1), Point(first.minX - 1.14 * cell, first.minY - 0.69 * cell), TextAnchor(.left, .top))
        add(energy(1), Point(first.minX - 0.214 * cell, first.center.y), TextAnchor(.right, .center))
        if rowEnd > 0 {
            let p = panels[rowEnd]
            add(energy(rowEnd + 1), Point(p.center.x - 0.046 * cell, p.minY - 0.12 * cell), TextAnchor(.center, .bottom))
            add("$\(sample(rowEnd + 1))$", Point(p.maxX + 0.22 * cell, p.center.y), TextAnchor(.left, .center))
        }
        if panels.count > 2 * columns {
            let row = panels[2 * columns]
            add(Tick.format(yMax), Point(row.minX - 0.2 * cell, row.minY), TextAnchor(.right, .center))
            add("0", Point(row.minX - 0.2 * cell, row.maxY), TextAnchor(.right, .center))
        }
        if lastRowStart > rowEnd {
            let p = panels[lastRowStart]
            add(energy(lastRowStart + 1), Point(p.minX - 0.2 * cell, p.center.y), TextAnchor(.right, .center))
            add("$\(sample(lastRowStart + 1))$", Point(p.minX - 0.12 * cell, p.maxY + 0.143 * cell), TextAnchor(.left, .top))
        }
        if count - 1 > rowEnd {
            add(query(count), Point(last.maxX + 0.22 * cell, last.center.y - 0.1 * cell), TextAnchor(.left, .center))
            add(energy(count), Point(last.maxX + 0.4 * cell, last.maxY + 0.046 * cell), TextAnchor(.left, .center))
        }
        add("$\\textcolor{\(z)}{z} = 0$", Point(last.minX + 0.15 * cell, last.maxY + 0.19 * cell), TextAnchor(.right, .top))
        add("$2\\pi$", Point(last.maxX + 0.13 * cell, last.maxY + 0.19 * cell), TextAnchor(.right, .top))
        return out
    }
}
