import EBMCore
import ExperimentSpec
import Plotting

/// The horn's data and models, shared by the conditional figures.
struct HornContext {
    let context: ExperimentContext
    let data: [HornSample]

    init(_ context: ExperimentContext) {
        self.context = context
        let spec = context.experiment.data
        if spec.isGiven {
            data = spec.rows.map { HornSample(x: $0[0], y: SIMD2($0[1], $0[2])) }
        } else {
            var g = SeededGenerator(seed: spec.seed)
            data = sampleHorn(count: spec.count, noise: spec.noise, using: &g)
        }
    }

    /// The predictor f initialised from the model seed, trained with the spec's schedule when `trained`.
    func model(trained: Bool) throws -> (model: HornModel, history: [TrainingStep]) {
        var model = HornModel(seed: context.experiment.model.seed, latents: hornLatentGrid(count: context.experiment.model.latentCount))
        guard trained else { return (model, []) }
        let training = try context.training()
        model.beta = training.beta
        let history = try context.trainCached(&model, name: "horn", on: data, training: training)
        return (model, history)
    }

    /// How the horn's axes are drawn: their y₁ and y₂ ranges (nil: automatic), the camera, and whether beside a slide.
    struct View {
        var limits: (y1: Interval, y2: Interval)?
        var elevation: Double
        var azimuth: Double
        var slide: Bool
    }

    /// The trained manifold's axes (15-2 Fig 11), as 15-2 Fig 9 sets them: y₁ ±25 (its axis runs on about half a
    /// tick step past the ±20 ticks, so those stand a fifth closer together than on a ±20 axis) × y₂ ±15.
    static let dataLimits = (y1: Interval(-25, 25), y2: Interval(-15, 15))

    /// The lecture's 3-D axes for the horn: x, y₁, y₂ with the view's ranges (or automatic ones), on the theme's
    /// panes, matplotlib's default box and camera. `colouredLabels`: x pink and y₁, y₂ blue, as 15-1 Fig 1
    /// colours them like the symbols of its formulas (the 15-2 slides keep them white and colour the formulas).
    /// `region`: the slide's plot region, whose tick label pads a slide's axes take.
    func axes(_ sheet: StyleSheet, frame: Rect, marks: [Mark3D], view: View, colouredLabels: Bool = false,
              region: SlideFrame = .besideDiagram) -> Axes3D {
        // The slide's plot is smaller than a whole-figure one; its labels keep the lecture's size.
        let label = frame.height * (view.slide ? 0.12 : 0.1)
        // Ticks every 10 on a wide y₁ range (the slides' ±25), every 5 on a narrower one (15-1 Fig 1's [−16.9, 14.8]).
        let yTicks: TickRule = view.limits.map { $0.y1.upper - $0.y1.lower > 35 ? .step(10) : .step(5) } ?? .automatic(maxTicks: 6)
        var axes = Axes3D(frame: frame, xLimits: Self.lectureXLimits, yLimits: view.limits?.y1.range, zLimits: view.limits?.y2.range,
                      elevationDegrees: view.elevation, azimuthDegrees: view.azimuth, zoom: 1.1,
                      xTicks: .step(0.2), yTicks: yTicks,
                      zTicks: view.limits != nil ? .step(5) : .automatic(maxTicks: 9),
                      xLabel: "$x$", yLabel: "$y_1$", zLabel: "$y_2$", marks: marks,
                      tickLabelSizePixels: max(12, (view.slide ? region.tickLabelShare : 0.03) * frame.height), axisLabelSizePixels: label,
                      axisLabelColors: colouredLabels ? [sheet[.input], sheet[.data], sheet[.data]] : [],
                      stretchToFrame: view.slide)
        if view.slide {
            axes.boxAspect = Self.slideBoxAspect
            axes.tickLabelPads = region.tickLabelPads
            axes.axisLabelGaps = Self.slideAxisLabelGaps
            axes.gridStyle = StrokeStyle(color: sheet.gridColor.withAlpha(Self.slideGridAlpha), widthPixels: Self.slideGridWidth,
                                         dash: Self.slideGridDash)
        }
        return axes
    }

    /// The 15-2 slides' pane grid: grey rather than white, a little wider and softer, in long dashes with short gaps
    /// (its lines peak at 0.35–0.45 of white over about 2 px and break every 5 px for about one; as much light per
    /// length as the 3-D default's 1 px dashes at the grid's full grey).
    static let slideGridAlpha = 0.5
    static let slideGridWidth = 1.6
    static let slideGridDash = [4.0, 1.0]

    /// The lecture's x axis: matplotlib's autoscale margins (5 % of the data's 0 … 1 on either side), which the slides
    /// keep on x while y₁ and y₂ are set: their axis lines run on past the 0.0 and 1.0 ticks by about 7 % of the
    /// ticks' span (measured on 15-2 Figs 9 and 11: 28 and 35 px of 420 at 1600 px width; on 15-1 Fig 1, 14 and 18 px
    /// of 228 at 600 px height), and "1.0" stands clear of y₁'s "−20".
    static let lectureXLimits: ClosedRange<Double> = -0.05...1.05

    /// The slides' axis labels' gaps from their tick labels (x, y₁, y₂), in axis label sizes: y₁'s label sits close
    /// to its tick labels, as near as the label's clearance of a third of their size lets it (on Fig 9 it stood about
    /// 40 px below and right of the slide's at 1600 px width, now about 28).
    static let slideAxisLabelGaps = [0.1, -0.4, 0.1]

    /// The slides' box is a cube, as matplotlib drew it before box aspects (3.3), stretched to the axes' width: its
    /// y₂ edges stand a third higher for its floor than the default 4 : 4 : 3's.
    static let slideBoxAspect = Point3D(4, 4, 4)


    /// A slide's plot region in fractions of the figure (from its top left): where the ink of box, ticks and
    /// labels goes.
    struct SlideFrame {
        var left, top, width, height: Double
        /// The tick labels' size as a share of the region's height.
        var tickLabelShare = 0.036
        /// The tick labels' gaps from their ticks (x, y₁, y₂), in tick label sizes.
        var tickLabelPads = [0.35, 0.35, 0.35]

        /// Fig 11, beside the diagram: from 0.074 W to 0.616 W and from 0.325 H to 0.922 H; the tick labels stand
        /// further from their axes than the 3-D default, x's furthest (fitted to Fig 11's 13 tick labels: they stand
        /// within 3 px of the slide's at 1600 px width, the x labels' row up to 12 px right of it).
        static let besideDiagram = SlideFrame(left: 0.074, top: 0.325, width: 0.542, height: 0.597, tickLabelPads: [0.65, 0.55, 0.45])
        /// Fig 10 beside the same diagram: its narrower tick labels leave the stretched box room to reach further right,
        /// so its region is 1.1 % of the width wider and reaches 1.2 % of the height lower (from 0.314 H to 0.909 H), the
        /// tick labels as large as Fig 11's: on its fixed axes its x, y₁ and y₂ tick labels stand within 3 px of the
        /// slide's rows at 1596 px width (its box stood 10–16 px short of the slide's bottom from 0.318 H to 0.893 H).
        static let untrainedBesideDiagram = SlideFrame(left: 0.074, top: 0.314, width: 0.553, height: 0.595,
                                                       tickLabelShare: 0.036 * 0.597 / 0.595, tickLabelPads: [0.65, 0.55, 0.45])
        /// Fig 9, whose formula column leaves more room: from 0.077 W to 0.676 W and from 0.278 H to 0.926 H; the x
        /// labels a little further out (fitted to its tick labels: within 5 px of the slide's, "0.8" and "1.0" up to 12 px right).
        static let besideFormulas = SlideFrame(left: 0.077, top: 0.278, width: 0.5985, height: 0.648, tickLabelShare: 0.0337,
                                               tickLabelPads: [0.5, 0.35, 0.35])
    }

    /// Where the plot goes: the whole figure, or the slide's plot region left of its text.
    static func plotFrame(_ e: Experiment, slide: Bool, region: SlideFrame = .besideDiagram) -> Rect {
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        return slide ? Rect(x: region.left * w, y: region.top * h, width: region.width * w, height: region.height * h)
                            : Rect(x: 0.01 * w, y: 0.01 * h, width: 0.98 * w, height: 0.98 * h)
    }

    /// `edgeWidth`: the markers' edge in their own colour (matplotlib's default); at alpha < 1 its inner half doubles
    /// over the face and shows as a lighter rim, which 15-1 Fig 1's slide does not have.
    /// `lightening`: each colour mixed that far toward `light` (nil: the colour map's own colours).
    static func rainbowScatter(_ points: [Point3D], size: Double, alpha: Double, edgeWidth: Double = 1,
                               lightening: (light: Color, fraction: Double)? = nil) -> Mark3D {
        return .scatter(Scatter3D(points: points, marker: MarkerStyle(sizePixels: size, fill: nil, edgeWidthPixels: edgeWidth),
                           colors: points.map { x in
                               let c = ColorMap.rainbow.color(atFraction: x.x)
                               return lightening.map { c.mixed(with: $0.light, fraction: $0.fraction) } ?? c
                           }, alpha: alpha))
    }
}

/// 15-1 Fig 1 and 15-2 Fig 9: the horn training samples in 3-D, coloured by x (rainbow).
struct HornDataFigure {
    let context: ExperimentContext
    let plot: HornDataPlot

    func build() -> FigureOutput {
        let e = context.experiment
        let horn = HornContext(context)
        let shown = Array(horn.data.prefix(plot.sampleCount))
        let points = shown.map { Point3D($0.x, $0.y.x, $0.y.y) }
        let sheet = e.styleSheet
        let view = HornContext.View(limits: (plot.y1Limits, plot.y2Limits), elevation: plot.elevation, azimuth: plot.azimuth, slide: plot.slide)
        var axes = horn.axes(sheet, frame: HornContext.plotFrame(e, slide: plot.slide, region: .besideFormulas), marks: [plot.slide ? HornContext.rainbowScatter(points, size: Self.slideMarker.size, alpha: Self.slideMarker.alpha, edgeWidth: 0,
                                                                                   lightening: (sheet.foreground, Self.slideMarker.lightening))
                                     // 15-1 Fig 1: markers without an edge, as large as the edged ones reach (12 + 1).
                                     : HornContext.rainbowScatter(points, size: Self.fig1MarkerSize, alpha: 0.8, edgeWidth: 0)], view: view,
                             colouredLabels: !plot.slide, region: .besideFormulas)
        if plot.slide {
            axes.tickLabelSizePixels = HornContext.SlideFrame.besideFormulas.tickLabelShare * axes.frame.height
        } else {
            HornDataFigure.drawAsFig1(&axes, theme: sheet, canvas: Rect(x: 0, y: 0, width: Double(e.widthPixels), height: Double(e.heightPixels)))
        }
        let slide = plot.slide ? LectureSlides(height: Double(e.heightPixels), theme: sheet).generatingProcess() : []
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes3D: [axes], slide: slide),
                            data: ["x": .numbers(shown.map(\.x)), "y": .points(shown.map(\.y)), "sampleCount": .number(Double(shown.count)),
                                   "noise": .number(e.data.noise)])
    }
}

extension HornDataFigure {
    /// 15-2 Fig 9's markers: flat dots 9 points across, at 0.9 opacity, their colours mixed 10 % toward the
    /// foreground's white, with no lighter rim. Measured on isolated dots at the slide's 1592 px width: a median of
    /// 63.5 lit pixels, 9 px across (the slide's 62.5 and 9; 48 and 8 at 8 points), and the brightest quarter of a dot's
    /// pixels a median saturation (max − min channel) of 84 of 255, the slide's 84 (63 at 0.8 opacity, 30 % toward
    /// white, which made the reds pink).
    static let slideMarker = (size: 9.0, alpha: 0.9, lightening: 0.1)
    /// 15-1 Fig 1's marker diameter in points: edgeless, as large as an edged 12-point marker reaches.
    static let fig1MarkerSize = 13.0
    /// 15-1 Fig 1's gaps between ticks and their labels (x, y₁, y₂), in tick label sizes, fitted with the box's place
    /// and height to the slide's 17 tick labels (a mean distance of 4.7 px at 600 px height). The slide's y₂ labels
    /// follow its leaning y₂ axis, so ours stand up to 7 px left of them at the top and 11 px right at the bottom.
    static let fig1TickLabelPads = [0.625, 0.6875, 1.225]
    /// 15-1 Fig 1's axis labels' gaps (x, y₁, y₂), in axis label sizes: the slide sets y₁ and y₂ closer to their tick
    /// labels than the 3-D default's 0.1 (at 0.1 they stood 10–12 px right of the slide's, at 600 px height; now
    /// within 2 px).
    static let fig1AxisLabelGaps = [0.1, -0.12, -0.05]

    /// 15-1 Fig 1 as its (older matplotlib) slide draws it: the box at the slide's size and place in its canvas (its
    /// ±10 ticks of y₂ 0.358 of the height apart, the slide's 0.353), white axis lines and ticks, a brighter grid, and
    /// upright axis labels.
    static func drawAsFig1(_ axes: inout Axes3D, theme: Theme, canvas: Rect) {
        // The slide's box sits a little right of and below the canvas' centre: placed so that its tick and axis labels
        // stand where the slide's do (a mean 4.7 px from them at 600 px height).
        axes.frame = Rect(x: canvas.minX + 0.03 * canvas.width, y: canvas.minY + 0.064 * canvas.height,
                          width: 0.97 * canvas.width, height: 0.93 * canvas.height)
        axes.zoom = 1.05
        axes.axisLineColor = theme.foreground
        axes.axisLineWidthPixels = 1.6
        axes.uprightAxisLabels = [true, true, true]
        // Its grid is in longer dashes than the 3-D default (5 on 3.5, at 85 %); its y₂ edge a little shorter than 4 : 4 : 3.
        axes.gridStyle = StrokeStyle(color: theme.gridColor.withAlpha(0.85), widthPixels: 1.1, dash: [5, 3.5])
        axes.boxAspect = Point3D(4, 4, 2.95)
        // Its tick labels are a tenth larger and stand further from their axes, y₂'s further still.
        axes.tickLabelSizePixels *= 1.1
        axes.tickLabelPad = 1.0
        axes.tickLabelPads = Self.fig1TickLabelPads
        axes.axisLabelGaps = Self.fig1AxisLabelGaps
    }
}

extension HornManifoldFigure {
    /// Figs 10–11's dots: the colour map's colours mixed 30 % toward the foreground's white at 0.85 opacity, as pale
    /// as the slides' (their brightest pixels' median channel range: 95–200 and 101–192 of 255 on the slides, 85–185
    /// and 108–204 now, 44–169 and 65–179 in the map's own colours at 0.8).
    static let slideLightening = 0.3
    static let slideAlpha = 0.85
    /// Their diameter in points: the slides' dots, softened by the capture, reach about 5 px across at 1600 px width.
    static let slideDotSize = 4.0
}

/// 15-2 Figs 10–11: the model's manifold (f₁(x) cos z, f₂(x) sin z) over x = 0:1/50:1 and the 48 z, untrained
/// (automatic axes) or trained (the data's axes), with the fit numbers of the trained predictor in the sidecar.
struct HornManifoldFigure {
    let context: ExperimentContext
    let plot: HornManifoldPlot

    func build() throws -> FigureOutput {
        let e = context.experiment
        let horn = HornContext(context)
        let (model, history) = try horn.model(trained: plot.trained)
        let xs = hornInputGrid()
        let points = xs.flatMap { x in model.manifold(x: x).map { Point3D(x, $0.x, $0.y) } }
        let sheet = e.styleSheet
        let view = HornContext.View(limits: plot.trained ? HornContext.dataLimits : nil, elevation: plot.elevation, azimuth: plot.azimuth,
                                    slide: plot.slide)
        let region: HornContext.SlideFrame = plot.trained ? .besideDiagram : .untrainedBesideDiagram
        var axes = horn.axes(sheet, frame: HornContext.plotFrame(e, slide: plot.slide, region: region), marks: [HornContext.rainbowScatter(points, size: plot.slide ? Self.slideDotSize : 3.5, alpha: plot.slide ? Self.slideAlpha : 0.8,
                                                                lightening: plot.slide ? (sheet.foreground, Self.slideLightening) : nil)],
                             view: view, region: region)
        if plot.slide && !plot.trained { Self.useUntrainedSlideAxes(&axes) }
        let slide = plot.slide ? LectureSlides(height: Double(e.heightPixels), theme: sheet)
            .manifold(trained: plot.trained, figureWidth: Double(e.widthPixels)) : []
        var data: [String: SidecarValue] = ["x": .numbers(xs), "z": .numbers(model.latents), "manifold": .array(points.map { .numbers([$0.x, $0.y, $0.z]) }),
                                            "predictorParameters": .numbers(model.predictor.parameters),
                                            "layerSizes": .numbers(model.predictor.layerSizes.map(Double.init))]
        if plot.trained {
            let report = hornFitReport(model: model, data: horn.data)
            data["fit"] = .object(["medianRelativeError": .number(report.medianRelativeError),
                                   "componentMedianRelativeErrors": .numbers([report.componentMedianRelativeErrors.x, report.componentMedianRelativeErrors.y]),
                                   "meanFreeEnergy": .number(report.meanFreeEnergy), "floorFreeEnergy": .number(report.floorFreeEnergy),
                                   "ratioToFloor": .number(report.meanFreeEnergy / report.floorFreeEnergy)])
            data["trainingLoss"] = .numbers(history.map(\.loss))
            // Every training sample (not only those another figure shows) and θ before and after training.
            data["trainingData"] = .object(["x": .numbers(horn.data.map(\.x)), "y": .points(horn.data.map(\.y))])
            if let training = e.training {
                data["training"] = TrainingRecord.neural(initial: try horn.model(trained: false).model.parameters, trained: model.parameters,
                                                         history: history, training: training, count: horn.data.count)
            }
            data["beta"] = .number(model.beta)
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes3D: [axes], slide: slide),
                            data: data)
    }
}
