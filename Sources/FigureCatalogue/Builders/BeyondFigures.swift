import ExperimentSpec
import EBMCore
import Plotting

/// Beyond the lecture: F_β of the y-plane for each β of 15-2 Fig 6, one panel per β, same colour range, so the
/// warming (the free energy smoothing into a bowl as β falls) is seen in 2-D too.
struct FreeEnergyBetasFigure {
    let context: ExperimentContext
    let plot: FreeEnergyBetasPlot

    func build() -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let betas = plot.betas
        let y1 = plot.y1.values, y2 = plot.y2.values
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let panels = betas.map { HeatmapPanel(decoder: context.decoder, latents: context.latents, y1: y1, y2: y2, beta: $0) }
        let grids = panels.map(\.values)
        let vmin = plot.colorRange.lower, vmax = plot.colorRange.upper
        let width = (w - 60 - 120) / Double(betas.count)
        var axes: [Axes] = []
        for (i, panel) in panels.enumerated() {
            let frame = Rect(x: 60 + Double(i) * width + 30, y: 60, width: width - 40, height: h - 150)
            var a = panel.axes(frame: frame, marks: [panel.heatmap(grids[i], vmin: vmin, vmax: vmax), LectureStyle.manifoldLine(sheet, context.decoder),
                                                     LectureStyle.dataPoints(sheet, context.data, edged: true, label: nil)],
                               vmin: vmin, vmax: vmax, colorbarStep: 0.5, extendMax: true, legend: nil)
            a.title = Tick.beta(betas[i])
            a.titleSizePixels = 30
            a.tickLabelSizePixels = 11
            a.axisLabelSizePixels = 30
            a.xTicks = .step(1)
            a.yTicks = .step(1)
            if i > 0 { a.yLabel = nil }
            if i < panels.count - 1 { a.colorbar = nil }
            axes.append(a)
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes: axes),
                            data: ["y1": .numbers(y1), "y2": .numbers(y2), "betas": .numbers(betas), "colorRange": .numbers([vmin, vmax]),
                                   "freeEnergy": .array(grids.map { .grid($0, columns: y1.count) }), "decoder": .decoder(context.decoder),
                                   "y": .points(context.data), "latents": .number(Double(context.latents.count))])
    }
}

/// Beyond the lecture: the ellipse trained at each β (same schedule), drawn over the data — the manifold shrinks
/// toward the mean as the temperature rises (β → 0 recovers MSE and collapses the model, docs/lecture.md §4).
struct BetaSweepFigure {
    let context: ExperimentContext
    let plot: BetaSweepPlot

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let training = try context.training()
        let betas = plot.betas
        var marks: [Mark] = [LectureStyle.dataPoints(sheet, context.data, label: LectureStyle.y)]
        var results: [SidecarValue] = []
        let colors = [3, 0, 2, 5, 1, 6, 4, 7].map(sheet.cycle)
        for (i, beta) in betas.enumerated() {
            let run = try context.trained(training, beta: beta)
            let decoder = run.decoder
            results.append(.object(["beta": .number(beta), "decoder": .decoder(decoder),
                                    "training": TrainingRecord.ellipse(context, training: training, beta: beta, run: run)]))
            marks.append(LectureStyle.manifoldLine(sheet, decoder, color: colors[i % colors.count], width: 3, label: Tick.beta(beta)))
            // A collapsed manifold (a segment on an axis, or a point) would hide under the zero lines or pass for a
            // training point: square markers at its ends keep it visible and unmistakable.
            if min(abs(decoder.w1), abs(decoder.w2)) < 0.05 {
                let ends = [decoder(0), decoder(Double.pi / 2), decoder(Double.pi), decoder(3 * Double.pi / 2)]
                    .filter { abs($0.x) > 0.05 || abs($0.y) > 0.05 }
                marks.append(.scatter(Scatter(points: (ends.isEmpty ? [decoder(0)] : ends).map(LectureStyle.point),
                                              marker: MarkerStyle(shape: .square, sizePixels: 16, fill: colors[i % colors.count], edge: sheet[.edge], edgeWidthPixels: 1.5))))
            }
        }
        marks.insert(LectureStyle.manifoldLine(sheet, context.decoder, color: sheet[.muted], width: 2, label: "untrained"), at: 1)
        let axes = LectureStyle.yPlaneAxes(frame: LectureStyle.frame(width: e.widthPixels - 280, height: e.heightPixels), x: -2.6...2.6, y: -1.75...1.75,
                                           marks: marks, legend: nil)
        // The legend sits outside the plot, in a second axes with no frame whose marks are drawn out of view.
        let legendAxes = Axes(frame: Rect(x: Double(e.widthPixels) - 280, y: 40, width: 260, height: Double(e.heightPixels) - 140), xLimits: 0...1, yLimits: 0...1,
                              xTicks: .none, yTicks: .none, showTickLabels: false, grid: false, showFrame: false,
                              marks: marks.filter { if case .line = $0 { return true } else { return false } } + [marks[0]],
                              legend: LegendSpec(location: .centerRight, fontSizePixels: 24))
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           axes: [axes, hiddenMarks(legendAxes)]),
                            data: ["untrained": .decoder(context.decoder), "trained": .array(results), "y": .points(context.data),
                                   "epochs": .number(Double(training.epochs)), "learningRate": .number(training.learningRate),
                                   "latents": .number(Double(context.latents.count))])
    }

    /// The legend-only axes draws its marks far outside its limits so only the legend shows.
    private func hiddenMarks(_ axes: Axes) -> Axes {
        var a = axes
        a.marks = a.marks.map { mark in
            switch mark {
            case var .line(l): l.points = [Point(10, 10), Point(11, 11)]; return .line(l)
            case var .scatter(s): s.points = [Point(10, 10)]; return .scatter(s)
            default: return mark
            }
        }
        return a
    }
}

/// Beyond the lecture: the training runs of 15-2 Fig 7 step by step — the loss and w₁, w₂ — at zero temperature and warm.
struct TrainingCurvesFigure {
    let context: ExperimentContext
    let plot: TrainingCurvesPlot

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let training = try context.training()
        let betas = plot.betas
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        var lossMarks: [Mark] = [], weightMarks: [Mark] = []
        var runs: [SidecarValue] = []
        let colors = [3, 0, 2, 5, 6].map(sheet.cycle)
        for (i, beta) in betas.enumerated() {
            let run = try context.trained(training, beta: beta)
            let history = run.history
            let steps = [0.0] + history.map { Double($0.step) }
            let w1 = [context.decoder.w1] + history.map { $0.parameters[0] }
            let w2 = [context.decoder.w2] + history.map { $0.parameters[1] }
            let color = colors[i % colors.count]
            // Long runs are drawn through at most 2000 of their steps (markers only when every step is drawn).
            let lossIndices = thinnedIndices(count: history.count), weightIndices = thinnedIndices(count: steps.count)
            let thinned = lossIndices.count < history.count
            lossMarks.append(.line(LineSeries(points: lossIndices.map { Point(steps[$0 + 1], history[$0].loss) }, color: color, widthPixels: 2.5,
                                              marker: thinned ? nil : MarkerStyle(sizePixels: 7, fill: color), label: Tick.beta(beta))))
            weightMarks.append(.line(LineSeries(points: weightIndices.map { Point(steps[$0], w1[$0]) }, color: color, widthPixels: 2.5, label: "$w_1$, " + Tick.beta(beta))))
            weightMarks.append(.line(LineSeries(points: weightIndices.map { Point(steps[$0], w2[$0]) }, color: color, widthPixels: 2.5, dash: [9, 5],
                                                label: "$w_2$, " + Tick.beta(beta))))
            runs.append(.object(["beta": .number(beta), "loss": .numbers(history.map(\.loss)), "w1": .numbers(w1), "w2": .numbers(w2),
                                 "training": TrainingRecord.ellipse(context, training: training, beta: beta, run: run)]))
        }
        let half = (w - 60) / 2
        var left = Axes(frame: Rect(x: 110, y: 60, width: half - 120, height: h - 160), xLabel: "step", yLabel: "loss", title: "Sample loss $F(y)$",
                        marks: lossMarks, legend: LegendSpec(location: .upperRight, fontSizePixels: 22), tickLabelSizePixels: 14, axisLabelSizePixels: 28)
        left.yLabelRotated = true
        var right = Axes(frame: Rect(x: half + 110, y: 60, width: half - 120, height: h - 160), xLabel: "step", title: "Parameters $w_1$, $w_2$",
                         zeroLines: true, marks: weightMarks, legend: LegendSpec(location: .centerRight, fontSizePixels: 20), tickLabelSizePixels: 14, axisLabelSizePixels: 28)
        right.yLabelRotated = true
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes: [left, right]),
                            data: ["runs": .array(runs), "untrained": .decoder(context.decoder), "y": .points(context.data),
                                   "latents": .number(Double(context.latents.count))])
    }
}
