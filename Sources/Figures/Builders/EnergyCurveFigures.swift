import EBMCore
import Plotting

/// z samples from `fromPi`·π to `toPi`·π (end excluded), `perPeriod` per 2π.
func zSamples(fromPi: Double, toPi: Double, perPeriod: Int) -> [Double] {
    let step = 2 * Double.pi / Double(perPeriod)
    let count = Int(((toPi - fromPi) * Double.pi / step - 1e-9).rounded(.up))
    return (0..<count).map { fromPi * Double.pi + Double($0) * step }
}

/// matplotlib's default 5 % data margins around the z samples (the lecture's −7.2…13.2 for [−2π, 4π)).
func zMargins(_ z: [Double]) -> ClosedRange<Double> {
    let span = z.last! - z.first!
    return (z.first! - 0.05 * span)...(z.last! + 0.05 * span)
}

/// The z axes of the energy-curve figures: z label, zero lines (Fig 5 only), ticks every 2.5.
func zAxes(frame: Rect, zRange: ClosedRange<Double>, yLimits: ClosedRange<Double>, yStep: Double, marks: [Mark], legend: LegendSpec?,
           zeroLines: Bool = true) -> Axes {
    var axes = Axes(frame: frame, xLimits: zRange, yLimits: yLimits, xTicks: .step(2.5), yTicks: .step(yStep), xLabel: "$z$",
                    zeroLines: zeroLines, marks: marks, legend: legend, tickLabelSizePixels: LectureStyle.tickLabelSize,
                    axisLabelSizePixels: LectureStyle.axisLabelSize)
    axes.yLabelRotated = true
    return axes
}

/// 15-1 Fig 5: E(y′, z) for y′ = Y[23] over [−2π, 4π) with z̃ (orange X), ž found by gradient descent from z̃
/// (blue X), the dashed arrow between them, and F∞ marked at the third minimum.
struct EnergyCurveFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment
        let theme = Theme.named(e.theme) ?? .dark
        let (yPrime, name) = try context.yPrime(default: .index(23))
        let z = zSamples(fromPi: e.plot.zFromPi, toPi: e.plot.zToPi, perPeriod: e.plot.zPointsPerPeriod)
        let energies = z.map { context.decoder.energy(yPrime, z: $0) }
        let path = context.decoder.continuousInference(yPrime, from: e.plot.zTilde, learningRate: 0.05, steps: 400)
        let zCheck = path.last!
        let freeEnergy = context.decoder.energy(yPrime, z: zCheck)
        // F∞ is marked on the copy of the minimum furthest right inside the plotted range (the lecture's third one).
        var zMark = zCheck
        while zMark + 2 * Double.pi < z.last! { zMark += 2 * Double.pi }
        let yMax = (energies.max()! / 2).rounded(.up) * 2
        // The dashed arrow from z̃ toward ž, stopping short of both markers (none when they nearly coincide).
        let direction: Double = zCheck >= e.plot.zTilde ? 1 : -1
        let arrow: [Mark] = abs(zCheck - e.plot.zTilde) > 0.8
            ? [.arrow(ArrowMark(points: [Point(e.plot.zTilde + 0.25 * direction, 0), Point(zCheck - 0.3 * direction, 0)], color: Palette.orange,
                                widthPixels: 5, dash: [16, 8], headLengthPixels: 15, headWidthPixels: 21))]
            : []
        let marks: [Mark] = arrow + [
            .line(LineSeries(points: zip(z, energies).map { Point($0, $1) }, color: Palette.salmon, widthPixels: 3.5,
                             marker: MarkerStyle(sizePixels: 10, fill: Palette.salmon), label: "$E(\\boldsymbol{y'}, z)$")),
            LectureStyle.cross(Point2(e.plot.zTilde, 0), color: Palette.orange, size: 22, label: "$\\tilde{z}$"),
            LectureStyle.cross(Point2(zCheck, 0), color: Palette.lightBlue, size: 22, label: "$\\check{z}$"),
            .scatter(Scatter(points: [Point(zMark, freeEnergy)], marker: MarkerStyle(sizePixels: 27, fill: nil, edge: Palette.lightBlue, edgeWidthPixels: 5))),
            .arrow(ArrowMark(points: [Point(zMark, freeEnergy + 2.4), Point(zMark, freeEnergy + 0.75)], color: Palette.lightBlue, widthPixels: 4,
                             headLengthPixels: 14, headWidthPixels: 12)),
            .annotation(Annotation("$\\textcolor{\(Palette.lightBlue.hexString)}{F}_\\infty$", at: Point(zMark, freeEnergy + 2.6),
                                   anchor: TextAnchor(.center, .bottom), sizePixels: 60, color: theme.foreground)),
        ]
        let axes = zAxes(frame: LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (0.0435, 0.01, 0.03, 0.12)),
                         zRange: zMargins(z), yLimits: -0.5...(yMax + 0.5), yStep: 2, marks: marks,
                         legend: LegendSpec(location: .upperRight, fontSizePixels: 42))
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: theme, axes: [axes]),
                            data: ["yPrime": .points([yPrime]), "yPrimeName": .string(name), "z": .numbers(z), "energy": .numbers(energies),
                                   "zTilde": .number(e.plot.zTilde), "zCheck": .number(zCheck), "inferencePath": .numbers(path),
                                   "freeEnergy": .number(freeEnergy), "decoder": .decoder(context.decoder)])
    }
}

/// 15-1 Fig 10: E(y′, z) for several points y′ (the five rings of Fig 9) over [−2π, 4π), bmh colours,
/// with each ž (grid argmin refined by gradient descent) marked on the z axis.
struct EnergyCurvesFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment
        let points = e.plot.points.map { Point2($0[0], $0[1]) }
        guard !points.isEmpty else { throw BuildError("plot.points: give at least one point [y1, y2]") }
        let z = zSamples(fromPi: e.plot.zFromPi, toPi: e.plot.zToPi, perPeriod: e.plot.zPointsPerPeriod)
        var marks: [Mark] = []
        var curves: [SidecarValue] = [], checks: [Double] = []
        var yMax = 0.0
        for (i, p) in points.enumerated() {
            let color = Palette.bmh[i % Palette.bmh.count]
            let energies = z.map { context.decoder.energy(p, z: $0) }
            yMax = max(yMax, energies.max()!)
            let start = context.decoder.zeroTemperatureInference(p, latents: context.latents).zCheck
            let zCheck = context.decoder.continuousInference(p, from: start, learningRate: 0.02, steps: 500).last!
            checks.append(zCheck)
            curves.append(.numbers(energies))
            marks.append(.line(LineSeries(points: zip(z, energies).map { Point($0, $1) }, color: color, widthPixels: 3.5,
                                          marker: MarkerStyle(sizePixels: 10, fill: color))))
            marks.append(LectureStyle.cross(Point2(zCheck, 0), color: color, size: 22, edged: true, label: nil))
        }
        let axes = zAxes(frame: LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (0.105, 0.01, 0.034, 0.125)),
                         zRange: zMargins(z),
                         yLimits: (-0.05 * yMax)...(1.05 * yMax), yStep: 2.5, marks: marks, legend: nil, zeroLines: false)
        var labelled = axes
        labelled.yLabel = "$E(\\boldsymbol{y'}, z)$"
        labelled.axisLabelSizePixels = 0.9 * LectureStyle.axisLabelSize
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark, axes: [labelled]),
                            data: ["points": .points(points), "z": .numbers(z), "energies": .array(curves), "zCheck": .numbers(checks),
                                   "decoder": .decoder(context.decoder)])
    }
}
