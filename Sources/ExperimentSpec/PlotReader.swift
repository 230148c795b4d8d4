/// Reads the `plot` section: each kind reads the parameters it uses; any other key is reported unknown.
struct PlotReader {
    let reader: ObjectReader
    let kind: ExperimentKind

    func read(into plot: inout PlotSpec) {
        switch kind {
        case .samples:
            plot.yPrime = pointReference("yPrime")
            plot.showInference = reader.bool("inference", default: false)
            plot.zTilde = reader.number("zTilde", default: 0.5, .range(-100, 100)) ?? 0.5
            plot.legend = legend()
            plot.legendClear = reader.bool("legendClear", default: false)
            plot.margins = margins("margins") ?? plot.margins
        case .computationGraph:
            break
        case .energyPanels:
            plot.zPointsPerPeriod = reader.integer("zPointsPerPeriod", default: 24, .range(2, 10_000)) ?? 24
        case .energyCurve:
            plot.yPrime = pointReference("yPrime")
            plot.zTilde = reader.number("zTilde", default: 0.5, .range(-100, 100)) ?? 0.5
            zRange(&plot)
        case .meshGrid:
            grid(&plot)
            plot.rings = pointList("rings")
            plot.legend = legend()
            plot.margins = margins("margins") ?? plot.margins
        case .energyCurves:
            plot.points = pointList("points")
            zRange(&plot)
        case .freeEnergyHeatmap:
            grid(&plot)
            plot.beta = reader.number("beta", default: .infinity, .beta) ?? .infinity
            colors(&plot)
            plot.arrows = reader.bool("arrows", default: true)
        case .contour3D:
            grid(&plot)
            colors(&plot)
            plot.levels = reader.integer("levels", default: 13, .range(2, 200)) ?? 13
            view(&plot)
            plot.frames = reader.numbers("frames", count: 0...360, .range(-360, 360)) ?? []
        case .crossSection:
            plot.y2Grid = gridAxis("y2") ?? plot.y2Grid
            plot.betas = betas()
            plot.trained = reader.bool("trained", default: false)
            plot.slide = reader.bool("slide", default: false)
            plot.legendClear = reader.bool("legendClear", default: false)
        case .softargminWeights:
            plot.yPrime = pointReference("yPrime")
            plot.beta = reader.number("beta", default: 1, .beta) ?? 1
            plot.zTilde = reader.number("zTilde", default: 0.5, .range(-100, 100)) ?? 0.5
            plot.showInference = reader.bool("inset", default: true)
        case .freeEnergyBetas:
            grid(&plot)
            plot.betas = betas()
            colors(&plot)
        case .trainingComposite:
            grid(&plot)
            plot.yPrime = pointReference("yPrime")
            plot.warmTrainingBeta = reader.number("warmTrainingBeta", default: 10, .beta) ?? 10
            plot.warmHeatmapBeta = reader.number("warmHeatmapBeta", default: 10, .beta) ?? 10
            plot.arrowBeta = reader.number("arrowBeta", default: 1, .beta) ?? 1
            plot.trainedWarmHeatmapBeta = reader.number("trainedWarmHeatmapBeta", default: 1, .beta) ?? 1
        case .betaSweep:
            plot.betas = betas()
        case .trainingCurves:
            plot.betas = betas()
        case .hornData:
            plot.sampleCount = reader.integer("sampleCount", default: 300, .range(1, Double(ExperimentFile.maxSamples))) ?? 300
            plot.slide = reader.bool("slide", default: false)
            plot.y1Limits = limits("y1Limits")
            plot.y2Limits = limits("y2Limits")
            view(&plot)
        case .hornManifold:
            plot.trained = reader.bool("trained", default: false)
            plot.slide = reader.bool("slide", default: false)
            view(&plot)
        case .hornGeneralisation:
            grid(&plot)
            plot.x = reader.number("x", default: 0, .range(0, 1)) ?? 0
            plot.regularization = reader.number("regularization", default: 0.1, .range(0, 1e6)) ?? 0.1
            plot.latentSide = reader.integer("latentSide", default: 16, .range(2, 64)) ?? 16
            plot.latentHalfWidth = reader.number("latentHalfWidth", default: 1, .range(1e-3, 1e3)) ?? 1
            plot.regularizationBeta = reader.number("regularizationBeta", default: 1, .beta) ?? 1
            colors(&plot)
        }
        plot.style = StyleOverridesReader.read(reader)
        reader.finish(context: "kind \"\(kind.rawValue)\"")
    }

    private func legend() -> String? {
        reader.string("legend", oneOf: ["upper right", "upper left", "lower left", "lower right", "upper center", "lower center", "center right"])
    }

    private func pointReference(_ key: String) -> PointReference? {
        guard let v = reader.value(key) else { return nil }
        let path = reader.childPath(key)
        switch v {
        case let .number(d) where d == d.rounded() && d >= 1 && d <= Double(ExperimentFile.maxSamples):
            return .index(Int(d))
        case let .array(items) where items.count == 2:
            let values = items.enumerated().map { reader.readNumber($1, path: "\(path)[\($0)]", .range(-1e6, 1e6)) }
            guard let a = values[0], let b = values[1] else { return nil }
            return .point(a, b)
        default:
            reader.log.add(path, "must be a 1-based data index (Y[i]) or a point [y1, y2], got \(v.summary)")
            return nil
        }
    }

    /// Figure margins `[left, right, top, bottom]` as fractions of the canvas, leaving a plot region.
    private func margins(_ key: String) -> [Double]? {
        guard let m = reader.numbers(key, count: 4...4, .range(0, 0.45)) else { return nil }
        guard m[0] + m[1] < 0.9, m[2] + m[3] < 0.9 else {
            reader.log.add(reader.childPath(key), "left + right and top + bottom must each leave at least 10 % of the canvas, got [\(m.map { String($0) }.joined(separator: ", "))]")
            return nil
        }
        return m
    }

    private func pointList(_ key: String) -> [[Double]] {
        guard let items = reader.array(key, maxCount: 10_000) else { return [] }
        var points: [[Double]] = []
        for (i, item) in items.enumerated() {
            let path = "\(reader.childPath(key))[\(i)]"
            guard case let .array(pair) = item, pair.count == 2 else {
                reader.log.add(path, "must be a point [y1, y2], got \(item.summary)")
                continue
            }
            let values = pair.enumerated().compactMap { reader.readNumber($1, path: "\(path)[\($0)]", .range(-1e6, 1e6)) }
            if values.count == 2 { points.append(values) }
        }
        return points
    }

    private func gridAxis(_ key: String) -> GridAxis? {
        guard let v = reader.numbers(key, count: 3...3, .range(-1e6, 1e6)) else { return nil }
        let path = reader.childPath(key)
        guard v[2] > 0 else {
            reader.log.add("\(path)[2]", "the step must be > 0, got \(text(v[2]))")
            return nil
        }
        guard v[1] > v[0] else {
            reader.log.add(path, "is empty: stop \(text(v[1])) must be above start \(text(v[0]))")
            return nil
        }
        let axis = GridAxis(start: v[0], stop: v[1], step: v[2])
        let count = axis.pointCount
        if count < 2 {
            reader.log.add(path, "has 1 point: the step \(text(v[2])) is larger than stop − start (\(text(v[1] - v[0]))); a grid needs at least 2")
            return nil
        }
        if count > ExperimentFile.maxGridAxisPoints {
            reader.log.add(path, "has \(count) points; the limit is \(ExperimentFile.maxGridAxisPoints) per axis")
            return nil
        }
        return axis
    }

    private func grid(_ plot: inout PlotSpec) {
        plot.y1Grid = gridAxis("y1") ?? plot.y1Grid
        plot.y2Grid = gridAxis("y2") ?? plot.y2Grid
        let total = plot.y1Grid.pointCount * plot.y2Grid.pointCount
        if total > ExperimentFile.maxGridPoints {
            reader.log.add(reader.path, "the y1 × y2 grid has \(plot.y1Grid.pointCount) × \(plot.y2Grid.pointCount) = \(total) points; the limit is \(ExperimentFile.maxGridPoints)")
        }
    }

    private func zRange(_ plot: inout PlotSpec) {
        plot.zFromPi = reader.number("zFromPi", default: plot.zFromPi, .range(-100, 100)) ?? plot.zFromPi
        plot.zToPi = reader.number("zToPi", default: plot.zToPi, .range(-100, 100)) ?? plot.zToPi
        plot.zPointsPerPeriod = reader.integer("zPointsPerPeriod", default: 24, .range(2, 10_000)) ?? 24
        if plot.zToPi <= plot.zFromPi {
            reader.log.add(reader.childPath("zToPi"), "must be above zFromPi (\(plot.zFromPi)), got \(plot.zToPi)")
        }
    }

    private func colors(_ plot: inout PlotSpec) {
        if let range = reader.numbers("colorRange", count: 2...2, .range(-1e6, 1e6)) {
            if range[1] > range[0] { (plot.colorMin, plot.colorMax) = (range[0], range[1]) }
            else { reader.log.add(reader.childPath("colorRange"), "must be [min, max] with max > min, got [\(range[0]), \(range[1])]") }
        }
    }

    /// An optional axis range `[lower, upper]` with upper > lower.
    private func limits(_ key: String) -> [Double]? {
        guard let range = reader.numbers(key, count: 2...2, .range(-1e6, 1e6)) else { return nil }
        guard range[1] > range[0] else {
            reader.log.add(reader.childPath(key), "must be [lower, upper] with upper > lower, got [\(range[0]), \(range[1])]")
            return nil
        }
        return range
    }

    private func view(_ plot: inout PlotSpec) {
        plot.elevation = reader.number("elevation", default: 30, .range(-90, 90)) ?? 30
        plot.azimuth = reader.number("azimuth", default: -60, .range(-360, 360)) ?? -60
    }

    private func betas() -> [Double] {
        reader.numbers("betas", count: 1...64, .beta) ?? []
    }

    /// A number as the file would write it (`3`, not `3.0`).
    private func text(_ d: Double) -> String { JSONValue.number(d).summary }
}
