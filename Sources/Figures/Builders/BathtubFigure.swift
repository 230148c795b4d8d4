import EBMCore
import Plotting

/// 15-2 Fig 1: F∞ of the untrained ellipse model as stacked 3-D contour lines ("bathtub"), coolwarm with an
/// extend-max colour bar and the slide's key beside it; `frames` azimuths add the rotation the lecture showed
/// as extra PNG frames, every frame with the colour bar and key in the same place.
struct ContourBathtubFigure {
    let context: ExperimentContext

    /// The lecture's box: y₁, y₂ ticks −1.5…1.5 and an F axis 0…0.30 on a short edge (box aspect 4 : 4 : 0.35),
    /// so that the tub, drawn at its levels up to 1, is shallow and elongated, rising above the box and
    /// spilling past its sides as matplotlib leaves it.
    static let yLimits = -1.5...1.5
    static let fLimits = 0.0...0.3

    func build() -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let y1 = e.plot.y1Grid.values, y2 = e.plot.y2Grid.values
        let values = freeEnergyGrid(decoder: context.decoder, y1: y1, y2: y2, beta: .infinity, latents: context.latents)
        let vmin = e.plot.colorMin ?? 0, vmax = e.plot.colorMax ?? 1
        let levels = (0..<e.plot.levels).map { vmin + (vmax - vmin) * Double($0) / Double(e.plot.levels - 1) }
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        // The bar spans most of the height at a fixed place; the key's labels line up with its top, middle and bottom.
        let strip = Rect(x: 0.735 * w, y: 0.04 * h, width: 0.03 * w, height: 0.82 * h)
        let bar = ColorbarSpec(colorMap: .coolwarm, vmin: vmin, vmax: vmax, ticks: .automatic(maxTicks: 11), extendMax: true,
                               widthPixels: 0.022 * w, gapPixels: 0)
        let barTop = strip.minY + 0.05 * strip.height
        func keyRow(_ relation: String, value: Double) -> SlideElement {
            let s = 0.1 * h
            let color = sheet.keyColor(ColorMap.coolwarm.color(for: value, vmin: vmin, vmax: vmax))
            let key: MathBlock = .row([.math("$F$", size: s, color: value > vmin && value < vmax ? nil : color),
                                       LectureSlides.subscripted("$\\infty$", size: s, color: nil), .math("$\(relation) \(Tick.format(value))$", size: s)])
            let y = barTop + (strip.maxY - barTop) * (1 - (value - vmin) / (vmax - vmin))
            return .block(key, at: Point(0.805, 1 - y / h), anchor: TextAnchor(.left, .center))
        }
        let key = [keyRow("\\geq", value: vmax), keyRow("=", value: (vmin + vmax) / 2), keyRow("=", value: vmin)]
        func figure(azimuth: Double) -> Figure {
            let contours = ContourStack(x: y1, y: y2, values: values, levels: levels, colorMap: .coolwarm, vmin: vmin, vmax: vmax,
                                        widthPixels: 0.0042 * w, outline: sheet.axesBackground, outlineWidthPixels: 0.0065 * w)
            let axes = Axes3D(frame: Rect(x: 0.005 * w, y: 0.01 * h, width: 0.71 * w, height: 0.98 * h),
                              xLimits: Self.yLimits, yLimits: Self.yLimits, zLimits: Self.fLimits,
                              elevationDegrees: e.plot.elevation, azimuthDegrees: azimuth, boxAspect: Point3D(4, 4, 0.35), zoom: 2.5,
                              xTicks: .step(0.5), yTicks: .step(0.5), zTicks: .step(0.15),
                              xLabel: "$y_1$", yLabel: "$y_2$", zLabel: "$F_\\infty(\\boldsymbol{y})$", marks: [.contour(contours)],
                              colorbar: bar, tickLabelSizePixels: 0.026 * h, axisLabelSizePixels: 0.11 * h, colorbarStrip: strip)
            return Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes3D: [axes], slide: key)
        }
        return FigureOutput(figure: figure(azimuth: e.plot.azimuth),
                            data: ["y1": .numbers(y1), "y2": .numbers(y2), "freeEnergy": .grid(values, columns: y1.count), "levels": .numbers(levels),
                                   "colorRange": .numbers([vmin, vmax]), "frames": .numbers(e.plot.frames), "decoder": .decoder(context.decoder)],
                            frames: e.plot.frames.map(figure(azimuth:)))
    }
}
