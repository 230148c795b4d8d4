/// Reads one experiment object: common fields, then the sections its kind uses.
struct ExperimentReader {
    let reader: ObjectReader
    /// The directory of the experiments file: data file paths are relative to it.
    let baseDirectory: String

    init(_ reader: ObjectReader, baseDirectory: String = "") {
        self.reader = reader
        self.baseDirectory = baseDirectory
    }

    func read() -> Experiment? {
        let log = reader.log
        let before = log.issues.count
        let idValue = reader.string("id", required: true)
        let id = idValue ?? ""
        if idValue != nil, !Self.isValidID(id) {
            log.add(reader.childPath("id"), "must be 1…\(Self.maxIDLength) ASCII letters, digits, \"-\" and \"_\", not starting with \"-\" (it names files), got \"\(id)\"")
        }
        let kindName = reader.string("kind", oneOf: ExperimentKind.allCases.map(\.rawValue), required: true)
        let kind = kindName.flatMap(ExperimentKind.init(rawValue:))
        let title = reader.string("title", default: id) ?? id
        let caption = reader.string("caption", default: "") ?? ""
        let (width, height, dpi) = FigureSizeReader.read(reader)
        var formats: [OutputFormatName] = [.png, .svg]
        if let items = reader.array("formats", minCount: 1, maxCount: 3) {
            formats = []
            for (i, item) in items.enumerated() {
                if case let .string(s) = item, let format = OutputFormatName(rawValue: s) {
                    if formats.contains(format) { log.add("\(reader.childPath("formats"))[\(i)]", "duplicate format \"\(s)\"") }
                    formats.append(format)
                } else {
                    log.add("\(reader.childPath("formats"))[\(i)]", "must be \"png\", \"svg\" or \"pdf\", got \(item.summary)")
                }
            }
        }
        let theme = reader.choice("theme", default: ThemeName.dark)
        let svgText = reader.choice("svgText", default: SVGTextChoice.outlines)
        guard let kind else {
            // Without a kind the sections cannot be checked; they are not unknown keys either.
            for section in ["model", "data", "training", "plot"] { _ = reader.value(section) }
            reader.finish(context: "an experiment")
            return nil
        }
        let model = readModel()
        let data = readData(kind)
        var training: TrainingSpec?
        if kind.trains || reader.has("training") {
            training = readTraining(required: kind.trains, kind: kind)
        } else {
            _ = reader.value("training")
        }
        // The kind's own defaults hold whether or not the file has a `plot` section; the kind resolves what depends on
        // other keys (y′'s default, which must lie in the data; a trained cross-section needs `training`) here, so
        // that a file that validates also runs.
        let context = ResolutionContext(log: log, path: reader.childPath("plot"), data: data, training: training)
        let plotSection = reader.object("plot")
        // `plot.style` (any kind) is read before the kind's keys, which then do not report it as unknown.
        let style = plotSection.flatMap(StyleOverridesReader.read)
        let plot = PlotParameters.read(kind, plotSection, context: context)
        reader.finish(context: "an experiment")
        guard log.issues.count == before else { return nil }
        return Experiment(id: id, title: title, caption: caption, widthPixels: width, heightPixels: height, dpi: dpi ?? 100,
                          formats: formats, theme: theme, model: model, data: data, training: training, plot: plot, svgText: svgText, style: style)
    }

    private func readModel() -> ModelSpec {
        var model = ModelSpec(w1: -1.449, w2: 0.357, latentCount: 48, seed: 0)
        guard let section = reader.object("model") else { return model }
        // |w| is bounded so that energies stay finite on any grid the limits allow.
        if let w = section.numbers("w", count: 2...2, .range(-1000, 1000)) { (model.w1, model.w2) = (w[0], w[1]) }
        model.latentCount = section.integer("latents", default: 48, .range(1, Double(ExperimentFile.maxLatents))) ?? 48
        model.seed = UInt64(section.integer("seed", default: 0, .range(0, Double(ExperimentFile.maxSeed))) ?? 0)
        section.finish(context: "model")
        return model
    }

    private func readData(_ kind: ExperimentKind) -> DataSpec {
        var data = DataSpec(source: kind.isHorn ? .horn : .lecture, count: kind.isHorn ? 1000 : 24, seed: 0, noise: 0.05)
        guard let section = reader.object("data") else { return data }
        // Inline points name their source: `"points": […]` alone means `"source": "points"`.
        let fallback: DataSource = section.has("points") && !section.has("source") ? .points : data.source
        data.source = section.choice("source", default: fallback)
        if data.isGiven {
            readGivenData(section, kind: kind, into: &data)
            section.finish(context: "data")
            return data
        }
        data.count = section.integer("count", default: data.count, .range(1, Double(ExperimentFile.maxSamples))) ?? data.count
        data.seed = UInt64(section.integer("seed", default: 0, .range(0, Double(ExperimentFile.maxSeed))) ?? 0)
        data.noise = section.number("noise", default: 0.05, .range(0, 10)) ?? 0.05
        for key in ["path", "points"] where section.has(key) {
            _ = section.value(key)
            section.log.add(section.childPath(key), "is only used with \"source\": \"\(key == "path" ? "file" : "points")\" (source is \"\(data.source.rawValue)\")")
        }
        if data.source == .lecture, section.has("count"), data.count != 24 {
            section.log.add(section.childPath("count"), "the lecture data set has exactly 24 points, got \(data.count)")
        }
        if kind.isHorn != (data.source == .horn) {
            section.log.add(section.childPath("source"), kind.isHorn ? "kind \"\(kind.rawValue)\" needs \"horn\", \"file\" or \"points\" data" : "kind \"\(kind.rawValue)\" needs ellipse data (\"lecture\", \"ellipse\", \"file\" or \"points\")")
        }
        section.finish(context: "data")
        return data
    }

    /// `file` and `points`: the rows are the data set, so the generator's keys do not apply.
    private func readGivenData(_ section: ObjectReader, kind: ExperimentKind, into data: inout DataSpec) {
        data.seed = 0
        data.noise = 0
        let columns = DataFile.columns(for: kind)
        for key in ["count", "seed", "noise"] where section.has(key) {
            _ = section.value(key)
            section.log.add(section.childPath(key), "is not used with \"source\": \"\(data.source.rawValue)\" (the data set is its rows)")
        }
        let other = data.source == .file ? "points" : "path"
        if section.has(other) {
            _ = section.value(other)
            section.log.add(section.childPath(other), "is only used with \"source\": \"\(other == "path" ? "file" : "points")\" (source is \"\(data.source.rawValue)\")")
        }
        if data.source == .file {
            guard let path = section.string("path", required: true) else { return }
            guard !path.isEmpty else {
                section.log.add(section.childPath("path"), "must name a CSV file (\(columns.joined(separator: ",")) header)")
                return
            }
            guard let loaded = DataFile.load(path, baseDirectory: baseDirectory, kind: kind, issuePath: section.childPath("path"), log: section.log) else { return }
            data.path = path
            data.digest = loaded.digest
            data.rows = loaded.rows
        } else {
            guard let items = section.array("points", minCount: 1, maxCount: DataFile.maxInlinePoints) else {
                if !section.has("points") { section.log.add(section.childPath("points"), "is required with \"source\": \"points\"") }
                return
            }
            guard let rows = DataFile.readPoints(items, columns: columns, issuePath: section.childPath("points"), log: section.log) else { return }
            data.points = rows
            data.rows = rows
        }
        data.count = data.rows.count
    }

    private func readTraining(required: Bool, kind: ExperimentKind) -> TrainingSpec? {
        guard let section = reader.object("training") else {
            if required { reader.log.add(reader.childPath("training"), "is required for this kind") }
            return nil
        }
        // These kinds train at the β values of their plot section; a training β would be silently ignored.
        let use = kind.training
        if let source = use.betasFrom, section.has("beta") {
            section.log.add(section.childPath("beta"), "is not used by kind \"\(kind.rawValue)\": it trains at \(source)")
        }
        // The horn's networks train on the energy itself; the contrastive losses are the ellipse model's.
        if kind.isHorn {
            for key in ["loss", "margin"] where section.has(key) {
                section.log.add(section.childPath(key), "is not used by kind \"\(kind.rawValue)\": its networks train on the energy")
            }
        }
        // Defaults that converge for the kind's model (its declaration's `training`).
        let defaultOptimizer = use.optimizer, defaultRate = use.learningRate, defaultBatch = use.batchSize
        let optimizer = section.choice("optimizer", default: defaultOptimizer)
        let spec = TrainingSpec(
            optimizer: optimizer,
            learningRate: section.number("learningRate", default: defaultRate, .positive(max: 100)) ?? defaultRate,
            momentum: optimizer == .sgd ? section.number("momentum", default: 0, NumberCheck(minimum: 0, maximum: 0.999)) ?? 0 : 0,
            batchSize: section.integer("batchSize", default: defaultBatch, .range(1, Double(ExperimentFile.maxSamples))) ?? defaultBatch,
            epochs: section.integer("epochs", default: 1, .range(1, Double(ExperimentFile.maxEpochs))) ?? 1,
            order: section.choice("order", default: TrainingOrder.given),
            seed: UInt64(section.integer("seed", default: 0, .range(0, Double(ExperimentFile.maxSeed))) ?? 0),
            beta: section.number("beta", default: .infinity, .beta) ?? .infinity,
            loss: section.choice("loss", default: LossName.energy),
            margin: section.number("margin", default: 1, .positive(max: 1e6)) ?? 1)
        section.finish(context: "training")
        return spec
    }

    static let maxIDLength = 100

    /// Ids name files: ASCII letters, digits, "-" and "_", not starting with "-" (it would read as an option).
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-", id.unicodeScalars.count <= maxIDLength else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}
