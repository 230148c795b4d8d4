/// The kinds and their `plot` keys as the schema, docs/experiments.md and `ebm-figures kinds` show them, all made
/// from the declarations (`KindParameters.keys`); tests check the committed schema and docs equal what these give.
public enum KindReference {
    // MARK: JSON Schema

    /// `$defs/plot-KIND` of schema/experiments.schema.json, for every kind.
    public static var schemaDefinitions: JSONValue {
        .object(ExperimentKind.allCases.map { kind in
            // Every kind also takes `style` (style-sheet overrides, read apart from the kind's keys).
            let style: (String, JSONValue) = ("style", .object([
                ("$ref", .string("#/$defs/style")), ("default", .object([])),
                ("description", .string("Style-sheet keys replaced for this figure: fontSize, lineWidth, palette, colors (docs/experiments.md, \"Themes and style\").")),
            ]))
            let properties = (kind.keys.map { key in (key.name, schemaProperty(key)) } + [style]).sorted { $0.0 < $1.0 }
            return ("plot-" + kind.rawValue, .object([
                ("additionalProperties", .bool(false)),
                ("description", .string("Figure parameters of kind \"\(kind.rawValue)\": \(kind.summary).")),
                ("properties", .object(properties)),
                ("type", .string("object")),
            ]))
        }.sorted { $0.0 < $1.0 })
    }

    /// One key's schema: its type and limits, a description (with the rule of a dependent default) and its default
    /// (null where the kind draws nothing without it).
    static func schemaProperty(_ key: KeyInfo) -> JSONValue {
        var members = schemaType(key.type)
        let rule = key.dependentDefault.map { " Default: \($0)." } ?? ""
        members.append(("description", .string(sentence(key.doc) + rule)))
        members.append(("default", key.defaultValue ?? .null))
        return .object(members.sorted { $0.0 < $1.0 })
    }

    static func schemaType(_ type: ParameterType) -> [(String, JSONValue)] {
        func number(_ range: ClosedRange<Double>, _ name: String = "number") -> JSONValue {
            .object([("maximum", .number(range.upperBound)), ("minimum", .number(range.lowerBound)), ("type", .string(name))])
        }
        func ref(_ name: String) -> [(String, JSONValue)] { [("$ref", .string("#/$defs/" + name))] }
        switch type {
        case let .number(range):
            guard case let .object(members) = number(range) else { return [] }
            return members
        case let .integer(range):
            guard case let .object(members) = number(Double(range.lowerBound)...Double(range.upperBound), "integer") else { return [] }
            return members
        case .boolean: return [("type", .string("boolean"))]
        case .beta: return ref("beta")
        case .betas: return ref("betas")
        case let .choice(names): return [("enum", .array(names.map(JSONValue.string)))]
        case .pointReference: return ref("pointReference")
        case let .points(minCount):
            return [("items", .object(ref("point"))), ("maxItems", .number(Double(ParameterType.maxPoints))),
                    ("minItems", .number(Double(minCount))), ("type", .string("array"))]
        case .gridAxis: return ref("gridAxis")
        case .interval:
            return [("items", .object(ref("coordinate"))), ("maxItems", .number(2)), ("minItems", .number(2)), ("type", .string("array"))]
        case .margins:
            return [("items", number(0...ParameterType.maxMargin)), ("maxItems", .number(4)), ("minItems", .number(4)), ("type", .string("array"))]
        case let .numbers(maxCount, range):
            return [("items", number(range)), ("maxItems", .number(Double(maxCount))), ("type", .string("array"))]
        }
    }

    // MARK: Text (docs and the `kinds` command)

    /// The type and limits in words: `number, −100 … 100`.
    public static func typeText(_ type: ParameterType) -> String {
        switch type {
        case let .number(range): return "number, \(text(range.lowerBound)) … \(text(range.upperBound))"
        case let .integer(range): return "integer, \(text(Double(range.lowerBound))) … \(text(Double(range.upperBound)))"
        case .boolean: return "true or false"
        case .beta: return "β: > 0 and ≤ 10⁶, or \"inf\""
        case .betas: return "1 … \(ParameterType.maxBetas) β values"
        case let .choice(names): return names.map { "\"\($0)\"" }.joined(separator: ", ")
        case .pointReference: return "a 1-based data index (Y[i], within the data) or a point [y1, y2]"
        case let .points(minCount): return "\(minCount) … \(text(Double(ParameterType.maxPoints))) points [y1, y2]"
        case .gridAxis:
            return "[start, stop, step]: stop > start, step > 0, 2 … \(text(Double(ExperimentFile.maxGridAxisPoints))) points (≤ \(text(Double(ExperimentFile.maxGridPoints))) in the y1 × y2 grid)"
        case .interval: return "[lower, upper], upper > lower"
        case .margins: return "[left, right, top, bottom], each 0 … \(text(ParameterType.maxMargin)); left + right and top + bottom < 0.9"
        case let .numbers(maxCount, range): return "0 … \(maxCount) numbers, each \(text(range.lowerBound)) … \(text(range.upperBound))"
        }
    }

    /// The default in words: the value as the file writes it, or the rule of a dependent one.
    public static func defaultText(_ key: KeyInfo) -> String {
        if let rule = key.dependentDefault { return rule }
        return key.defaultValue.map(json) ?? "none"
    }

    /// The Markdown table of every kind's keys (docs/experiments.md, between its "generated" markers).
    public static var markdown: String {
        var lines = ["| kind | key | type and limits | default | |", "|---|---|---|---|---|"]
        for kind in ExperimentKind.allCases {
            let keys = kind.keys
            if keys.isEmpty { lines.append("| `\(kind.rawValue)` | — | | | \(kind.summary) |") }
            for (i, key) in keys.enumerated() {
                let first = i == 0 ? "`\(kind.rawValue)`" : ""
                lines.append("| \(first) | `\(key.name)` | \(cell(typeText(key.type))) | \(cell(code(defaultText(key), key))) | \(cell(key.doc)) |")
            }
        }
        lines.append("| every kind | `style` | \(styleType) | `{}` (the theme's) | \(styleDoc) |")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The kinds, one a line, with what each draws (`ebm-figures kinds`).
    public static var kindList: String {
        let width = ExperimentKind.allCases.map(\.rawValue.count).max() ?? 0
        return ExperimentKind.allCases.map { $0.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
            .joined(separator: "\n") + "\n"
    }

    /// One kind's keys: name, type and limits, default, doc (`ebm-figures kinds KIND`).
    public static func describe(_ kind: ExperimentKind) -> String {
        var lines = ["\(kind.rawValue): \(kind.summary)"]
        let training = kind.training
        if training.required { lines.append("needs a \"training\" section") }
        lines.append("training defaults: optimizer \"\(training.optimizer.rawValue)\", learningRate \(text(training.learningRate)), "
                     + "batchSize \(training.batchSize)" + (training.betasFrom.map { "; trains at \($0) (no training.beta)" } ?? ""))
        if kind.isHorn { lines.append("data: \"horn\" (default), \"file\" or \"points\" with rows [x, y1, y2]") }
        let keys = kind.keys
        lines.append("plot keys:")
        for key in keys {
            lines.append("  \(key.name)")
            lines.append("    \(key.doc)")
            lines.append("    type: \(typeText(key.type))")
            lines.append("    default: \(defaultText(key))")
        }
        lines += ["  style (every kind)", "    \(styleDoc)", "    type: \(styleType)", "    default: {} (the theme's)"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `plot.style`, which every kind takes beside its own keys (`StyleOverrides`).
    static let styleDoc = "style-sheet keys replaced for this figure (docs/experiments.md, \"Themes and style\")"
    static var styleType: String {
        "object: fontSize (\(text(StyleOverrides.fontSizeRange.lowerBound)) … \(text(StyleOverrides.fontSizeRange.upperBound)) pt), "
            + "lineWidth (\(text(StyleOverrides.lineWidthRange.lowerBound)) … \(text(StyleOverrides.lineWidthRange.upperBound)) pt), "
            + "palette (1 … \(StyleOverrides.maxPaletteCount) colours \"#rrggbb\" or \"#rrggbbaa\"), colors (colour role → colour)"
    }

    // MARK: Helpers

    /// A value as compact JSON: `[-3, 3, 0.25]`, `"inf"`, `true`.
    static func json(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case let .bool(b): return String(b)
        case let .number(d): return text(d)
        case let .string(s): return "\"\(s)\""
        case let .array(items): return "[" + items.map(json).joined(separator: ", ") + "]"
        case let .object(members): return "{" + members.map { "\"\($0.0)\": \(json($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    static func text(_ d: Double) -> String { JSONValue.number(d).summary }

    private static func sentence(_ doc: String) -> String { doc.prefix(1).uppercased() + doc.dropFirst() + "." }
    private static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    private static func code(_ s: String, _ key: KeyInfo) -> String { key.dependentDefault == nil && key.defaultValue != nil ? "`\(s)`" : s }
}
