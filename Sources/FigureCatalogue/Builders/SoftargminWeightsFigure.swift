import ExperimentSpec
import EBMCore
import Plotting

/// 15-2 Figs 3–5: the 48 ỹ coloured by exp(−β E(y′, z)) (viridis, colour bar from the data's min to max), with y and y′;
/// on the right, the lecture's insets: the inference picture (y′, g(z̃), g(ž)) and the E(y′, z) mini-panel, y′'s name and β.
struct SoftargminWeightsFigure {
    let context: ExperimentContext
    let plot: SoftargminWeightsPlot

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
        let mainFrame = Rect(x: 110, y: 20, width: w * 0.56 - 110, height: h - 120)
        let marks: [Mark] = [
            LectureStyle.dataPoints(sheet, context.data),
            LectureStyle.cross(sheet, yPrime, color: sheet[.query], size: 23, edged: true, label: nil),
            // The legend's y′ entry: the plot's × at the legend's marker scale, as on the slides.
            .scatter(Scatter(points: [], marker: MarkerStyle(shape: .boldX, sizePixels: 23, fill: sheet[.query], edge: sheet[.edge], edgeWidthPixels: 1.2),
                             label: LectureStyle.yPrime)),
            .scatter(Scatter(points: manifold.map(LectureStyle.point), marker: MarkerStyle(sizePixels: LectureStyle.pointSize, fill: sheet[.manifold]),
                             colors: colors)),
            // The legend's ỹ entry: the lecture's fixed blue swatch, whatever colours the weights give the points.
            .scatter(Scatter(points: [], marker: MarkerStyle(sizePixels: LectureStyle.pointSize, fill: sheet[.legendSwatch]), label: LectureStyle.yTilde)),
        ]
        var axes: [Axes] = [LectureStyle.yPlaneAxes(frame: mainFrame, y: -2.2...2.2, marks: marks,
                                                     legend: LegendSpec(location: .lowerCenter, columns: 3, fontSizePixels: 36, handleLength: 1.6, columnSpacing: 1.4),
                                                     colorbar: ColorbarSpec(colorMap: .viridis, vmin: lo, vmax: hi, ticks: .step(step), widthPixels: 30, gapPixels: 30))]
        var slide: [SlideElement] = []
        let text = 0.095 * h
        var annotations: [Annotation] = []
        var insetData: [String: SidecarValue] = [:]
        let insetLeft = w * 0.66
        if plot.inset {
            let inference = try ShownInference(decoder: context.decoder, y: yPrime, zTilde: plot.zTilde, gridCount: context.latents.count)
            let inset = Rect(x: insetLeft, y: 20, width: w - insetLeft - 20, height: h * 0.42)
            let insetMarks: [Mark] = [
                .scatter(Scatter(points: context.data.map(LectureStyle.point), marker: MarkerStyle(sizePixels: 8, fill: sheet[.data]), label: LectureStyle.y)),
                .scatter(Scatter(points: manifold.map(LectureStyle.point), marker: MarkerStyle(sizePixels: 8, fill: sheet[.manifold]), label: LectureStyle.yTilde)),
                .scatter(Scatter(points: [LectureStyle.point(yPrime)], marker: MarkerStyle(shape: .boldX, sizePixels: 10, fill: sheet[.query]), label: LectureStyle.yPrime)),
                .scatter(Scatter(points: [LectureStyle.point(context.decoder(plot.zTilde))], marker: MarkerStyle(shape: .boldX, sizePixels: 10, fill: sheet[.latent]),
                                 label: "$\\boldsymbol{g(\\tilde{z})}$")),
                .scatter(Scatter(points: [LectureStyle.point(context.decoder(inference.zCheck))], marker: MarkerStyle(shape: .boldX, sizePixels: 10, fill: sheet[.minimum]),
                                 label: "$\\boldsymbol{g(\\check{z})}$")),
            ]
            // The copy of 15-1 Fig 7 as the slide shows it: ticks ±2.5 inside a ±2.9 frame, y₂ turned, a bold legend.
            var insetAxes = Axes(frame: inset, xLimits: -2.9...2.9, yLimits: -1.75...1.75, equalAspect: true, xTicks: .step(0.5), yTicks: .step(0.5),
                                 xLabel: "$y_1$", yLabel: "$y_2$", zeroLines: true, marks: insetMarks,
                                 legend: LegendSpec(location: .lowerCenter, columns: 5, fontSizePixels: 17, handleLength: 1.5, columnSpacing: 1.2, handlePad: 0.6), tickLabelSizePixels: 8, axisLabelSizePixels: 28)
            insetAxes.yLabelRotated = true
            axes.append(insetAxes)
            // The E(y′, z) mini-panel over one period, at the lecture's drawing step π/12.
            let zs = LatentGrid(count: 24).values
            let curve = zs.map { context.decoder.energy(yPrime, z: $0) }
            // One scale for every sample's curve, as in 15-1 Fig 4: the largest energy over the data set.
            let curveTop = max(1, context.data.map { y in zs.map { context.decoder.energy(y, z: $0) }.max()! }.max()!.rounded(.up))
            let mini = Rect(x: 0.73 * w, y: 0.685 * h, width: 0.085 * w, height: 0.185 * h)
            axes.append(Axes(frame: mini, xLimits: -0.25...(2 * Double.pi), yLimits: (-0.1 * curveTop)...(1.1 * curveTop), xTicks: .none, yTicks: .none,
                             showTickLabels: false, grid: false, frameColor: sheet[.panelFrame],
                             marks: [.line(LineSeries(points: zip(zs, curve).map { Point($0, $1) }, color: sheet[.energy], widthPixels: 2.5,
                                                      marker: MarkerStyle(sizePixels: 6, fill: sheet[.energy])))]))
            insetData = ["inference": inference.sidecar, "insetZ": .numbers(zs), "insetEnergy": .numbers(curve), "insetTop": .number(curveTop)]
            let small = 0.1 * h
            slide += [
                .block(.math("$\(Tick.format(curveTop))$", size: small), at: Point((mini.minX - 6) / w, 1 - mini.minY / h), anchor: TextAnchor(.right, .top)),
                // The slide's "0" hangs at the box's bottom edge, half below it, just above "z = 0".
                .block(.math("$0$", size: small), at: Point((mini.minX - 6) / w, 1 - mini.maxY / h), anchor: TextAnchor(.right, .center)),
                .block(.row([.math("$z$", size: small, color: sheet[.latent]), .math("$ = 0$", size: small)]),
                       at: Point((mini.minX - 0.012 * w) / w, 1 - (mini.maxY + 0.035 * h) / h), anchor: TextAnchor(.right, .top)),
                .block(.math("$2\\pi$", size: small), at: Point(mini.maxX / w, 1 - (mini.maxY + 0.035 * h) / h), anchor: TextAnchor(.center, .top)),
            ]
        }
        // "y′ = Y[23]": y′ bold green, Y bold blue, the rest white; "β = 1" with only β coloured.
        let nameBlock: MathBlock = name.hasPrefix("Y[")
            ? .row([.math("$\\boldsymbol{Y}$", size: text, color: sheet[.data]), .math("$\(name.dropFirst())$", size: text)])
            : .math("$\(name)$", size: text)
        slide.append(.block(.row([.math(LectureStyle.yPrime, size: text, color: sheet[.query]), .math("$ = $", size: text), nameBlock]),
                            at: Point(insetLeft / w - 0.01, plot.inset ? 0.41 : 0.37), anchor: TextAnchor(.left, .center)))
        slide.append(.block(.row([.math("$\\beta$", size: text, color: sheet[.beta]), .math("$ = \(Tick.format(beta))$", size: text)]),
                            at: Point(0.965, 0.2), anchor: TextAnchor(.right, .center)))
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
