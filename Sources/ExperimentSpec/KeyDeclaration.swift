/// The type of a `plot` key's value and its limits: what the reader checks, the schema says and the docs show.
public enum ParameterType: Sendable, Equatable {
    /// A number in a closed range.
    case number(ClosedRange<Double>)
    /// A whole number in a closed range.
    case integer(ClosedRange<Int>)
    case boolean
    /// β: > 0 and ≤ 10⁶, or "inf".
    case beta
    /// 1 … 64 β values.
    case betas
    /// One of the strings.
    case choice([String])
    /// y′: a 1-based index into the data or a point [y1, y2].
    case pointReference
    /// `minCount` … 10 000 points [y1, y2].
    case points(minCount: Int)
    /// A grid axis [start, stop, step].
    case gridAxis
    /// [lower, upper] with upper > lower, within ±10⁶.
    case interval
    /// [left, right, top, bottom] fractions of the canvas.
    case margins
    /// Up to `maxCount` numbers, each in the range.
    case numbers(maxCount: Int, ClosedRange<Double>)

    /// Coordinates (points, grid bounds, intervals) are within ±10⁶.
    static let coordinateLimit = 1e6
    static let maxPoints = 10_000
    static let maxBetas = 64
    /// One margin may take up to 60 % of the canvas: the softargmin slides give nearly half their width to the
    /// insets right of the plot; left + right and top + bottom still leave at least 10 %.
    static let maxMargin = 0.6
}

/// One key of a kind's `plot` section, declared once: its name as written in experiments.json, its type and limits,
/// its one-line doc, and how it reads into and writes out of the kind's parameters `P`. The default is `P()`'s value
/// (or, for a default that depends on other keys, `dependentDefault` says which).
public struct KeyDeclaration<P: KindParameters> {
    public let name: String
    public let type: ParameterType
    public let doc: String
    /// For a default that depends on other keys: the rule in words (docs, `kinds`, the schema's description).
    public let dependentDefault: String?
    let read: (ObjectReader, inout P) -> Void
    /// The value as the file writes it; nil when the key has no value (an optional key left out).
    let write: (P) -> JSONValue?

    /// The declared default, as the file would write it (nil: none, e.g. no y′ drawn).
    public var defaultValue: JSONValue? { write(P()) }
}

// MARK: Constructors, one per Swift type of value

extension KeyDeclaration {
    public static func number(_ name: String, _ key: WritableKeyPath<P, Double>, _ range: ClosedRange<Double>, _ doc: String) -> Self {
        Self(name: name, type: .number(range), doc: doc, dependentDefault: nil,
             read: { r, p in if let v = r.number(name, default: nil, .range(range.lowerBound, range.upperBound)) { p[keyPath: key] = v } },
             write: { .number($0[keyPath: key]) })
    }

    public static func integer(_ name: String, _ key: WritableKeyPath<P, Int>, _ range: ClosedRange<Int>, _ doc: String) -> Self {
        Self(name: name, type: .integer(range), doc: doc, dependentDefault: nil,
             read: { r, p in if let v = r.integer(name, default: nil, .range(Double(range.lowerBound), Double(range.upperBound))) { p[keyPath: key] = v } },
             write: { .number(Double($0[keyPath: key])) })
    }

    public static func boolean(_ name: String, _ key: WritableKeyPath<P, Bool>, _ doc: String) -> Self {
        Self(name: name, type: .boolean, doc: doc, dependentDefault: nil,
             read: { r, p in p[keyPath: key] = r.bool(name, default: p[keyPath: key]) },
             write: { .bool($0[keyPath: key]) })
    }

    public static func beta(_ name: String, _ key: WritableKeyPath<P, Double>, _ doc: String) -> Self {
        Self(name: name, type: .beta, doc: doc, dependentDefault: nil,
             read: { r, p in if let v = r.number(name, default: nil, .beta) { p[keyPath: key] = v } },
             write: { .beta($0[keyPath: key]) })
    }

    public static func betas(_ name: String, _ key: WritableKeyPath<P, [Double]>, _ doc: String) -> Self {
        Self(name: name, type: .betas, doc: doc, dependentDefault: nil,
             read: { r, p in if let v = r.numbers(name, count: 1...ParameterType.maxBetas, .beta) { p[keyPath: key] = v } },
             write: { .array($0[keyPath: key].map(JSONValue.beta)) })
    }

    public static func choice<C: SpecChoice>(_ name: String, _ key: WritableKeyPath<P, C>, _ doc: String,
                                             dependentDefault: String? = nil) -> Self {
        Self(name: name, type: .choice(C.names), doc: doc, dependentDefault: dependentDefault,
             read: { r, p in if let s = r.string(name, oneOf: C.names), let v = C(rawValue: s) { p[keyPath: key] = v } },
             write: { .string($0[keyPath: key].rawValue) })
    }

    public static func pointReference(_ name: String, _ key: WritableKeyPath<P, PointReference>, _ doc: String) -> Self {
        Self(name: name, type: .pointReference, doc: doc, dependentDefault: nil,
             read: { r, p in if let v = ValueReading.pointReference(r, name) { p[keyPath: key] = v } },
             write: { $0[keyPath: key].json })
    }

    /// A y′ that may be absent (nothing drawn); `dependentDefault` says when the kind fills it in.
    public static func optionalPointReference(_ name: String, _ key: WritableKeyPath<P, PointReference?>, _ doc: String,
                                              dependentDefault: String) -> Self {
        Self(name: name, type: .pointReference, doc: doc, dependentDefault: dependentDefault,
             read: { r, p in if let v = ValueReading.pointReference(r, name) { p[keyPath: key] = v } },
             write: { $0[keyPath: key]?.json })
    }

    public static func points(_ name: String, _ key: WritableKeyPath<P, [[Double]]>, minCount: Int = 0, _ doc: String) -> Self {
        Self(name: name, type: .points(minCount: minCount), doc: doc, dependentDefault: nil,
             read: { r, p in if let v = ValueReading.pointList(r, name, minCount: minCount) { p[keyPath: key] = v } },
             write: { .array($0[keyPath: key].map { .array($0.map(JSONValue.number)) }) })
    }

    public static func gridAxis(_ name: String, _ key: WritableKeyPath<P, GridAxis>, _ doc: String) -> Self {
        Self(name: name, type: .gridAxis, doc: doc, dependentDefault: nil,
             read: { r, p in if let v = ValueReading.gridAxis(r, name) { p[keyPath: key] = v } },
             write: { let g = $0[keyPath: key]; return .array([.number(g.start), .number(g.stop), .number(g.step)]) })
    }

    public static func interval(_ name: String, _ key: WritableKeyPath<P, Interval>, ends: (String, String) = ("lower", "upper"),
                                _ doc: String) -> Self {
        Self(name: name, type: .interval, doc: doc, dependentDefault: nil,
             read: { r, p in if let v = ValueReading.interval(r, name, ends: ends) { p[keyPath: key] = v } },
             write: { let v = $0[keyPath: key]; return .array([.number(v.lower), .number(v.upper)]) })
    }

    public static func margins(_ name: String, _ key: WritableKeyPath<P, Margins>, _ doc: String) -> Self {
        Self(name: name, type: .margins, doc: doc, dependentDefault: nil,
             read: { r, p in if let v = ValueReading.margins(r, name) { p[keyPath: key] = v } },
             write: { .array($0[keyPath: key].values.map(JSONValue.number)) })
    }

    public static func numbers(_ name: String, _ key: WritableKeyPath<P, [Double]>, maxCount: Int, _ range: ClosedRange<Double>,
                               _ doc: String) -> Self {
        Self(name: name, type: .numbers(maxCount: maxCount, range), doc: doc, dependentDefault: nil,
             read: { r, p in if let v = r.numbers(name, count: 0...maxCount, .range(range.lowerBound, range.upperBound)) { p[keyPath: key] = v } },
             write: { .array($0[keyPath: key].map(JSONValue.number)) })
    }
}

extension JSONValue {
    /// β as the file writes it: a number, or "inf".
    static func beta(_ b: Double) -> JSONValue { b.isInfinite ? .string("inf") : .number(b) }
}

extension PointReference {
    /// The reference as the file writes it: an index, or [y1, y2].
    var json: JSONValue {
        switch self {
        case let .index(i): return .number(Double(i))
        case let .point(a, b): return .array([.number(a), .number(b)])
        }
    }
}
