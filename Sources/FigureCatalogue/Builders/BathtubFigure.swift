import ExperimentSpec
import EBMCore
import Plotting

/// 15-2 Fig 1: F∞ of the untrained ellipse model as stacked 3-D contour lines ("bathtub"), coolwarm with an
/// extend-max colour bar and the slide's key beside it; `frames` azimuths add the rotation the lecture showed
/// as extra PNG frames, every frame with the colour bar and key in the same place.
struct ContourBathtubFigure {
    let context: ExperimentContext
    let plot: Contour3DPlot

    /// The lecture's box: y₁, y₂ ticks −1.5…1.5 and an F axis 0…0.30 ticked every 0.05. The tub is seen in a box
    /// of aspect 4 : 4 : 1.6 from close by (under 2 box sides, so that the far end of the tub does not shrink); the
    /// rotation frames draw the box in that view too, the slide's view draws it in `slideBox`.
    static let yLimits = -1.5...1.5
    static let fLimits = 0.0...0.3
    static let boxAspect = Point3D(4, 4, 1.6)
    static let viewerDistance = 7.0
    /// The lecture's picture is not consistent: its F axis (0…0.30) is as tall as the whole tub (levels up to 1)
    /// and the tub still looks shallow. Its rings are drawn as the eye sees them there, at 0.235 × their level
    /// against the F axis (the level-1 rim at 0.235), so the tub is shallow and spills past the box's sides.
    static let ringHeightScale = 0.235
    /// The rings' width as a fraction of the figure's width: the slide's rings cross the tub's middle in runs of 7.1 px
    /// on average at this figure's scale (ours were 8.4 px at 0.5 %).
    static let ringWidth = 0.0042
    /// The slide's box, measured apart from its tub (the two were not drawn by one projection): a camera fitted to
    /// the 18 tick marks of its three axes (1.3 px rms on the 1781 × 823 slide) is matplotlib's before 3.3, a cube
    /// seen from 10 sides away at elevation 70°, azimuth −60°, stretched 1.68 times horizontally to its axes'
    /// rectangle: its centre at (30.8 %, 48.9 %) of the slide, 10.26 % of its width and 13.19 % of its height per box
    /// unit across and up the screen (so the stretch follows the figure's shape, as matplotlib's did its axes').
    static let slideBox = (elevation: 70.0, azimuth: -60.0, aspect: Point3D(4, 4, 4), distance: 40.0,
                           center: Point(0.3081, 0.4885), unitsPerWidth: 0.10264, unitsPerHeight: 0.1319)

    /// The slide's grid inside the tub is the surface's own mesh, not the box's: thin grey lines about 40 px apart on the
    /// 1781-px slide (one per 0.25 sample of y₁ and y₂, as the sidecar's grid), bending with the tub from its back wall
    /// across its bottom, behind the rings, and ending below the rim. Drawn up to F = `meshBelow`, 1 px wide in the
    /// grid colour at `meshAlpha` (the slide's lines peak at 60–90 of 255 over about a pixel, ours at 75–95).
    static let meshBelow = 0.75
    static let meshAlpha = 0.55
    static let meshWidth = 1.0
    /// The slide's view's tick labels as a fraction of the height (measured: "−1.5" is 30 × 21 px of ink there, 8 %
    /// larger than the rotation frames' labels).
    static let slideTickLabelSize = 0.028
    /// The gap from a tick mark to its label in the slide's view, in label sizes (the slide's labels stand about 5 px
    /// farther out than the default gap sets them).
    static let slideTickLabelPad = 0.6
    /// The slide's axis labels lie over their tick labels, as matplotlib sets them without regard to those: y₁ and y₂
    /// over their 0.0, F∞(y) over 0.05 and 0.10 with its F beside the 0.05 tick. They are set there on purpose
    /// (`Axes3D.axisLabelsOverTickLabels`, which the label-overlap check accepts for this axes' own tick labels only),
    /// from the tick labels' reach by these gaps (in axis label sizes: y₁, y₂, F), y₂ at 53.5 % and F∞(y) at 37 % of
    /// their axes' length from their feet. Measured on the 1781-px slide: the y₁ glyph's centre within 16 px of the
    /// slide's, y₂'s ink within 3–8 px (18 px right and 40 px low at a gap of −0.2 and the axis' middle), F∞(y) level
    /// with the slide's to within 4 px (about 10 px higher at 45 %); each still keeps clear of the tick marks.
    static let slideAxisLabelGaps = [-0.48, -0.65, -0.65]
    static let slideFLabelPosition = 0.37
    static let slideY2LabelPosition = 0.535

    func build() -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let y1 = plot.y1.values, y2 = plot.y2.values
        let values = freeEnergyGrid(decoder: context.decoder, y1: y1, y2: y2, beta: .infinity, latents: context.latents)
        let vmin = plot.colorRange.lower, vmax = plot.colorRange.upper
        // Inclusive levels end on the colour bar's top (deep red); without the end (the shipped figure, 12 levels
        // 0, 1/12, …, 11/12) the outermost ring is coolwarm(0.92), salmon as on the slide.
        let steps = Double(plot.levelsIncludeMax ? plot.levels - 1 : plot.levels)
        let levels = (0..<plot.levels).map { vmin + (vmax - vmin) * Double($0) / steps }
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        // The bar spans most of the height at a fixed place; the key's labels line up with its top, middle and bottom.
        let strip = Rect(x: 0.747 * w, y: 0.04 * h, width: 0.03 * w, height: 0.82 * h)
        var bar = ColorbarSpec(colorMap: .coolwarm, vmin: vmin, vmax: vmax, ticks: .automatic(maxTicks: 11), extendMax: true,
                               widthPixels: 0.019 * w, gapPixels: 0)
        // The slide's colour-bar ticks are white and point into the bar from its right edge.
        bar.ticksInward = true
        bar.tickColor = sheet.foreground
        let barTop = strip.minY + 0.05 * strip.height
        func keyRow(_ relation: String, value: Double) -> SlideElement {
            let k = Self.Key.self, s = k.size * h
            let color = sheet.keyColor(ColorMap.coolwarm.color(for: value, vmin: vmin, vmax: vmax))
            let key: MathBlock = .row([.math("$F$", size: s, color: color), .space(k.subscriptKern * s),
                                       .raised(.math("$\\boldsymbol{\\infty}$", size: k.subscriptSize * s), up: -k.subscriptDrop * s),
                                       .math("$\(relation) \(Tick.format(value))$", size: s)])
            let y = barTop + (strip.maxY - barTop) * (1 - (value - vmin) / (vmax - vmin))
            // Where the slide sets it (80.5 % of the width), and on a narrow canvas clear of the bar's tick labels.
            let x = max(k.left * w, strip.minX + bar.widthPixels + 0.032 * h)
            return .block(key, at: Point(x / w, 1 - y / h - k.drop), anchor: TextAnchor(.left, .center))
        }
        let key = [keyRow("\\geq", value: vmax), keyRow("=", value: (vmin + vmax) / 2), keyRow("=", value: vmin)]
        func figure(azimuth: Double) -> Figure {
            // Thick rings without a dark outline: where they stack on the tub's outer wall they merge into one
            // coloured surface, as on the slide, instead of leaving black gaps between them.
            var contours = ContourStack(x: y1, y: y2, values: values, levels: levels, colorMap: .coolwarm, vmin: vmin, vmax: vmax,
                                        widthPixels: Self.ringWidth * w, heightScale: Self.ringHeightScale)
            contours.mesh = ContourMesh(below: Self.meshBelow, style: StrokeStyle(color: sheet.gridColor.withAlpha(Self.meshAlpha), widthPixels: Self.meshWidth))
            // The slide's view is placed, not fitted: the tub where the slide has it, the box as measured on the slide
            // (`slideBox`) without a grid of its own (the tub's mesh stands for it). A rotation frame turns the F axis and
            // its labels to the left, so its box is fitted into the space left of the bar; the floor has no grid.
            let placed = azimuth == plot.azimuth
            var axes = Axes3D(frame: placed ? Rect(x: 0.007 * w, y: 0.026 * h, width: 0.52 * w, height: 0.745 * h) : Rect(x: 0.005 * w, y: 0.01 * h, width: 0.71 * w, height: 0.98 * h),
                              xLimits: Self.yLimits, yLimits: Self.yLimits, zLimits: Self.fLimits,
                              elevationDegrees: plot.elevation, azimuthDegrees: azimuth, boxAspect: Self.boxAspect, zoom: placed ? 1.46 : 1.6,
                              xTicks: .step(0.5), yTicks: .step(0.5), zTicks: .step(0.05),
                              xLabel: "$y_1$", yLabel: "$y_2$", zLabel: "$F_\\infty(\\boldsymbol{y})$", marks: [.contour(contours)],
                              colorbar: bar, fitToFrame: !placed, tickLabelSizePixels: (placed ? Self.slideTickLabelSize : 0.026) * h, axisLabelSizePixels: 0.11 * h, colorbarStrip: strip,
                              viewerDistance: Self.viewerDistance, showFloorGrid: false)
            // The slide's colour-bar tick labels are bold and white, as the 2-D figures' tick labels.
            axes.colorbarTickLabelsInTickFace = true
            if placed {
                let b = Self.slideBox
                axes.boxView = Axes3DBoxView(elevationDegrees: b.elevation, azimuthDegrees: b.azimuth, boxAspect: b.aspect, viewerDistance: b.distance,
                                             center: Point(b.center.x * w, b.center.y * h), pixelsPerUnit: b.unitsPerHeight * h,
                                             horizontalStretch: b.unitsPerWidth * w / (b.unitsPerHeight * h))
                axes.showGrid = false
                axes.tickLabelPad = Self.slideTickLabelPad
                axes.axisLabelGaps = Self.slideAxisLabelGaps
                axes.axisLabelsOverTickLabels = true
                axes.axisLabelPositions = [0.5, Self.slideY2LabelPosition, Self.slideFLabelPosition]
            }
            return Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes3D: [axes], slide: key)
        }
        return FigureOutput(figure: figure(azimuth: plot.azimuth),
                            data: ["y1": .numbers(y1), "y2": .numbers(y2), "freeEnergy": .grid(values, columns: y1.count), "levels": .numbers(levels),
                                   "colorRange": .numbers([vmin, vmax]), "frames": .numbers(plot.frames),
                                   "ringHeightScale": .number(Self.ringHeightScale), "decoder": .decoder(context.decoder)],
                            frames: plot.frames.map(figure(azimuth:)))
    }
}
