import EBMCore
import Plotting

/// The lecture's generalisations (SPEC §3.3) as F∞ maps of the y-plane at one x: (a) a neural decoder g(f(x), z) that
/// must learn the circle itself (1-D z fed as cos z, sin z); (b) a 2-D latent without regularisation, which can reach
/// everywhere — the energy surface loses its shape; (c) the same 2-D latent regularised (λ‖z‖² and warm training),
/// which restores it. The trained horn model is the reference panel.
struct HornGeneralisationFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment, p = e.plot
        guard let training = e.training else { throw BuildError("training: is required for this kind") }
        let horn = HornContext(context)
        let schedule = context.schedule(training)
        let seed = e.model.seed
        var reference = HornModel(seed: seed, latents: hornLatentGrid(count: e.model.latentCount))
        _ = trainHorn(&reference, data: horn.data, schedule: schedule)
        var circle = NeuralDecoderModel(seed: seed, latents: circleLatentGrid(count: e.model.latentCount), latentFeatures: .circular)
        _ = train(&circle, on: horn.data, schedule: schedule, recordParameters: false)
        var free2D = NeuralDecoderModel(seed: seed, latents: squareLatentGrid(side: 16, halfWidth: 1))
        _ = train(&free2D, on: horn.data, schedule: schedule, recordParameters: false)
        var regularised = NeuralDecoderModel(seed: seed, latents: squareLatentGrid(side: 16, halfWidth: 1), latentPenalty: p.regularization, beta: 1)
        _ = train(&regularised, on: horn.data, schedule: schedule, recordParameters: false)
        let y1 = p.y1Grid.values, y2 = p.y2Grid.values
        let maps: [(String, [Double])] = [
            ("horn model, 1-D $z$", reference.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
            ("(a) $g(f(x), z)$, 1-D $z$", circle.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
            ("(b) 2-D $z$, no regulariser", free2D.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
            ("(c) 2-D $z$, $\\lambda \\|z\\|^2$, $\\beta = 1$", regularised.freeEnergyMap(x: p.x, y1: y1, y2: y2, beta: .infinity)),
        ]
        let vmin = p.colorMin ?? 0, vmax = p.colorMax ?? 2
        let truth = (0...300).map { k -> Point in
            let t = Double(k) * 2 * Double.pi / 300, r = hornRadius(p.x)
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
                                 .line(LineSeries(points: truth, color: .white.withAlpha(0.8), widthPixels: 1.5, dash: [5, 4]))],
                         colorbar: i == maps.count - 1 ? ColorbarSpec(colorMap: .viridis, vmin: vmin, vmax: vmax, ticks: .step((vmax - vmin) / 8), extendMax: true,
                                                                      widthPixels: 20, gapPixels: 16) : nil,
                         tickLabelSizePixels: 12, axisLabelSizePixels: 28, titleSizePixels: 22)
            a.colorbar?.label = nil
            axes.append(a)
        }
        func summary(_ values: [Double]) -> SidecarValue {
            let sorted = values.sorted()
            return .object(["min": .number(sorted.first!), "median": .number(sorted[sorted.count / 2]), "max": .number(sorted.last!),
                            "shareBelow0.1": .number(Double(values.filter { $0 < 0.1 }.count) / Double(values.count))])
        }
        let annotations = [Annotation("$F_\\infty(x = \(Tick.format(p.x)), \\boldsymbol{y})$; dashed: $\\rho(x)$ ellipse", at: Point(0.5, 0.965),
                                      coordinates: .figureFraction, sizePixels: 24)]
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark,
                                           axes: axes, annotations: annotations),
                            data: ["x": .number(p.x), "y1": .numbers(y1), "y2": .numbers(y2), "regularization": .number(p.regularization),
                                   "panels": .array(maps.map { .object(["title": .string($0.0), "freeEnergy": .grid($0.1, columns: y1.count), "summary": summary($0.1)]) })])
    }
}

#if canImport(Glibc)
import Glibc
#endif
