import ExperimentSpec
import EBMCore
import Plotting

/// 15-2 Figs 2, 6, 8: F_β(0, y₂) along the y₁ = 0 cross-section for each β (β → ∞ last), untrained or after
/// the experiment's training (Fig 8: the zero-temperature model after one epoch).
struct CrossSectionFigure {
    let context: ExperimentContext
    let plot: CrossSectionPlot

    /// The y label of the plain cross-sections (15-2 Figs 2, 6) relative to the axis label size, as measured.
    static let crossSectionYLabelScale = 0.91
    /// The frame's width on the slide (Fig 8, 1600 points wide): its spines carry 0.84 pixels of white per 1000 pixels
    /// of width (measured on the 793-pixel image), 1.34 pixels at our width, as much as 1.8 points of the frame's grey.
    static let slideFrameWidth = 1.8
    /// The legend of the plain cross-sections (Figs 2, 6): text 36 px, handles 2.1 em, the label 0.75 em past its
    /// handle (measured on Fig 2 at 600 px height: the box 250 × 63 px, the handle 77 px, "β → ∞" 113 px wide and 30 px
    /// from the handle; ours were 236 × 60, 70 and 107 at 34 px, 2 em and 0.8 em).
    static let plainLegendSize = 36.0
    static let plainLegendHandleLength = 2.1
    static let plainLegendHandlePad = 0.75
    /// The handles stand 0.35 em above their labels' baselines, as matplotlib's do (measured on Figs 2 and 6: the
    /// line 3.5–4 px above the label's middle at 600 px height, where ours stood centred on it).
    static let legendHandleAboveBaseline = 0.35
    /// Fig 8's y₂ under its tick labels, in its font sizes: a little closer than elsewhere, so that with the slide's
    /// lower frame it stays inside the canvas (the slide's own is cut by the edge).
    static let slideXLabelPad = 0.37

    /// The lecture's colours per β (docs/lecture.md §6.2.6), in the order of logspace(−1, 1, 5): entries of the sheet's
    /// cycle (light blue, yellow-green, orange, lavender, teal in the lecture's); β → ∞ takes the `energy` role.
    static let cycleEntries = [4, 6, 5, 2, 0]

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        var decoder = context.decoder
        var data: [String: SidecarValue] = ["untrainedDecoder": .decoder(decoder)]
        if plot.trained {
            let training = try context.training()
            let result = try context.trained(training)
            decoder = result.decoder
            data["trainingLoss"] = .numbers(result.history.map(\.loss))
            data["training"] = TrainingRecord.ellipse(context, training: training, beta: training.beta, run: result)
            data["y"] = .points(context.data)
        }
        let y2 = plot.y2.values
        let betas = plot.betas
        var marks: [Mark] = []
        var table: [SidecarValue] = []
        var finite = 0
        for beta in betas {
            let values = y2.map { decoder.freeEnergy(Point2(0, $0), beta: beta, latents: context.latents) }
            table.append(.object(["beta": .number(beta), "freeEnergy": .numbers(values)]))
            let color = beta.isInfinite ? sheet[.energy] : sheet.cycle(Self.cycleEntries[finite % Self.cycleEntries.count])
            if !beta.isInfinite { finite += 1 }
            marks.append(.line(LineSeries(points: zip(y2, values).map { Point($0, $1) }, color: color, widthPixels: 3,
                                          marker: MarkerStyle(sizePixels: 16, fill: color), label: Tick.beta(beta))))
        }
        data["decoder"] = .decoder(decoder)
        data["y2"] = .numbers(y2)
        data["crossSections"] = .array(table)
        data["latents"] = .number(Double(context.latents.count))
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        // A family of curves gets the lecture's full-width three-column legend (expanded: the spare width goes between
        // the columns, so their least spacing only matters when the labels are wide, e.g. TeX's wider math-italic β).
        let family = betas.count > 1
        // On the slide (Fig 8) the free-energy formula takes the top and the plot sits smaller below it: its frame
        // from 23.2 % to 81.9 % of the width and from 29 % to 90.75 % of the height (measured: the bottom spine at
        // 544.5 px of 600). The slide lets the figure's edge cut its y₂ label; ours stands 0.37 of its size under the
        // tick labels (`slideXLabelPad`, 0.42 elsewhere) and stays inside.
        let frame = plot.slide ? Rect(x: 0.2325 * w, y: 0.29 * h, width: 0.587 * w, height: 0.6175 * h)
                                 : LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (plot.margins.left, plot.margins.right, plot.margins.top, plot.margins.bottom))
        var axes = Axes(frame: frame, xTicks: .step(0.5), yTicks: family ? .step(1) : .automatic(maxTicks: 10),
                        xLabel: "$y_2$", yLabel: "$F_\\beta(\\boldsymbol{y})|_{y_1=0}$", marks: marks,
                        legend: LegendSpec(location: .upperCenter, columns: 3, fontSizePixels: plot.slide ? 0.045 * h : Self.plainLegendSize,
                                           handleLength: plot.slide ? 2 : Self.plainLegendHandleLength, columnSpacing: 1,
                                           handlePad: plot.slide ? 0.8 : Self.plainLegendHandlePad, expand: family),
                        tickLabelSizePixels: LectureStyle.tickLabelSize, axisLabelSizePixels: plot.slide ? 0.07 * h : LectureStyle.axisLabelSize)
        axes.yLabelRotated = true
        axes.legend?.handleAboveBaseline = Self.legendHandleAboveBaseline
        if plot.slide { axes.xLabelPad = Self.slideXLabelPad }
        // Figs 2 and 6 set F_β(y)|y₁=0 at 0.91 of the axis label size (222 px long against 244 at 600 px height).
        if !plot.slide { axes.yLabelSizePixels = Self.crossSectionYLabelScale * LectureStyle.axisLabelSize }
        // The lecture's axis has matplotlib's 5 % margins above and below the curves (measured on Figs 6 and 8: tops
        // 5.3 and 6.5) and lets the legend overlap the curve tops; `legendClear` leaves room above them instead.
        let all = table.flatMap { if case let .object(o) = $0, case let .array(v)? = o["freeEnergy"] { return v } else { return [] } }
            .compactMap { if case let .number(d) = $0 { return d } else { return nil } }
        let top = all.max() ?? 1, bottom = all.min() ?? 0
        let span = top - bottom
        let headroom = family && plot.legendClear ? 0.42 : 0.05
        axes.yLimits = (bottom - 0.05 * span)...(top + headroom * span)
        axes.xLimits = (y2.first! - 0.2)...(y2.last! + 0.2)
        if plot.slide { axes.frameWidth = Self.slideFrameWidth }
        let slide = plot.slide ? [LectureSlides(height: h, theme: sheet).freeEnergyTitle(y: 0.848)] : []
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes: [axes], slide: slide),
                            data: data)
    }
}
