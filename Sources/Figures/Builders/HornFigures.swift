import EBMCore
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
        guard let training = context.experiment.training else { throw BuildError("training: is required to train the horn model") }
        model.beta = training.beta
        let history = try context.trainCached(&model, name: "horn", on: data, training: training)
        return (model, history)
    }

    /// The lecture's 3-D axes for the horn: x, y₁, y₂ with the data's ranges (or automatic ones).
    func axes(frame: Rect, marks: [Mark3D], dataRanges: Bool) -> Axes3D {
        let e = context.experiment
        return Axes3D(frame: frame, xLimits: 0...1, yLimits: dataRanges ? -20...20 : nil, zLimits: dataRanges ? -15...15 : nil,
                      elevationDegrees: e.plot.elevation, azimuthDegrees: e.plot.azimuth, boxAspect: Point3D(6, 4, 3.2),
                      xTicks: .step(0.2), yTicks: dataRanges ? .step(10) : .automatic(maxTicks: 6), zTicks: dataRanges ? .step(5) : .automatic(maxTicks: 6),
                      xLabel: "$x$", yLabel: "$y_1$", zLabel: "$y_2$", marks: marks,
                      paneColors: HornContext.paneColors, tickLabelSizePixels: 14, axisLabelSizePixels: 34)
    }

    /// Near-black panes, as matplotlib's `dark_background` draws them.
    static let paneColors = [Color(grey: 0.05), Color(grey: 0.07), Color(grey: 0.09)]

    static func rainbowScatter(_ points: [Point3D], size: Double, alpha: Double) -> Mark3D {
        .scatter(Scatter3D(points: points, marker: MarkerStyle(sizePixels: size, fill: nil),
                           colors: points.map { ColorMap.rainbow.color(atFraction: $0.x) }, alpha: alpha))
    }
}

/// 15-1 Fig 1 and 15-2 Fig 9: the horn training samples in 3-D, coloured by x (rainbow).
struct HornDataFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let horn = HornContext(context)
        let shown = Array(horn.data.prefix(e.plot.sampleCount))
        let points = shown.map { Point3D($0.x, $0.y.x, $0.y.y) }
        let axes = horn.axes(frame: Rect(x: 10, y: 10, width: Double(e.widthPixels) - 20, height: Double(e.heightPixels) - 20),
                             marks: [HornContext.rainbowScatter(points, size: 8, alpha: 0.6)], dataRanges: true)
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark, axes3D: [axes]),
                            data: ["x": .numbers(shown.map(\.x)), "y": .points(shown.map(\.y)), "sampleCount": .number(Double(shown.count)),
                                   "noise": .number(e.data.noise)])
    }
}

/// 15-2 Figs 10–11: the model's manifold (f₁(x) cos z, f₂(x) sin z) over x = 0:1/50:1 and the 48 z, untrained
/// (automatic axes) or trained (the data's axes), with the fit numbers of the trained predictor in the sidecar.
struct HornManifoldFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment
        let horn = HornContext(context)
        let (model, history) = try horn.model(trained: e.plot.trained)
        let xs = hornInputGrid()
        let points = xs.flatMap { x in model.manifold(x: x).map { Point3D(x, $0.x, $0.y) } }
        let axes = horn.axes(frame: Rect(x: 10, y: 10, width: Double(e.widthPixels) - 20, height: Double(e.heightPixels) - 20),
                             marks: [HornContext.rainbowScatter(points, size: 5, alpha: 0.8)], dataRanges: e.plot.trained)
        var data: [String: SidecarValue] = ["x": .numbers(xs), "z": .numbers(model.latents), "manifold": .array(points.map { .numbers([$0.x, $0.y, $0.z]) }),
                                            "predictorParameters": .numbers(model.predictor.parameters),
                                            "layerSizes": .numbers(model.predictor.layerSizes.map(Double.init))]
        if e.plot.trained {
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
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark, axes3D: [axes]),
                            data: data)
    }
}

/// 15-2 Fig 1: F∞ of the untrained ellipse model as stacked 3-D contour lines ("bathtub"), coolwarm 0…1 with an
/// extend-max colour bar; `frames` azimuths add the rotation the lecture showed as extra PNG frames.
struct ContourBathtubFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let y1 = e.plot.y1Grid.values, y2 = e.plot.y2Grid.values
        let values = freeEnergyGrid(decoder: context.decoder, y1: y1, y2: y2, beta: .infinity, latents: context.latents)
        let vmin = e.plot.colorMin ?? 0, vmax = e.plot.colorMax ?? 1
        let levels = (0..<e.plot.levels).map { vmin + (vmax - vmin) * Double($0) / Double(e.plot.levels - 1) }
        func figure(azimuth: Double) -> Figure {
            let axes = Axes3D(frame: Rect(x: 10, y: 10, width: Double(e.widthPixels) - 230, height: Double(e.heightPixels) - 20),
                              xLimits: y1.first!...y1.last!, yLimits: y2.first!...y2.last!, zLimits: vmin...vmax,
                              elevationDegrees: e.plot.elevation, azimuthDegrees: azimuth, boxAspect: Point3D(6, 4, 3),
                              xTicks: .step(1), yTicks: .step(1), zTicks: .automatic(maxTicks: 6), xLabel: "$y_1$", yLabel: "$y_2$", zLabel: "$F_\\infty(\\boldsymbol{y})$",
                              marks: [.contour(ContourStack(x: y1, y: y2, values: values, levels: levels, colorMap: .coolwarm, vmin: vmin, vmax: vmax, widthPixels: 3.5))],
                              colorbar: ColorbarSpec(colorMap: .coolwarm, vmin: vmin, vmax: vmax, ticks: .step((vmax - vmin) / 10), extendMax: true),
                              paneColors: HornContext.paneColors, tickLabelSizePixels: 14, axisLabelSizePixels: 32)
            // The slide's key to the colours, right of the colour bar.
            let key = [("$F_\\infty \\geq \(Tick.format(vmax))$", 0.85, 1.0), ("$F_\\infty = \(Tick.format((vmin + vmax) / 2))$", 0.5, 0.5),
                       ("$F_\\infty = \(Tick.format(vmin))$", 0.18, 0.0)].map { text, y, t in
                Annotation(text, at: Point(0.77, y), coordinates: .figureFraction, anchor: TextAnchor(.left, .center), sizePixels: 40,
                           color: ColorMap.coolwarm.color(atFraction: t))
            }
            return Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark, axes3D: [axes],
                          annotations: key)
        }
        return FigureOutput(figure: figure(azimuth: e.plot.azimuth),
                            data: ["y1": .numbers(y1), "y2": .numbers(y2), "freeEnergy": .grid(values, columns: y1.count), "levels": .numbers(levels),
                                   "colorRange": .numbers([vmin, vmax]), "frames": .numbers(e.plot.frames), "decoder": .decoder(context.decoder)],
                            frames: e.plot.frames.map(figure(azimuth:)))
    }
}
