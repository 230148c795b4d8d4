import ExperimentSpec
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

/// 15-1 Fig 5: E(y′, z) for y′ = Y[23] over [−2π, 4π) with z̃ (orange X), the descent from z̃ (dashed arrow),
/// ž = the global minimum (blue X) and F∞ marked at the third copy of it; when the descent ends in another basin its
/// end is ringed too (docs/experiments.md, "Inference").
struct EnergyCurveFigure {
    let context: ExperimentContext
    let plot: EnergyCurvePlot

    /// The legend's line handle and row gap, in font sizes: the slide's E(y′, z) line is 0.082 of the width long
    /// (ours at matplotlib's 2: 0.078) and its rows 0.087 of the height apart (ours at 0.5: 0.090; box 0.310 H tall).
    static let legendHandleLength = 2.1
    static let legendLabelSpacing = 0.435
    /// How far the legend's handles stand above their rows' middles, in font sizes: the slide's first line is 0.079 of
    /// the height below the box's top (ours centred: 0.083).
    static let legendHandleRaise = 0.07
    /// The dashed descent arrow as the slide draws it (measured at 1000 px of width): dashes 4.6 px thick (orange across
    /// a dash: 4.5 px; ours at 7 points: 7.0), 19 on 15, the first from 409 px (z̃'s cross at 392: a gap of 0.38 in z);
    /// its head 23 px long and as wide (base at 478, tip at 501: 0.19 short of ž); before, 28 × 28 from 468 to 496.
    static let descentArrow = (width: 4.6, dash: [19.0, 15.0], head: 23.0, startGap: 0.38, endGap: 0.19)
    /// The F∞ label over the ringed minimum as the slide sets it (at 1000 px of width): its F's ink from 373 to 412 px
    /// down (ours at 2.6 above the minimum: 365–405), the ∞ 8 px clear of the F (ours touching: a thin space of the
    /// script size), centred 819 px across (the label a little right of the ring to keep the F from 757, the slide's
    /// 758); the arrow from 433 px (ours at 2.4 above: 427). Offsets in data units above the minimum and along z.
    static let freeEnergyLabel = (rise: 2.42, shift: 0.08, arrowTop: 2.26, subscript: "_{\\,\\infty}")

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let (yPrime, name) = context.yPrime(plot.yPrime)
        let z = zSamples(fromPi: plot.zFromPi, toPi: plot.zToPi, perPeriod: plot.zPointsPerPeriod)
        let energies = z.map { context.decoder.energy(yPrime, z: $0) }
        // The lecture's descent from z̃, and the global minimum F∞ (they differ when z̃ lies in another basin).
        let inference = try ShownInference(decoder: context.decoder, y: yPrime, zTilde: plot.zTilde, gridCount: context.latents.count)
        let path = inference.descent.path
        let zCheck = inference.zCheck
        let freeEnergy = inference.minimum.energy
        // F∞ is marked on the copy of the minimum furthest right inside the plotted range (the lecture's third one).
        var zMark = zCheck
        while zMark + 2 * Double.pi < z.last! { zMark += 2 * Double.pi }
        let yMax = (energies.max()! / 2).rounded(.up) * 2
        // The dashed arrow of the descent, from z̃ to where it ends, stopping short of both markers (none when they nearly coincide).
        let zEnd = inference.descent.end
        let direction: Double = zEnd >= plot.zTilde ? 1 : -1
        let arrow: [Mark] = abs(zEnd - plot.zTilde) > 0.8
            ? [.arrow(ArrowMark(points: [Point(plot.zTilde + Self.descentArrow.startGap * direction, 0),
                                         Point(zEnd - Self.descentArrow.endGap * direction, 0)], color: sheet[.latent],
                                widthPixels: Self.descentArrow.width, dash: Self.descentArrow.dash,
                                headLengthPixels: Self.descentArrow.head, headWidthPixels: Self.descentArrow.head))]
            : []
        let marks: [Mark] = arrow + [
            .line(LineSeries(points: zip(z, energies).map { Point($0, $1) }, color: sheet[.energy], widthPixels: 3.5,
                             marker: MarkerStyle(sizePixels: 10, fill: sheet[.energy]), label: "$E(\\boldsymbol{y'}, z)$")),
            LectureStyle.cross(sheet, Point2(plot.zTilde, 0), color: sheet[.latent], size: 22, label: "$\\tilde{z}$"),
            LectureStyle.cross(sheet, Point2(zCheck, 0), color: sheet[.minimum], size: 22, label: "$\\check{z}$"),
        ] + (inference.endsAtGlobalMinimum ? [] : [descentEndMark(sheet, Point2(inference.descent.end, inference.descent.energy), size: 22)]) + [
            .scatter(Scatter(points: [Point(zMark, freeEnergy)], marker: MarkerStyle(sizePixels: 27, fill: nil, edge: sheet[.minimum], edgeWidthPixels: 5))),
            .arrow(ArrowMark(points: [Point(zMark, freeEnergy + Self.freeEnergyLabel.arrowTop), Point(zMark, freeEnergy + 0.75)], color: sheet[.minimum], widthPixels: 4,
                             headLengthPixels: 14, headWidthPixels: 12)),
            .annotation(Annotation("$\\textcolor{\(sheet[.minimum].hexString)}{F}\(Self.freeEnergyLabel.subscript)$",
                                   at: Point(zMark + Self.freeEnergyLabel.shift, freeEnergy + Self.freeEnergyLabel.rise),
                                   anchor: TextAnchor(.center, .bottom), sizePixels: 60, color: sheet.foreground)),
        ]
        var legend = LegendSpec(location: .upperRight, fontSizePixels: 39, handleLength: Self.legendHandleLength)
        legend.labelSpacing = Self.legendLabelSpacing
        legend.handleRaise = Self.legendHandleRaise
        let axes = zAxes(frame: LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (0.043, 0.032, 0.03, 0.141)),
                         zRange: zMargins(z), yLimits: -0.5...(yMax + 0.5), yStep: 2, marks: marks,
                         legend: legend)
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes: [axes]),
                            data: ["yPrime": .points([yPrime]), "yPrimeName": .string(name), "z": .numbers(z), "energy": .numbers(energies),
                                   "zTilde": .number(plot.zTilde), "zCheck": .number(zCheck), "inferencePath": .numbers(path),
                                   "freeEnergy": .number(freeEnergy), "inference": inference.sidecar,
                                   "zMark": .number(zMark), "latents": .number(Double(context.latents.count)), "decoder": .decoder(context.decoder)])
    }
}

/// 15-1 Fig 10: E(y′, z) for several points y′ (the five rings of Fig 9) over [−2π, 4π), bmh colours,
/// with each ž (the global minimum, `latentMinimum`) marked on the z axis at the copy of its angle nearest to z = 0
/// (clamped into the plotted range): where the lecture draws them, e.g. −0.08 rather than 6.21.
struct EnergyCurvesFigure {
    let context: ExperimentContext
    let plot: EnergyCurvesPlot

    /// The axis labels' size relative to the lecture's axis label size: the slide's E(y′, z) inks 0.292 of the height
    /// (ours 0.269 at 0.9) and its z 0.043 (ours 0.040).
    static let axisLabelScale = 0.98
    /// The frame's width in points: the slide's spines carry 0.86 pixels of white per 1000 pixels of width.
    static let slideFrameWidth = 1.15

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let points = plot.points.map { Point2($0[0], $0[1]) }
        let z = zSamples(fromPi: plot.zFromPi, toPi: plot.zToPi, perPeriod: plot.zPointsPerPeriod)
        var marks: [Mark] = [], crosses: [Mark] = []
        var curves: [SidecarValue] = [], checks: [Double] = [], minima: [LatentMinimum] = []
        // Each ž is drawn at the angle of its cell on the lecture's π/12 latent grid [0, 2π): in [−π/24, 2π − π/24), so
        // a minimum just below 2π (15-1 Fig 10's blue point, 6.208) shows at −0.075 as on the slide, while one at 6.147
        // stays there (docs/lecture.md §8). Shifted into the plotted range when that lies elsewhere.
        let lectureWindowCentre = Double.pi - Double.pi / 24
        let target = min(max(lectureWindowCentre, z.first! + Double.pi), z.last! - Double.pi)
        var yMax = 0.0
        for (i, p) in points.enumerated() {
            let color = sheet.comparison(i)
            let energies = z.map { context.decoder.energy(p, z: $0) }
            yMax = max(yMax, energies.max()!)
            let minimum = context.decoder.latentMinimum(p, gridCount: context.latents.count)
            let zCheck = angleRepresentative(minimum.z, nearest: target)
            checks.append(zCheck)
            minima.append(minimum)
            curves.append(.numbers(energies))
            marks.append(.line(LineSeries(points: zip(z, energies).map { Point($0, $1) }, color: color, widthPixels: 3.5,
                                          marker: MarkerStyle(sizePixels: 10, fill: color))))
            crosses.append(LectureStyle.cross(sheet, Point2(zCheck, 0), color: color, size: 25, edged: true, label: nil))
        }
        // The ž crosses over every curve, in the points' order: a later cross covers an earlier one, as the slide's
        // purple cross covers the red one beside it.
        marks += crosses
        let axes = zAxes(frame: LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: (0.104, 0.027, 0.033, 0.125)),
                         zRange: zMargins(z),
                         yLimits: (-0.05 * yMax)...(1.05 * yMax), yStep: 2.5, marks: marks, legend: nil, zeroLines: false)
        var labelled = axes
        labelled.yLabel = "$E(\\boldsymbol{y'}, z)$"
        labelled.axisLabelSizePixels = Self.axisLabelScale * LectureStyle.axisLabelSize
        labelled.frameWidth = Self.slideFrameWidth
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet, axes: [labelled]),
                            data: ["points": .points(points), "z": .numbers(z), "energies": .array(curves), "zCheck": .numbers(checks),
                                   "zCheckReduced": .numbers(minima.map(\.z)), "freeEnergy": .numbers(minima.map(\.energy)),
                                   "gridFreeEnergy": .numbers(minima.map(\.gridEnergy)), "latents": .number(Double(context.latents.count)),
                                   "refinement": .refinementSettings, "decoder": .decoder(context.decoder)])
    }
}
