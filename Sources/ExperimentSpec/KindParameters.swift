/// The `plot` parameters of one kind: a value type whose `init()` holds every default and whose `keys` declare each
/// key once (name, type, limits, doc). The reader, the schema, docs/experiments.md and `ebm-figures kinds` all come
/// from these declarations.
public protocol KindParameters: Sendable, Equatable {
    /// Every key at its default.
    init()
    static var kind: ExperimentKind { get }
    /// What the kind draws, in one line.
    static var summary: String { get }
    static var keys: [KeyDeclaration<Self>] { get }
    /// The model the kind draws (ellipse unless declared otherwise).
    static var model: ModelFamily { get }
    /// How the kind uses `training` (optional, the ellipse's defaults, unless declared otherwise).
    static var training: TrainingUse { get }
    /// Rules across keys and sections, and defaults that depend on other keys: applied once the keys are read,
    /// so that a builder gets values it can draw.
    mutating func resolve(_ context: ResolutionContext, written: Set<String>)
}

extension KindParameters {
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) {}
    public static var model: ModelFamily { .ellipse }
    public static var training: TrainingUse { .ellipse() }

    /// Reads the kind's `plot` section (nil: none written), reporting unknown keys, then resolves it.
    static func read(_ reader: ObjectReader?, context: ResolutionContext) -> Self {
        var p = Self()
        var written: Set<String> = []
        if let reader {
            for key in keys { key.read(reader, &p) }
            written = Set(keys.map(\.name).filter(reader.has))
            reader.finish(context: "kind \"\(kind.rawValue)\"")
        }
        p.resolve(context, written: written)
        return p
    }

    /// The parameters as the file writes them: every key the kind has, with its value.
    var json: JSONValue {
        .object(Self.keys.compactMap { key in key.write(self).map { (key.name, $0) } }.sorted { $0.0 < $1.0 })
    }

    /// The declarations without their types, for the schema, the docs and `kinds`.
    public static var keyInfo: [KeyInfo] {
        keys.map { KeyInfo(name: $0.name, type: $0.type, doc: $0.doc, defaultValue: $0.defaultValue, dependentDefault: $0.dependentDefault) }
    }
}

/// A key's declaration without its Swift type.
public struct KeyInfo: Sendable, Equatable {
    public let name: String
    public let type: ParameterType
    public let doc: String
    /// The value `init()` holds, as the file writes it (nil: the key is left out, e.g. no y′ drawn).
    public let defaultValue: JSONValue?
    public let dependentDefault: String?
}

/// What a kind's resolution may look at besides its own keys, and where it reports.
public struct ResolutionContext {
    let log: IssueLog
    /// The `plot` section's path (`experiments[3].plot`).
    let path: String
    let data: DataSpec
    let training: TrainingSpec?

    func report(_ key: String, _ message: String) { log.add(path + "." + key, message) }

    /// A y′ index must name a point of the data.
    func checkIndex(_ reference: PointReference?, key: String, written: Bool) {
        guard case let .index(i) = reference, i > data.count else { return }
        report(key, written ? "Y[\(i)] is outside the data (1…\(data.count)), got \(i)"
               : "the default Y[\(i)] is outside the data (1…\(data.count)); give plot.\(key) (an index or a point [y1, y2])")
    }

    /// A y₁ × y₂ grid within the total limit.
    func checkGrid(_ y1: GridAxis, _ y2: GridAxis) {
        let total = y1.pointCount * y2.pointCount
        if total > ExperimentFile.maxGridPoints {
            log.add(path, "the y1 × y2 grid has \(y1.pointCount) × \(y2.pointCount) = \(total) points; the limit is \(ExperimentFile.maxGridPoints)")
        }
    }

    /// A z range that is not empty and holds at least 2 of the curve's samples z = zFromPi·π + k·2π/zPointsPerPeriod
    /// below zToPi·π (one sample draws no curve and leaves the axis without a span).
    func checkZRange(from: Double, to: Double, perPeriod: Int) {
        if to <= from {
            report("zToPi", "must be above zFromPi (\(ValueReading.text(from))), got \(ValueReading.text(to))")
            return
        }
        let samples = Int(((to - from) * Double(perPeriod) / 2 - 1e-9).rounded(.up))
        if samples < 2 {
            report("zToPi", "the z range [\(ValueReading.text(from))π, \(ValueReading.text(to))π) holds \(samples) curve sample at "
                   + "zPointsPerPeriod \(perPeriod); it needs at least 2 (widen the range or raise zPointsPerPeriod)")
        }
    }

    /// `trained: true` needs a `training` section.
    func checkTrainable(_ trained: Bool) {
        if trained, training == nil { report("trained", "needs a \"training\" section (how the model is trained)") }
    }
}
