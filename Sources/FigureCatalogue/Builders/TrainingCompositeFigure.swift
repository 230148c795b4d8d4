import ExperimentSpec
import EBMCore
import Plotting

/// 15-2 Fig 7: untrained (left) and trained (right), zero temperature (top) and warm (bottom), as heatmaps of the
/// free energy with the forces training applies: at zero temperature an arrow from each y̌ = g(ž) toward its y;
/// warm, arrows from every manifold point toward y′ weighted by softargmin (docs/lecture.md §4, §5.2).
struct TrainingCompositeFigure {
    let context: ExperimentContext
    let plot: TrainingCompositePlot

    func build() throws -> FigureOutput {
        let e = context.experiment, p = plot
        let sheet = e.styleSheet
        let training = try context.training()
        let cold = try context.trained(training, beta: .infinity)
        let warm = try context.trained(training, beta: p.warmTrainingBeta)
        let (yPrime, _) = context.yPrime(p.yPrime)
        let y1 = p.y1.values, y2 = p.y2.values
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        // Panels close together as on the slide: a narrow middle column for the ZTL / warmer arrows, a bottom
        // band for the y₁ labels and the untrained / trained arrows. Measured on the slide at 600 px height (1051 px
        // wide): the heatmaps span x 51–441 and 591–979, rows 3–269 and 280–545, the colour bars start at 467 and 1005.
        let left = Self.layout.left * w, middle = Self.layout.middle * w, colorbar = Self.layout.colorbar * w
        let top = Self.layout.top * h, bottom = Self.layout.bottom * h, rowGap = Self.layout.rowGap * h
        let panelWidth = (w - left - 2 * colorbar - middle) / 2, panelHeight = (h - top - bottom - rowGap) / 2
        func frame(_ row: Int, _ column: Int) -> Rect {
            Rect(x: left + Double(column) * (panelWidth + colorbar + middle), y: top + Double(row) * (panelHeight + rowGap),
                 width: panelWidth, height: panelHeight)
        }
        let pointSize = Self.dotSize * w
        /// Pixels per data unit of a panel (the heatmaps keep an equal aspect, so the height decides).
        let pixelsPerUnit = panelHeight / ((y2.last! - y2.first!) + (y2.count > 1 ? y2[1] - y2[0] : 1))
        var data: [String: SidecarValue] = ["y1": .numbers(y1), "y2": .numbers(y2), "untrained": .decoder(context.decoder),
                                            "trainedZeroTemperature": .decoder(cold.decoder), "trainedWarm": .decoder(warm.decoder),
                                            "warmTrainingBeta": .number(p.warmTrainingBeta), "yPrime": .points([yPrime])]
        var axes: [Axes] = []
        // Top row: zero temperature, before and after training. The pull from each y̌ = g(ž) toward its y is drawn
        // on one scale for both panels, set so that the untrained model's median pull is 0.35 long (docs/lecture.md §6.2, Fig 7): after
        // training y̌ sits on y and the arrows shrink to nothing, as on the slide.
        let residuals = [context.decoder, cold.decoder].map { decoder in
            context.data.map { y in (check: decoder(decoder.zeroTemperatureInference(y, latents: context.latents).zCheck), y: y) }
        }
        // The crosses and the pulls start from the continuous y̌: ž refined from the grid argmin (`latentMinimum`), where
        // the slide draws them, on or beside their dots (the grid's ž is up to half a cell, 7.5°, away). The median pull
        // and the sidecar's `untrainedYCheck`/`trainedYCheck` stay those of the grid argmin; the refined y̌ are recorded
        // beside them.
        let refinedChecks = [context.decoder, cold.decoder].map { decoder in
            context.data.map { y in decoder(decoder.latentMinimum(y, gridCount: context.latents.count).z) }
        }
        let untrainedGaps = residuals[0].map { (($0.y - $0.check) * ($0.y - $0.check)).sum().squareRoot() }.sorted()
        let pullScale = 0.35 / max(untrainedGaps[untrainedGaps.count / 2], 1e-12)
        for (column, decoder) in [context.decoder, cold.decoder].enumerated() {
            let panel = HeatmapPanel(decoder: decoder, latents: context.latents, y1: y1, y2: y2, beta: .infinity)
            let values = panel.values
            let checks = refinedChecks[column]
            let gradients = panel.gradients
            data[column == 0 ? "untrainedYCheck" : "trainedYCheck"] = .points(residuals[column].map(\.check))
            data[column == 0 ? "untrainedYCheckRefined" : "trainedYCheckRefined"] = .points(checks)
            data[column == 0 ? "untrainedGradient" : "trainedGradient"] = .points(gradients)
            let pulls = zip(checks, context.data).compactMap { check, y -> Mark? in
                Self.arrow(sheet, from: check, to: check + (y - check) * pullScale, pixelsPerUnit: pixelsPerUnit,
                           width: Self.pullWidth, head: Self.pullHead, headWidthRatio: Self.pullHeadWidthRatio)
            }
            // The black arrows are the force −∇F∞ = 2(g(ž) − y), toward the manifold, as on the slide (15-1 Fig 11 draws
            // +∇F∞): inside the ellipse they leave the central bar, whose points pull toward the first grid argmin ž
            // (upward), so the bar stays clean. The sidecar keeps ∇F∞ itself.
            let marks: [Mark] = [panel.heatmap(values, vmin: 0, vmax: 2), panel.quiver(gradients.map { -$0 }, color: sheet[.edge], shaftWidthFraction: Self.quiverShaft),
                                 LectureStyle.manifoldLine(sheet, decoder)] + pulls + [
                LectureStyle.dataPoints(sheet, context.data, edged: true, size: pointSize, edgeWidth: Self.dotEdgeWidth),
                .scatter(Scatter(points: checks.map(LectureStyle.point), marker: MarkerStyle(shape: .thinX, sizePixels: Self.checkSize * w, fill: nil, edge: sheet[.arrow], edgeWidthPixels: 2.2))),
                // The legend's y̌ entry in the text colour: the crosses are light ink for the heatmap, the legend box is the page's.
                .scatter(Scatter(points: [], marker: MarkerStyle(shape: .thinX, sizePixels: Self.checkSize * w, fill: nil, edge: sheet[.foreground], edgeWidthPixels: 2.2),
                                 label: LectureStyle.yCheck)),
            ]
            axes.append(compact(panel.axes(frame: frame(0, column), marks: marks, vmin: 0, vmax: 2, colorbarStep: 0.25, extendMax: true,
                                           legend: LegendSpec(location: .lowerLeft, columns: 2, fontSizePixels: 28, handleLength: Self.legendHandleLength)), showX: false, sheet: sheet))
            data[column == 0 ? "untrainedFreeEnergy" : "trainedFreeEnergy"] = .grid(values, columns: y1.count)
        }
        // Bottom-left: warm, untrained, with softargmin-weighted arrows toward y′.
        let warmPanel = HeatmapPanel(decoder: context.decoder, latents: context.latents, y1: y1, y2: y2, beta: p.warmHeatmapBeta)
        let warmValues = warmPanel.values
        let manifold = context.decoder.manifold(context.latents)
        let weights = softargminWeights(context.decoder.energies(yPrime, latents: context.latents), beta: p.arrowBeta)
        let forces = zip(manifold, weights).map { g, weight in (yPrime - g) * weight }
        // The longest force is drawn 0.3 long, as on the slide; the weakest end in stubs or nothing.
        let longest = forces.map { ($0 * $0).sum().squareRoot() }.max() ?? 1
        let arrowScale = longest > 0 ? 0.3 / longest : 1
        let warmArrows = zip(manifold, forces).compactMap { g, f -> Mark? in
            Self.arrow(sheet, from: g, to: g + f * arrowScale, pixelsPerUnit: pixelsPerUnit, width: 1.4, head: 7)
        }
        let lowWarm = warmValues.min()!
        // The lecture's range is the data minimum to 2 (clipped); a model whose minimum is above 2 keeps a span.
        let highWarm = max(2, lowWarm + 0.5)
        axes.append(compact(warmPanel.axes(frame: frame(1, 0), marks: [warmPanel.heatmap(warmValues, vmin: lowWarm, vmax: highWarm), LectureStyle.manifoldLine(sheet, context.decoder)]
                                           + warmArrows + [LectureStyle.dataPoints(sheet, context.data, edged: true, size: pointSize, edgeWidth: Self.dotEdgeWidth),
                                                           LectureStyle.cross(sheet, yPrime, color: sheet[.query], size: Self.yPrimeSize * w, edged: true, label: LectureStyle.yPrime)],
                                           vmin: lowWarm, vmax: highWarm, colorbarStep: 0.25, extendMax: true,
                                           legend: LegendSpec(location: .lowerLeft, columns: 2, fontSizePixels: 28, handleLength: Self.legendHandleLength)), showX: true, sheet: sheet))
        // Bottom-right: the warm-trained model's F at the drawing β.
        let trainedWarmPanel = HeatmapPanel(decoder: warm.decoder, latents: context.latents, y1: y1, y2: y2, beta: p.trainedWarmHeatmapBeta)
        let trainedWarmValues = trainedWarmPanel.values
        let lowTrained = trainedWarmValues.min()!
        let highTrained = max(lowTrained + 0.5, 4)
        axes.append(compact(trainedWarmPanel.axes(frame: frame(1, 1), marks: [trainedWarmPanel.heatmap(trainedWarmValues, vmin: lowTrained, vmax: highTrained),
                                                                          LectureStyle.manifoldLine(sheet, warm.decoder), LectureStyle.dataPoints(sheet, context.data, edged: true, size: pointSize, edgeWidth: Self.dotEdgeWidth)],
                                                  vmin: lowTrained, vmax: highTrained, colorbarStep: 0.5, extendMax: true,
                                                  legend: LegendSpec(location: .lowerLeft, fontSizePixels: 28, handleLength: Self.legendHandleLength)), showX: true, sheet: sheet))
        data["warmFreeEnergy"] = .grid(warmValues, columns: y1.count)
        data["warmHeatmapBeta"] = .number(p.warmHeatmapBeta)
        data["arrowBeta"] = .number(p.arrowBeta)
        data["softargminWeights"] = .numbers(weights)
        data["trainedWarmFreeEnergy"] = .grid(trainedWarmValues, columns: y1.count)
        data["trainedWarmHeatmapBeta"] = .number(p.trainedWarmHeatmapBeta)
        data["lossZeroTemperature"] = .numbers(cold.history.map(\.loss))
        data["lossWarm"] = .numbers(warm.history.map(\.loss))
        // Enough to redraw every mark: the data, the runs, the arrows and each panel's colour range.
        data["y"] = .points(context.data)
        data["latents"] = .number(Double(context.latents.count))
        data["training"] = .object(["zeroTemperature": TrainingRecord.ellipse(context, training: training, beta: .infinity, run: cold),
                                    "warm": TrainingRecord.ellipse(context, training: training, beta: p.warmTrainingBeta, run: warm)])
        data["refinement"] = .refinementSettings
        data["pullLength"] = .number(0.35)
        data["pullScale"] = .number(pullScale)
        data["warmArrows"] = .object(["origins": .points(manifold), "forces": .points(forces), "scale": .number(arrowScale),
                                      "minimumLength": .number(Self.minimumArrowPixels / pixelsPerUnit)])
        data["colorRanges"] = .object(["untrained": .numbers([0, 2]), "trained": .numbers([0, 2]), "warm": .numbers([lowWarm, highWarm]),
                                       "trainedWarm": .numbers([lowTrained, highTrained])])
        // The slide's outlined block arrows with white sans-serif words: ⇔ ZTL and ⇔ warmer between the columns,
        // ⇦ untrained and trained ⇨ under the panels.
        // The ⇔ arrows are thinner than the bottom ones (measured: 0.033 and 0.044 of the height over their heads).
        let arrowLength = 0.049 * w, arrowThickness = 0.031 * h, bottomArrowThickness = 0.042 * h, word = 0.033 * h
        func words(_ text: String, _ x: Double, _ y: Double, _ anchor: TextAnchor.Horizontal) -> SlideElement {
            .block(.words(text, size: word), at: Point(x, y), anchor: TextAnchor(anchor, .center))
        }
        func block(_ x: Double, _ y: Double, _ heads: BlockArrow.Heads, _ color: Color, thickness: Double? = nil) -> SlideElement {
            var arrow = BlockArrow(center: Point(x, y), length: arrowLength, thickness: thickness ?? arrowThickness, heads: heads, edge: color,
                                   edgeWidth: 0.0015 * w)
            arrow.headLengthRatio = Self.blockArrowHeadLength
            return .blockArrow(arrow)
        }
        // The ⇔ arrows and their words stand a little left of the gutter's middle, at 50.5 % of the width (measured).
        let middleX = Self.middleArrowColumn
        // The bottom arrows' row, and their centres and words' inner ends as the slide places them.
        let bottomY = 0.04, untrainedX = 0.377, trainedX = 0.6025, wordGap = 0.04
        let slide: [SlideElement] = [
            block(middleX, 0.642, .both, sheet.cycle(4)), words("ZTL", middleX, 0.597, .center),
            words("warmer", middleX, 0.482, .center), block(middleX, 0.44, .both, sheet.cycle(2)),
            block(untrainedX, bottomY, .left, sheet.cycle(3), thickness: bottomArrowThickness), words("untrained", untrainedX + wordGap, bottomY, .left),
            words("trained", trainedX - wordGap, bottomY, .right), block(trainedX, bottomY, .right, sheet.cycle(6), thickness: bottomArrowThickness),
        ]
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           axes: axes, slide: slide), data: data)
    }

    /// The panels' frames in fractions of the width (left margin, middle gutter, colour-bar column) and height (top and
    /// bottom margins, gap between the rows), so that the equal-aspect heatmaps, centred in their frames, stand where
    /// the slide's do (see `build`): across within 1–3 px at 600 px height; down, each panel is 2 px taller than the
    /// slide's (269 rows against 267) and the rows 2 px closer, as the panels' scale also sets the sidecar's
    /// `warmArrows.minimumLength`.
    static let layout = (left: 0.0335, middle: 0.0608, colorbar: 0.05, top: 0.005, bottom: 0.086, rowGap: 0.012)
    /// The colour bars' gap to their heatmaps, points (the slide's 26 px at 600 px height).
    static let colorbarGap = 37.5
    /// The colour bars' width, points: the slide's bars are 9 px wide at 792 px width (ours were 8.5 at 18 points).
    static let colorbarWidth = 19.0
    /// The tick labels' size, points, of the axes and the colour bars: the slide's "2.0" and "2.00" are about 7.4 and
    /// 11 px wide at 792 px width (ours were 6.3 and 9.4 at 10 points). The colour bars' ticks are short white marks
    /// inside the bar's right edge, as on the slide.
    static let tickLabelSize = 11.5

    /// The blue y dots' diameter in figure widths, and their black edge in points: the slide's dots are about 6.5 px
    /// across at 792 px width with a 1.5 px edge (ours were 5 px at 0.0065 with a 1.2-point edge). The y̌ crosses
    /// span about 7 px there (ours were 6.4 px at 0.0104 of the width), the y′ cross keeps its size (0.0143, as the slide's).
    static let dotSize = 0.0085, dotEdgeWidth = 1.8, checkSize = 0.0112, yPrimeSize = 0.0143

    /// The top row's black quiver: shafts 0.003 of the panel's width, heads in proportion (matplotlib's), bolder than
    /// the 0.0025 of 15-1 Fig 11's, as the slide's blurred arrows read (about 1.5–2 px wide at 600 px height).
    static let quiverShaft = 0.003
    /// The white pulls toward y: 1.8 points wide with heads 10 long and as wide as long (the slide's heads are broad
    /// triangles about 5 px across at 600 px height; ours were 8 long at 0.85 of that).
    static let pullWidth = 1.8, pullHead = 10.0, pullHeadWidthRatio = 1.0

    /// The panels' legends' handles, in font sizes: 2.3, so that the boxes end where the slide's do (measured at
    /// 600 px height: right edges at 246–253 px against the slide's 247–251; at 2.4 they were 3–6 px wider).
    static let legendHandleLength = 2.3

    /// The block arrows' heads' length in head widths: the slide's heads are half as long as they are wide (measured at
    /// 792 px width: 8 px long and 16 wide on the ⇔ arrows, 10.5 and 21 on the bottom ones; at 0.9, 14 and 18 long).
    static let blockArrowHeadLength = 0.5

    /// The column of the ⇔ arrows between the panels, in figure widths.
    static let middleArrowColumn = 0.505

    /// Arrows shorter than this many pixels are not drawn.
    static let minimumArrowPixels = 2.0

    /// An arrow whose head shrinks with it (a short force gets a stub, not a full head); nil when shorter than
    /// `minimumArrowPixels`.
    static func arrow(_ sheet: StyleSheet, from a: Point2, to b: Point2, pixelsPerUnit: Double, width: Double, head: Double,
                      headWidthRatio: Double = 0.85) -> Mark? {
        let length = ((b - a) * (b - a)).sum().squareRoot() * pixelsPerUnit
        guard length >= minimumArrowPixels else { return nil }
        let headLength = min(head, 0.45 * length)
        return .arrow(ArrowMark(points: [LectureStyle.point(a), LectureStyle.point(b)], color: sheet[.arrow], widthPixels: min(width, 0.25 * length),
                                headLengthPixels: headLength, headWidthPixels: headWidthRatio * headLength))
    }

    /// Smaller labels for the 2 × 2 layout; x labels and x tick labels only on the bottom row, as on the slide.
    private func compact(_ axes: Axes, showX: Bool, sheet: StyleSheet) -> Axes {
        var a = axes
        a.tickLabelSizePixels = Self.tickLabelSize
        a.axisLabelSizePixels = 48
        if !showX { a.xLabel = nil; a.showXTickLabels = false }
        a.colorbar?.widthPixels = Self.colorbarWidth
        a.colorbar?.gapPixels = Self.colorbarGap
        a.colorbar?.ticksInward = true
        a.colorbar?.tickColor = sheet.foreground
        return a
    }
}
