import EBMCore
import Plotting

/// 15-2 Fig 7: untrained (left) and trained (right), zero temperature (top) and warm (bottom), as heatmaps of the
/// free energy with the forces training applies: at zero temperature an arrow from each y̌ = g(ž) toward its y;
/// warm, arrows from every manifold point toward y′ weighted by softargmin (docs/lecture.md §4, §5.2).
struct TrainingCompositeFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment, p = e.plot
        guard let training = e.training else { throw BuildError("training: is required for this kind") }
        let cold = try context.trained(training, beta: .infinity)
        let warm = try context.trained(training, beta: p.warmTrainingBeta)
        let (yPrime, _) = try context.yPrime(default: .index(10))
        let y1 = p.y1Grid.values, y2 = p.y2Grid.values
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let panelWidth = (w - 120) / 2, panelHeight = (h - 40) / 2
        func frame(_ row: Int, _ column: Int) -> Rect {
            Rect(x: 80 + Double(column) * (panelWidth + 40), y: 10 + Double(row) * (panelHeight + 20), width: panelWidth - 110, height: panelHeight - 55)
        }
        var data: [String: SidecarValue] = ["y1": .numbers(y1), "y2": .numbers(y2), "untrained": .decoder(context.decoder),
                                            "trainedZeroTemperature": .decoder(cold.decoder), "trainedWarm": .decoder(warm.decoder),
                                            "warmTrainingBeta": .number(p.warmTrainingBeta), "yPrime": .points([yPrime])]
        var axes: [Axes] = []
        // Top row: zero temperature, before and after training.
        for (column, decoder) in [context.decoder, cold.decoder].enumerated() {
            let panel = HeatmapPanel(decoder: decoder, latents: context.latents, y1: y1, y2: y2, beta: .infinity)
            let values = panel.values
            let checks = context.data.map { decoder(decoder.zeroTemperatureInference($0, latents: context.latents).zCheck) }
            let gradients = panel.gradients
            data[column == 0 ? "untrainedYCheck" : "trainedYCheck"] = .points(checks)
            data[column == 0 ? "untrainedGradient" : "trainedGradient"] = .points(gradients)
            let pulls = zip(checks, context.data).map { c, y -> Mark in
                let d = y - c, n = (d * d).sum().squareRoot()
                let tip = n > 0 ? c + d / n * 0.35 : c
                return .arrow(ArrowMark(points: [LectureStyle.point(c), LectureStyle.point(tip)], color: .white, widthPixels: 1.6, headLengthPixels: 8, headWidthPixels: 7))
            }
            let marks: [Mark] = [panel.heatmap(values, vmin: 0, vmax: 2), panel.quiver(gradients), LectureStyle.manifoldLine(decoder)] + pulls + [
                LectureStyle.dataPoints(context.data, edged: true),
                .scatter(Scatter(points: checks.map(LectureStyle.point), marker: MarkerStyle(shape: .thinX, sizePixels: 10, fill: nil, edge: .white, edgeWidthPixels: 1.8),
                                 label: LectureStyle.yCheck)),
            ]
            axes.append(compact(panel.axes(frame: frame(0, column), marks: marks, vmin: 0, vmax: 2, colorbarStep: 0.25, extendMax: true,
                                           legend: LegendSpec(location: .lowerLeft, columns: 2, fontSizePixels: 22)), showX: false))
            data[column == 0 ? "untrainedFreeEnergy" : "trainedFreeEnergy"] = .grid(values, columns: y1.count)
        }
        // Bottom-left: warm, untrained, with softargmin-weighted arrows toward y′.
        let warmPanel = HeatmapPanel(decoder: context.decoder, latents: context.latents, y1: y1, y2: y2, beta: p.warmHeatmapBeta)
        let warmValues = warmPanel.values
        let manifold = context.decoder.manifold(context.latents)
        let weights = softargminWeights(context.decoder.energies(yPrime, latents: context.latents), beta: p.arrowBeta)
        let forces = zip(manifold, weights).map { g, weight in (yPrime - g) * weight }
        let longest = forces.map { ($0 * $0).sum().squareRoot() }.max() ?? 1
        let arrowScale = longest > 0 ? 0.5 / longest : 1
        let warmArrows = zip(manifold, forces).compactMap { g, f -> Mark? in
            let tip = g + f * arrowScale
            guard ((tip - g) * (tip - g)).sum().squareRoot() > 0.02 else { return nil }
            return .arrow(ArrowMark(points: [LectureStyle.point(g), LectureStyle.point(tip)], color: .white, widthPixels: 1.4, headLengthPixels: 7, headWidthPixels: 6))
        }
        let lowWarm = warmValues.min()!
        // The lecture's range is the data minimum to 2 (clipped); a model whose minimum is above 2 keeps a span.
        let highWarm = max(2, lowWarm + 0.5)
        axes.append(compact(warmPanel.axes(frame: frame(1, 0), marks: [warmPanel.heatmap(warmValues, vmin: lowWarm, vmax: highWarm), LectureStyle.manifoldLine(context.decoder)]
                                           + warmArrows + [LectureStyle.dataPoints(context.data, edged: true),
                                                           LectureStyle.cross(yPrime, color: Palette.yellowGreen, size: 18, edged: true, label: LectureStyle.yPrime)],
                                           vmin: lowWarm, vmax: highWarm, colorbarStep: 0.25, extendMax: true,
                                           legend: LegendSpec(location: .lowerLeft, columns: 2, fontSizePixels: 22)), showX: true))
        // Bottom-right: the warm-trained model's F at the drawing β.
        let trainedWarmPanel = HeatmapPanel(decoder: warm.decoder, latents: context.latents, y1: y1, y2: y2, beta: p.trainedWarmHeatmapBeta)
        let trainedWarmValues = trainedWarmPanel.values
        let lowTrained = trainedWarmValues.min()!
        let highTrained = max(lowTrained + 0.5, 4)
        axes.append(compact(trainedWarmPanel.axes(frame: frame(1, 1), marks: [trainedWarmPanel.heatmap(trainedWarmValues, vmin: lowTrained, vmax: highTrained),
                                                                          LectureStyle.manifoldLine(warm.decoder), LectureStyle.dataPoints(context.data, edged: true)],
                                                  vmin: lowTrained, vmax: highTrained, colorbarStep: 0.5, extendMax: true,
                                                  legend: LegendSpec(location: .lowerLeft, fontSizePixels: 22)), showX: true))
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
        data["pullLength"] = .number(0.35)
        data["warmArrows"] = .object(["origins": .points(manifold), "forces": .points(forces), "scale": .number(arrowScale),
                                      "minimumLength": .number(0.02)])
        data["colorRanges"] = .object(["untrained": .numbers([0, 2]), "trained": .numbers([0, 2]), "warm": .numbers([lowWarm, highWarm]),
                                       "trainedWarm": .numbers([lowTrained, highTrained])])
        let annotations = [
            Annotation("ZTL", at: Point(0.5, 0.5 + 0.09), coordinates: .figureFraction, sizePixels: 24, color: Palette.lightBlue),
            Annotation("warmer", at: Point(0.5, 0.5 - 0.02), coordinates: .figureFraction, sizePixels: 24, color: Palette.lavender),
            Annotation("← untrained", at: Point(0.36, 0.025), coordinates: .figureFraction, sizePixels: 24, color: Palette.salmon),
            Annotation("trained →", at: Point(0.64, 0.025), coordinates: .figureFraction, sizePixels: 24, color: Palette.yellowGreen),
        ]
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark,
                                           axes: axes, annotations: annotations), data: data)
    }

    /// Smaller labels for the 2 × 2 layout; x labels only on the bottom row.
    private func compact(_ axes: Axes, showX: Bool) -> Axes {
        var a = axes
        a.tickLabelSizePixels = 10
        a.axisLabelSizePixels = 30
        if !showX { a.xLabel = nil }
        a.colorbar?.widthPixels = 16
        a.colorbar?.gapPixels = 14
        return a
    }
}
