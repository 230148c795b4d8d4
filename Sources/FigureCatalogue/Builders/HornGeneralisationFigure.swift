import ExperimentSpec
import EBMCore
import Plotting

/// The lecture's generalisations (docs/lecture.md §3.3) as F∞ maps of the y-plane at one x, F∞(x, y) = min_k E(x, y, z_k):
///
/// - (a) a neural decoder g(f(x), z) = MLP(f(x), cos z, sin z) that must learn the circle itself (1-D z, 48 values);
/// - (b) ỹ = f(x) ⊙ h(z), the horn with its circle replaced by a learned h: ℝ² → ℝ² of a 2-D z on a latentSide²
///   grid of [−w, w]², λ = 0, trained at zero temperature: nothing stops h from filling the plane, so every y has a
///   latent with E ≈ 0 — the overfit ("porcupine") of the lecture;
/// - (c) the same model trained at a warm β (the regulariser docs/lecture.md §3.3 names; with λ‖z‖² added when λ > 0):
///   F_β = −(1/β) log[(1/K) Σ_k exp(−β E_k)] is, up to a constant, the negative log-likelihood of a mixture of K
///   equal Gaussians, ∫ exp(−β F_β(x, y)) dy = π/β, so it cannot be low everywhere and training pulls the
///   latent points onto the data: the surface comes back away from the data.
///
/// All four are trained with the experiment's schedule; the trained horn model is the reference panel.
struct HornGeneralisationFigure {
    let context: ExperimentContext
    let plot: HornGeneralisationPlot

    func build() throws -> FigureOutput {
        let e = context.experiment, p = plot
        let sheet = e.styleSheet
        let training = try context.training()
        let horn = HornContext(context)
        let seed = e.model.seed
        let (reference, referenceHistory) = try horn.model(trained: true)
        var circle = NeuralDecoderModel(seed: seed, latents: circleLatentGrid(count: e.model.latentCount), latentFeatures: .circular)
        let circleInitial = circle.parameters
        let circleHistory = try context.trainCached(&circle, name: "generalisation-a-circular", on: horn.data, training: training)
        let latents = squareLatentGrid(side: p.latentSide, halfWidth: p.latentHalfWidth)
        let latentKey = "side \(p.latentSide), half-width \(p.latentHalfWidth)"
        var free2D = ScaledDecoderModel(seed: seed, shapeHiddenSizes: [8, 8], latents: latents)
        let free2DInitial = free2D.parameters
        let free2DHistory = try context.trainCached(&free2D, name: "generalisation-b-2d, \(latentKey)", on: horn.data, training: training)
        var regularised = ScaledDecoderModel(seed: seed, shapeHiddenSizes: [8, 8], latents: latents, latentPenalty: p.regularization, beta: p.regularizationBeta)
        let regularisedInitial = regularised.parameters
        let regularisedHistory = try context.trainCached(&regularised, name: "generalisation-c-2d, \(latentKey), λ \(p.regularization), β \(p.regularizationBeta)",
                                    on: horn.data, training: training)
        let y1 = p.y1.values, y2 = p.y2.values
        // "[−w, w]": a unary minus (the parser spaces "-" as a binary operator; the negative spaces take that back).
        let half = Tick.format(p.latentHalfWidth)
        let box = "$z \\in [\\!-\\!\(half),\\,\(half)]^2$ (\(p.latentSide)$^2$)"
        let lambda = ", $\\lambda = \(Tick.format(p.regularization))$"
        let maps: [(String, [Double])] = [
            ("horn, 1-D $z$, $\\beta = \\infty$", reference.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
            ("(a) $g(f(x), z)$, 1-D $z$, $\\beta = \\infty$", circle.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
            ("(b) 2-D \(box), $\\lambda = 0$, $\\beta = \\infty$", free2D.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
            ("(c) 2-D \(box)\(lambda), trained at $\\beta = \(Tick.format(p.regularizationBeta))$",
             regularised.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
        ]
        let vmin = p.colorRange.lower, vmax = p.colorRange.upper
        let truth = (0...300).map { k -> Point in
            let t = Double(k) * 2 * Double.pi / 300, r = rho(p.x)
            return Point(r.x * cos(t), r.y * sin(t))
        }
        let w = Double(e.widthPixels), h = Double(e.heightPixels)
        let width = (w - 80 - 110) / Double(maps.count)
        let h1 = (y1[1] - y1[0]) / 2, h2 = (y2[1] - y2[0]) / 2
        var axes: [Axes] = []
        for (i, (title, values)) in maps.enumerated() {
            var a = Axes(frame: Rect(x: 80 + Double(i) * width + 20, y: 70, width: width - 40, height: h - 160),
                         xLimits: (y1.first! - h1)...(y1.last! + h1), yLimits: (y2.first! - h2)...(y2.last! + h2), equalAspect: true,
                         xTicks: .step(1), yTicks: .step(1), xLabel: "$y_1$", yLabel: i == 0 ? "$y_2$" : nil, title: title, grid: false,
                         marks: [.heatmap(Heatmap(values: values, columns: y1.count, rows: y2.count, xMin: y1.first! - h1, xMax: y1.last! + h1,
                                                  yMin: y2.first! - h2, yMax: y2.last! + h2, colorMap: .viridis, vmin: vmin, vmax: vmax)),
                                 .line(LineSeries(points: truth, color: sheet[.reference], widthPixels: 1.5, dash: [5, 4]))],
                         colorbar: i == maps.count - 1 ? ColorbarSpec(colorMap: .viridis, vmin: vmin, vmax: vmax, ticks: .automatic(maxTicks: 9), extendMax: true,
                                                                      widthPixels: 20, gapPixels: 16) : nil,
                         tickLabelSizePixels: 12, axisLabelSizePixels: 28, titleSizePixels: 17)
            a.colorbar?.label = nil
            axes.append(a)
        }
        func summary(_ values: [Double]) -> SidecarValue {
            let sorted = values.sorted()
            let origin = y1.indices.flatMap { i in y2.indices.map { j in (i, j) } }
                .min { abs(y1[$0.0]) + abs(y2[$0.1]) < abs(y1[$1.0]) + abs(y2[$1.1]) }!
            return .object(["min": .number(sorted.first!), "median": .number(sorted[sorted.count / 2]), "max": .number(sorted.last!),
                            "shareBelow0.1": .number(Double(values.filter { $0 < 0.1 }.count) / Double(values.count)),
                            "atOrigin": .number(values[origin.1 * y1.count + origin.0]),
                            "corners": .numbers([values[0], values[y1.count - 1], values[values.count - y1.count], values[values.count - 1]])])
        }
        /// One trained model: its networks' widths (θ is their parameters in that order, each in `MLP` order), latent grid,
        /// training β and λ, and the training record.
        func model(_ name: String, layers: [[Int]], latents: [[Double]], beta: Double, penalty: Double, record: SidecarValue) -> SidecarValue {
            .object(["name": .string(name), "layerSizes": .matrix(layers.map { $0.map(Double.init) }), "latents": .matrix(latents),
                     "beta": .number(beta), "latentPenalty": .number(penalty), "training": record])
        }
        let annotations = [Annotation("$F_\\infty(x = \(Tick.format(p.x)), \\boldsymbol{y})$; dashed: $𝜌(x)$ ellipse", at: Point(0.5, 0.965),
                                      coordinates: .figureFraction, sizePixels: 24)]
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           axes: axes, annotations: annotations),
                            data: ["x": .number(p.x), "y1": .numbers(y1), "y2": .numbers(y2), "regularization": .number(p.regularization),
                                   "latentSide": .number(Double(p.latentSide)), "latentHalfWidth": .number(p.latentHalfWidth),
                                   "regularizationBeta": .number(p.regularizationBeta),
                                   "models": .array([
                                       model("horn", layers: [reference.predictor.layerSizes], latents: reference.latents.map { [$0] }, beta: reference.beta, penalty: 0,
                                             record: TrainingRecord.neural(initial: try horn.model(trained: false).model.parameters, trained: reference.parameters,
                                                                           history: referenceHistory, training: training, count: horn.data.count)),
                                       model("circular", layers: [circle.predictor.layerSizes, circle.decoder.layerSizes], latents: circle.latents, beta: circle.beta,
                                             penalty: circle.latentPenalty,
                                             record: TrainingRecord.neural(initial: circleInitial, trained: circle.parameters, history: circleHistory,
                                                                           training: training, count: horn.data.count)),
                                       model("2d", layers: [free2D.predictor.layerSizes, free2D.shape.layerSizes], latents: free2D.latents, beta: free2D.beta,
                                             penalty: free2D.latentPenalty,
                                             record: TrainingRecord.neural(initial: free2DInitial, trained: free2D.parameters, history: free2DHistory,
                                                                           training: training, count: horn.data.count)),
                                       model("2d-regularised", layers: [regularised.predictor.layerSizes, regularised.shape.layerSizes], latents: regularised.latents,
                                             beta: regularised.beta, penalty: regularised.latentPenalty,
                                             record: TrainingRecord.neural(initial: regularisedInitial, trained: regularised.parameters, history: regularisedHistory,
                                                                           training: training, count: horn.data.count)),
                                   ]),
                                   "trainingData": .object(["x": .numbers(horn.data.map(\.x)), "y": .points(horn.data.map(\.y))]),
                                   "panels": .array(maps.map { .object(["title": .string($0.0), "freeEnergy": .grid($0.1, columns: y1.count), "summary": summary($0.1)]) })])
    }
}

#if canImport(Glibc)
import Glibc
#endif
