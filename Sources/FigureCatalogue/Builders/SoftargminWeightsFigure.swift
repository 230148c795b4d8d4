import ExperimentSpec
import EBMCore
import Plotting

/// 15-2 Figs 3–5: the 48 ỹ coloured by exp(−β E(y′, z)) (viridis, colour bar from the data's min to max), with y and y′;
/// on the right, the lecture's insets: the inference picture (y′, g(z̃), g(ž)) and the E(y′, z) mini-panel, y′'s name and β.
struct SoftargminWeightsFigure {
    let context: ExperimentContext
    let plot: SoftargminWeightsPlot

    /// Where the slide puts things, in units of the main plot's height from its top-left corner: the slides are
    /// captures at slightly different scales (their frames differ by a few per cent), and everything right of the
    /// plot moves and scales with the frame. Measured on 15-2 Fig 3 and checked against Figs 4 and 5.
    enum Placement {
        /// The inference inset (a copy of 15-1 Fig 7): left, top, width, height.
        static let inset = (x: 1.7677, y: 0.0101, width: 0.8545, height: 0.5010)
        /// The E(y′, z) mini-panel's box.
        static let mini = (x: 1.9131, y: 0.7949, width: 0.2202, height: 0.2172)
        /// Gap between the mini-panel's box and the right ends of its "12" and "0".
        static let miniLabelGap = 0.0366
        /// "12" is centred a little below the box's top edge, its ink clear of "y′ = Y[23]" above.
        static let miniTopLabelDrop = 0.016
        /// The "z = 0 … 2π" row: the right end of "z = 0" past the box's left edge, the centre of "2π" short of its
        /// right edge, and the row's top below the box.
        static let zRowOverhang = 0.0212
        static let twoPiInset = 0.0263
        static let zRowDrop = 0.040
        /// "y′ = …": its left end and the middle of its "=" (the same with and without the inset).
        static let name = (x: 1.6616, y: 0.7111)
        /// "β = 1": its right end and the middle of its "=".
        static let beta = (x: 2.5646, y: 0.9051)
    }
    /// The formulas' text size ("y′ = Y[23]", "β = 1"), in units of the plot's height like the placements, so that
    /// it follows each slide's scale: on Fig 3 the slide's "=" is 50 px wide and its "Y" 62 px at 1924 px width (ours
    /// were 52 and 64 at 0.095 of the canvas height, Fig 4's 53 and 66 against 50 and 62).
    static let textSize = 0.1105
    /// The mini-panel's labels, a fraction of the canvas height (their "12" and "2π" are the slides' size).
    static let smallTextSize = 0.092
    /// "Y" and "[23]" in "Y[23]" stand apart (fraction of the text size): the slide's "[" starts 13 px after the Y's
    /// ink at 1924 px width on Figs 3 and 4 (ours 6 px at a thin space, 0.17).
    static let indexGap = 0.265
    /// The colour bar: its width and its gap to the plot, pixels (the slides' 25 and 42 at 600 px height).
    static let colorbarWidth = 27.0
    static let colorbarGap = 45.0
    /// The plot's tick labels, pixels: the slide's digits are 9 px wide and 14–15 tall at 1924 px width (ours were 8 and
    /// 13 at the lecture's 15.5).
    static let tickLabelSize = 16.7
    /// The colour bar's tick labels: a little larger than the plot's (the slide's "0.7" is 15 px tall and its "0" 10 px
    /// wide at 1924 px width, ours were 13 and 8 at 15.5) and closer to the bar, whose ticks are short white marks
    /// inside its right edge, as the slide's.
    static let colorbarTickLabelScale = 1.065
    static let colorbarTickLabelPad = 4.0
    /// The inset's y′ and g(·) crosses: matplotlib's bold "X" at the slide's size, with the slide's dark edge (its
    /// fill 12 × 12 px at 1924 px width inside a dark rim about 1.5 px wide, ours the same fill without a rim).
    static let insetCrossSize = 12.0
    static let insetCrossEdge = 1.0
    /// The inset's dots and tick labels, pixels: the slide's dots are 11 × 11 px at 1924 px width and its "5" 7 × 7 px
    /// (ours were 10 × 9 at 8 and 5 × 6 at 8).
    static let insetDotSize = 9.2
    static let insetTickLabelSize = 9.6
    /// The slides' legends are matplotlib's defaults (2 em handles, columns 2 em apart) with the label 0.3 em back
    /// over its handle: each marker stands 1.4 em from the box's left edge and 0.7 em before its label's ink, in the
    /// plot's legend and the inset's alike (measured on Fig 3 at 600 px height: 50.7 px and 27 px at a 36.6 px em,
    /// 26 px and 13 px at the inset's 18.8 px em).
    static let legendHandleLength = 2.0
    /// 1.92 em: our labels' ink is a little wider than the slide's (ỹ 23 px against 20), so the box keeps the slide's
    /// 433 px width with its markers within 3 px of the slide's.
    static let legendColumnSpacing = 1.92
    static let legendHandlePad = -0.3
    /// The plot's dots (y, ỹ and the legend's): 22–23 px of ink at 1924 px width on the slides of Figs 3 and 5, ours
    /// 20–21 at the lecture's marker size (17).
    static let dotSize = 18.3
    /// The y′ ×, in the plot and its legend: 20 × 20 px of ink with 260 px² of colour on the slide at 600 px height
    /// (ours was 18 × 18 and 219 px² at 23 points).
    static let queryCrossSize = 25.0
    /// The plot's legend text, a fraction of the plot frame's height (the slides are captures at slightly different
    /// scales): on Fig 3 the slide's box is 64 px high at 600 px (ours was 59 at 36 px) and its "y" 20 px wide, so 39 px.
    static let legendSize = 0.0739
    /// The inset's legend text and axis labels, in units of the plot's height as the inset's placement: on Fig 3 its
    /// "y" is 10 × 12 px and its y₁ 20 px wide at 600 px height (ours were 8 × 10 at 17 px and 17 wide at 28 px, the
    /// plot 528 px high), so 20 px and 32 px there.
    static let insetLegendSize = 0.0379
    static let insetAxisLabelSize = 0.0606
    /// The inset legend's columns 1.9 em apart: its five markers then stand within 2–5 px of the slide's at 1924 px
    /// width; at 2 em the five columns would not fit the frame and the legend wraps.
    static let insetLegendColumnSpacing = 1.9
    /// The inset is a reduced capture of 15-1 Fig 7, so its lines are thinner than the plot's: its spines carry 0.37,
    /// its zero lines 0.55 and its grid about 0.8 of the ink across of ours at the style sheet's widths (measured as
    /// summed profiles across the lines on Fig 3 at 600 px height: 121 against 330, 374 against 676, 88 against 106).
    static let insetFrameWidth = 0.67
    static let insetZeroLineWidth = 1.55
    static let insetGridWidth = 0.52
    /// Its legend's edge: 0.45 of the ink across of ours at the style sheet's width (87 against 191, measured as above).
    static let insetLegendEdgeWidth = 0.45
    /// Its labels overprinted 0.05 font sizes (1 px at 20 px) to the right: the slide's reduced capture of bold labels reads heavier than one copy
    /// of the math font's bold at 20 px (its "y" carries 127 units of white ink at 1924 px width, ours 98; 150 with a
    /// copy either side).
    static let insetLegendOverprint = 0.05
    /// The plot's legend labels overprinted 1 px (at 39 px) to the right as well: the slide's "y" carries 436 units of white ink at
    /// 1924 px width, ours 366 with one copy.
    static let legendOverprint = 0.026
    /// The inset's y₁ limits (equal aspect with y₂'s ±1.75): the slide's inset frame is 423 × 248 px at 600 px
    /// height, centred on y₁ = 0, with 0.5 of y₁ every 35 px, so it spans ±3.0 (±2.9 left it 12 px narrower, too
    /// narrow for the legend's five columns).
    static let insetXLimit = 2.98

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let (yPrime, name) = context.yPrime(plot.yPrime)
        let beta = plot.beta
        let manifold = context.decoder.manifold(context.latents)
        let energies = context.decoder.energies(yPrime, latents: context.latents)
        // The lecture's exp(−βE) while it is drawable, else the normalised weights (said in the figure).
        let colouring = WeightColouring(energies: energies, beta: beta)
        let weights = colouring.weights
        // The colour range starts at the tick at or below the smallest weight, as on the slides, whose bars begin at a
        // labelled 0.0 (Figs 3–4, weights from 8·10⁻⁶ and 0.006) and 0.1 (Fig 5, from 0.12).
        let hi = colouring.range.upperBound
        let step = Ticks.niceStep(span: hi - colouring.range.lowerBound, maxTicks: 9)
        let lo = colouring.range.lowerBound >= 0 && colouring.range.lowerBound < hi
            ? (colouring.range.lowerBound / step).rounded(.down) * step : colouring.range.lowerBound
        let colors = weights.map { ColorMap.viridis.color(for: $0, vmin: lo, vmax: hi) }
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let m = plot.margins
        let mainFrame = LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (m.left, m.right, m.top, m.bottom))
        let marks: [Mark] = [
            LectureStyle.dataPoints(sheet, context.data, size: Self.dotSize),
            LectureStyle.cross(sheet, yPrime, color: sheet[.query], size: Self.queryCrossSize, edged: true, label: nil),
            // The legend's y′ entry: the plot's × at the legend's marker scale, as on the slides.
            .scatter(Scatter(points: [], marker: MarkerStyle(shape: .boldX, sizePixels: Self.queryCrossSize, fill: sheet[.query], edge: sheet[.edge], edgeWidthPixels: 1.2),
                             label: LectureStyle.yPrime)),
            .scatter(Scatter(points: manifold.map(LectureStyle.point), marker: MarkerStyle(sizePixels: Self.dotSize, fill: sheet[.manifold]),
                             colors: colors)),
            // The legend's ỹ entry: the lecture's fixed blue swatch, whatever colours the weights give the points.
            .scatter(Scatter(points: [], marker: MarkerStyle(sizePixels: Self.dotSize, fill: sheet[.legendSwatch]), label: LectureStyle.yTilde)),
        ]
        var colorbar = ColorbarSpec(colorMap: .viridis, vmin: lo, vmax: hi, ticks: .step(step), widthPixels: Self.colorbarWidth, gapPixels: Self.colorbarGap)
        colorbar.ticksInward = true
        colorbar.tickColor = sheet.foreground
        colorbar.tickLabelScale = Self.colorbarTickLabelScale
        colorbar.tickLabelPadPixels = Self.colorbarTickLabelPad
        var axes: [Axes] = [LectureStyle.yPlaneAxes(frame: mainFrame, y: -2.2...2.2, marks: marks,
                                                     legend: LegendSpec(location: .lowerCenter, columns: 3, fontSizePixels: Self.legendSize * mainFrame.height, handleLength: Self.legendHandleLength,
                                                                        columnSpacing: Self.legendColumnSpacing, handlePad: Self.legendHandlePad),
                                                     colorbar: colorbar)]
        // The legend's labels on one baseline, as matplotlib sets them: the slide's lone "y" stands as low as its "y′"
        // (centred on its own ink it stood 8 px higher at 1924 px width).
        axes[0].legend?.sharedBaseline = true
        axes[0].tickLabelSizePixels = Self.tickLabelSize
        axes[0].legend?.labelOverprint = Self.legendOverprint
        // The plot area as drawn (equal aspect), the origin and unit of every placement on the right.
        let area = AxesGeometry(axes[0]).plotArea
        let u = area.height
        func placed(_ r: (x: Double, y: Double, width: Double, height: Double)) -> Rect {
            Rect(x: area.minX + r.x * u, y: area.minY + r.y * u, width: r.width * u, height: r.height * u)
        }
        var slide: [SlideElement] = []
        let text = Self.textSize * u
        var annotations: [Annotation] = []
        var insetData: [String: SidecarValue] = [:]
        if plot.inset {
            let inference = try ShownInference(decoder: context.decoder, y: yPrime, zTilde: plot.zTilde, gridCount: context.latents.count)
            let inset = placed(Placement.inset)
            let insetMarks: [Mark] = [
                .scatter(Scatter(points: context.data.map(LectureStyle.point), marker: MarkerStyle(sizePixels: Self.insetDotSize, fill: sheet[.data]), label: LectureStyle.y)),
                .scatter(Scatter(points: manifold.map(LectureStyle.point), marker: MarkerStyle(sizePixels: Self.insetDotSize, fill: sheet[.manifold]), label: LectureStyle.yTilde)),
                .scatter(Scatter(points: [LectureStyle.point(yPrime)], marker: MarkerStyle(shape: .boldX, sizePixels: Self.insetCrossSize, fill: sheet[.query], edge: sheet[.edge], edgeWidthPixels: Self.insetCrossEdge), label: LectureStyle.yPrime)),
                .scatter(Scatter(points: [LectureStyle.point(context.decoder(plot.zTilde))], marker: MarkerStyle(shape: .boldX, sizePixels: Self.insetCrossSize, fill: sheet[.latent], edge: sheet[.edge], edgeWidthPixels: Self.insetCrossEdge),
                                 label: "$g(\\tilde{z})$")),
                .scatter(Scatter(points: [LectureStyle.point(context.decoder(inference.zCheck))], marker: MarkerStyle(shape: .boldX, sizePixels: Self.insetCrossSize, fill: sheet[.minimum], edge: sheet[.edge], edgeWidthPixels: Self.insetCrossEdge),
                                 label: "$g(\\check{z})$")),
            ]
            // The copy of 15-1 Fig 7 as the slide shows it: ticks ±2.5 inside a ±2.98 frame, y₂ turned, a legend with bold y, ỹ, y′
            // and regular g(z̃), g(ž), as the slide sets them.
            var insetAxes = Axes(frame: inset, xLimits: -Self.insetXLimit...Self.insetXLimit, yLimits: -1.75...1.75, equalAspect: true, xTicks: .step(0.5), yTicks: .step(0.5),
                                 xLabel: "$y_1$", yLabel: "$y_2$", zeroLines: true, marks: insetMarks,
                                 legend: LegendSpec(location: .lowerCenter, columns: 5, fontSizePixels: Self.insetLegendSize * u, handleLength: Self.legendHandleLength,
                                                    columnSpacing: Self.insetLegendColumnSpacing, handlePad: Self.legendHandlePad),
                                 tickLabelSizePixels: Self.insetTickLabelSize, axisLabelSizePixels: Self.insetAxisLabelSize * u)
            insetAxes.yLabelRotated = true
            insetAxes.frameWidth = Self.insetFrameWidth
            insetAxes.zeroLineWidthPixels = Self.insetZeroLineWidth
            insetAxes.gridWidthPixels = Self.insetGridWidth
            insetAxes.legend?.edgeWidthPixels = Self.insetLegendEdgeWidth
            insetAxes.legend?.labelOverprint = Self.insetLegendOverprint
            axes.append(insetAxes)
            // The E(y′, z) mini-panel over one period, at the lecture's drawing step π/12.
            let zs = LatentGrid(count: 24).values
            let curve = zs.map { context.decoder.energy(yPrime, z: $0) }
            // One scale for every sample's curve, as in 15-1 Fig 4: the largest energy over the data set.
            let curveTop = max(1, context.data.map { y in zs.map { context.decoder.energy(y, z: $0) }.max()! }.max()!.rounded(.up))
            let mini = placed(Placement.mini)
            axes.append(Axes(frame: mini, xLimits: -0.25...(2 * Double.pi), yLimits: (-0.1 * curveTop)...(1.1 * curveTop), xTicks: .none, yTicks: .none,
                             showTickLabels: false, grid: false, frameColor: sheet[.panelFrame],
                             marks: [.line(LineSeries(points: zip(zs, curve).map { Point($0, $1) }, color: sheet[.energy], widthPixels: 2.5,
                                                      marker: MarkerStyle(sizePixels: 6, fill: sheet[.energy])))]))
            insetData = ["inference": inference.sidecar, "insetZ": .numbers(zs), "insetEnergy": .numbers(curve), "insetTop": .number(curveTop)]
            let small = Self.smallTextSize * h
            let labelRight = (mini.minX - Placement.miniLabelGap * u) / w
            let rowTop = 1 - (mini.maxY + Placement.zRowDrop * u) / h
            slide += [
                // The slide's "12" sits above-left of the box's top corner; its "0" hangs at the bottom edge, half
                // below it, just above "z = 0".
                .block(.math("$\(Tick.format(curveTop))$", size: small), at: Point(labelRight, 1 - (mini.minY + Placement.miniTopLabelDrop * u) / h),
                       anchor: TextAnchor(.right, .center)),
                .block(.math("$0$", size: small), at: Point(labelRight, 1 - mini.maxY / h), anchor: TextAnchor(.right, .center)),
                .block(.row([.math("$z$", size: small, color: sheet[.latent]), .math("$ = 0$", size: small)]),
                       at: Point((mini.minX + Placement.zRowOverhang * u) / w, rowTop), anchor: TextAnchor(.right, .top)),
                .block(.math("$2\\pi$", size: small), at: Point((mini.maxX - Placement.twoPiInset * u) / w, rowTop), anchor: TextAnchor(.center, .top)),
            ]
        }
        // "y′ = Y[23]": y′ bold green, Y bold blue, the rest white; "β = 1" with only β coloured.
        let nameBlock: MathBlock = name.hasPrefix("Y[")
            ? .row([.math("$\\boldsymbol{Y}$", size: text, color: sheet[.data]), .space(Self.indexGap * text), .math("$\(name.dropFirst())$", size: text)])
            : .math("$\(name)$", size: text)
        slide.append(.block(.row([.math(LectureStyle.yPrime, size: text, color: sheet[.query]), .math("$ = $", size: text), nameBlock]),
                            at: Point((area.minX + Placement.name.x * u) / w, 1 - (area.minY + Placement.name.y * u) / h), anchor: TextAnchor(.left, .center)))
        slide.append(.block(.row([.math("$\\beta$", size: text, color: sheet[.beta]), .math("$ = \(Tick.format(beta))$", size: text)]),
                            at: Point((area.minX + Placement.beta.x * u) / w, 1 - (area.minY + Placement.beta.y * u) / h), anchor: TextAnchor(.right, .center)))
        if colouring.normalised {
            annotations.append(Annotation("colours: normalised weights softargmin(βE); exp(−βE) underflows or is constant here",
                                          at: Point(0.01, 0.01), coordinates: .figureFraction, anchor: TextAnchor(.left, .bottom), sizePixels: 20,
                                          color: sheet.cycle(1)))
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           axes: axes, annotations: annotations, slide: slide),
                            data: insetData.merging(["yPrime": .points([yPrime]), "yPrimeName": .string(name), "beta": .number(beta), "z": .numbers(context.latents.values),
                                   "yTilde": .points(manifold), "energy": .numbers(energies), "weight": .numbers(weights), "colorRange": .numbers([lo, hi]),
                                   "weightsNormalised": .bool(colouring.normalised),
                                   "y": .points(context.data), "decoder": .decoder(context.decoder)]) { $1 })
    }
}

#if canImport(Glibc)
import Glibc
#endif
