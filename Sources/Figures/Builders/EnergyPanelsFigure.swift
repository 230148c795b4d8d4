import EBMCore
import Plotting

/// 15-1 Fig 4: a 4 × 6 grid of small panels, panel i showing E(Y[i], z) over z ∈ [0, 2π) (24 points, π/12 apart),
/// shared y-range 0…12, thin frames and no ticks.
struct EnergyPanelsFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let n = e.plot.zPointsPerPeriod
        let z = LatentGrid(count: n)
        let rows = 4, columns = 6
        let left = 110.0, right = 110.0, top = 85.0, bottom = 90.0, gap = 30.0
        let cell = min((Double(e.widthPixels) - left - right - gap * Double(columns - 1)) / Double(columns),
                       (Double(e.heightPixels) - top - bottom - gap * Double(rows - 1)) / Double(rows))
        let x0 = (Double(e.widthPixels) - Double(columns) * cell - Double(columns - 1) * gap) / 2
        var axes: [Axes] = []
        var curves: [SidecarValue] = []
        let yMax = max(1, context.data.map { context.decoder.energies($0, latents: z).max()! }.max()!.rounded(.up))
        for (i, y) in context.data.prefix(rows * columns).enumerated() {
            let energies = context.decoder.energies(y, latents: z)
            curves.append(.numbers(energies))
            let r = i / columns, c = i % columns
            let frame = Rect(x: x0 + Double(c) * (cell + gap), y: top + Double(r) * (cell + gap), width: cell, height: cell)
            let line = LineSeries(points: zip(z.values, energies).map { Point($0, $1) }, color: Palette.salmon, widthPixels: 2,
                                  marker: MarkerStyle(sizePixels: 4, fill: Palette.salmon))
            var marks: [Mark] = [.line(line)]
            marks.append(.annotation(Annotation("$E_{\(i + 1)}$", at: Point(0.5, 1.04), coordinates: .axesFraction,
                                                anchor: TextAnchor(.center, .bottom), sizePixels: 19)))
            axes.append(Axes(frame: frame, xLimits: -0.3...(2 * Double.pi), yLimits: -0.6...(yMax + 0.6), xTicks: .none, yTicks: .none,
                             showTickLabels: false, grid: false, frameColor: Color(grey: 0.75), marks: marks))
        }
        let gridLeft = x0, gridBottom = top + Double(rows) * cell + Double(rows - 1) * gap
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let annotations = [
            Annotation("$z = 0 \\quad \\ldots \\quad 2\\pi$", at: Point(0.5, 1 - (gridBottom + 45) / h), coordinates: .figureFraction, sizePixels: 30),
            Annotation(Tick.format(yMax), at: Point((gridLeft - 12) / w, 1 - (top + 2 * (cell + gap)) / h), coordinates: .figureFraction,
                       anchor: TextAnchor(.right, .top), sizePixels: 24),
            Annotation("0", at: Point((gridLeft - 12) / w, 1 - (top + 2 * (cell + gap) + cell) / h), coordinates: .figureFraction,
                       anchor: TextAnchor(.right, .bottom), sizePixels: 24),
            Annotation("$y' = Y[1]$", at: Point(gridLeft / w, 1 - 12 / h), coordinates: .figureFraction, anchor: TextAnchor(.left, .top), sizePixels: 26),
        ]
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark,
                                           axes: axes, annotations: annotations),
                            data: ["z": .numbers(z.values), "energies": .array(curves), "y": .points(context.data), "decoder": .decoder(context.decoder)])
    }
}
