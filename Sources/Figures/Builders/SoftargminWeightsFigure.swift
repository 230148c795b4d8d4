import EBMCore
import Plotting

/// 15-2 Figs 3–5: the 48 ỹ coloured by exp(−β E(y′, z)) (viridis, colour bar from the data's min to max), with y and y′;
/// on the right, the lecture's insets: the inference picture (y′, g(z̃), g(ž)) and the E(y′, z) mini-panel, y′'s name and β.
struct SoftargminWeightsFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment
        let (yPrime, name) = try context.yPrime(default: .index(23))
        let beta = e.plot.beta
        let manifold = context.decoder.manifold(context.latents)
        let energies = context.decoder.energies(yPrime, latents: context.latents)
        // The lecture's exp(−βE) while it is drawable, else the normalised weights (said in the figure).
        let colouring = WeightColouring(energies: energies, beta: beta)
        let weights = colouring.weights
        let lo = colouring.range.lowerBound, hi = colouring.range.upperBound
        let colors = weights.map { ColorMap.viridis.color(for: $0, vmin: lo, vmax: hi) }
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let mainFrame = Rect(x: 110, y: 20, width: w * 0.56 - 110, height: h - 120)
        let marks: [Mark] = [
            LectureStyle.dataPoints(context.data),
            LectureStyle.cross(yPrime, color: Palette.yellowGreen, size: 28, label: LectureStyle.yPrime),
            .scatter(Scatter(points: manifold.map(LectureStyle.point), marker: MarkerStyle(sizePixels: LectureStyle.pointSize, fill: Palette.orchid),
                             colors: colors, label: LectureStyle.yTilde)),
        ]
        let span = hi - lo
        let step = Ticks.niceStep(span: span, maxTicks: 9)
        var axes: [Axes] = [LectureStyle.yPlaneAxes(frame: mainFrame, y: -2.2...2.2, marks: marks,
                                                     legend: LegendSpec(location: .lowerCenter, columns: 3, fontSizePixels: 28),
                                                     colorbar: ColorbarSpec(colorMap: .viridis, vmin: lo, vmax: hi, ticks: .step(step), widthPixels: 30, gapPixels: 30))]
        var annotations: [Annotation] = []
        var insetData: [String: SidecarValue] = [:]
        let insetLeft = w * 0.66
        if e.plot.showInference {
            let inference = try ShownInference(decoder: context.decoder, y: yPrime, zTilde: e.plot.zTilde, gridCount: context.latents.count)
            let inset = Rect(x: insetLeft, y: 20, width: w - insetLeft - 20, height: h * 0.42)
            let insetMarks: [Mark] = [
                .scatter(Scatter(points: context.data.map(LectureStyle.point), marker: MarkerStyle(sizePixels: 7, fill: Palette.lightBlue), label: LectureStyle.y)),
                .scatter(Scatter(points: manifold.map(LectureStyle.point), marker: MarkerStyle(sizePixels: 7, fill: Palette.orchid), label: LectureStyle.yTilde)),
                .scatter(Scatter(points: [LectureStyle.point(yPrime)], marker: MarkerStyle(shape: .boldX, sizePixels: 10, fill: Palette.yellowGreen), label: LectureStyle.yPrime)),
                .scatter(Scatter(points: [LectureStyle.point(context.decoder(e.plot.zTilde))], marker: MarkerStyle(shape: .boldX, sizePixels: 10, fill: Palette.orange),
                                 label: "$g(\\tilde{z})$")),
                .scatter(Scatter(points: [LectureStyle.point(context.decoder(inference.zCheck))], marker: MarkerStyle(shape: .boldX, sizePixels: 10, fill: Palette.lightBlue),
                                 label: "$g(\\check{z})$")),
            ]
            axes.append(Axes(frame: inset, xLimits: -3...3, yLimits: -1.75...1.75, equalAspect: true, xTicks: .step(0.5), yTicks: .step(0.5),
                             xLabel: "$y_1$", yLabel: "$y_2$", zeroLines: true, marks: insetMarks,
                             legend: LegendSpec(location: .lowerCenter, columns: 5, fontSizePixels: 14), tickLabelSizePixels: 8, axisLabelSizePixels: 20))
            // The E(y′, z) mini-panel over one period, on the experiment's latent grid.
            let zs = context.latents.values
            let curve = zs.map { context.decoder.energy(yPrime, z: $0) }
            // One scale for every sample's curve, as in 15-1 Fig 4: the largest energy over the data set.
            let curveTop = max(1, context.data.map { y in zs.map { context.decoder.energy(y, z: $0) }.max()! }.max()!.rounded(.up))
            let mini = Rect(x: insetLeft + 60, y: h * 0.62, width: 110, height: 110)
            axes.append(Axes(frame: mini, xLimits: -0.2...(2 * Double.pi + 0.2), yLimits: (-0.03 * curveTop)...(1.03 * curveTop), xTicks: .none, yTicks: .none, showTickLabels: false,
                             grid: false, frameColor: Color(grey: 0.75),
                             marks: [.line(LineSeries(points: zip(zs, curve).map { Point($0, $1) }, color: Palette.salmon, widthPixels: 2,
                                                      marker: MarkerStyle(sizePixels: 4, fill: Palette.salmon)))]))
            insetData = ["inference": inference.sidecar, "insetZ": .numbers(zs), "insetEnergy": .numbers(curve), "insetTop": .number(curveTop)]
            annotations += [
                Annotation(Tick.format(curveTop), at: Point((mini.minX - 6) / w, 1 - mini.minY / h), coordinates: .figureFraction, anchor: TextAnchor(.right, .top), sizePixels: 26),
                Annotation("0", at: Point((mini.minX - 6) / w, 1 - mini.maxY / h), coordinates: .figureFraction, anchor: TextAnchor(.right, .bottom), sizePixels: 26),
                Annotation("$z = 0 \\quad\\quad 2\\pi$", at: Point((mini.minX - 30) / w, 1 - (mini.maxY + 12) / h), coordinates: .figureFraction,
                           anchor: TextAnchor(.left, .top), sizePixels: 30, color: Palette.orange),
            ]
        }
        annotations.append(Annotation("$y' = \(name)$", at: Point((insetLeft + 10) / w, 0.42), coordinates: .figureFraction,
                                      anchor: TextAnchor(.left, .center), sizePixels: 40, color: Palette.yellowGreen))
        if colouring.normalised {
            annotations.append(Annotation("colours: normalised weights softargmin(βE); exp(−βE) underflows or is constant here",
                                          at: Point(0.01, 0.01), coordinates: .figureFraction, anchor: TextAnchor(.left, .bottom), sizePixels: 20,
                                          color: Palette.paleYellow))
        }
        annotations.append(Annotation("$\\beta = \(Tick.format(beta))$", at: Point(0.97, 0.2), coordinates: .figureFraction, anchor: TextAnchor(.right, .center),
                                      sizePixels: 44, color: Palette.paleYellow))
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark,
                                           axes: axes, annotations: annotations),
                            data: insetData.merging(["yPrime": .points([yPrime]), "yPrimeName": .string(name), "beta": .number(beta), "z": .numbers(context.latents.values),
                                   "yTilde": .points(manifold), "energy": .numbers(energies), "weight": .numbers(weights), "colorRange": .numbers([lo, hi]),
                                   "weightsNormalised": .bool(colouring.normalised),
                                   "y": .points(context.data), "decoder": .decoder(context.decoder)]) { $1 })
    }
}

#if canImport(Glibc)
import Glibc
#endif
