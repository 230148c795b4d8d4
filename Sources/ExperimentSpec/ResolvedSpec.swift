/// The resolved experiment as the user would write it: every default filled in, only the kind's own keys, in the
/// file's vocabulary. Read back, it gives the same experiment (the sidecars' `spec`; docs/sidecars.md).
extension Experiment {
    public var resolvedSpec: JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)), ("kind", .string(kind.rawValue)), ("title", .string(title)), ("caption", .string(caption)),
            ("size", .object([("height", .number(Double(heightPixels))), ("width", .number(Double(widthPixels)))])),
            ("dpi", .number(dpi)), ("formats", .array(formats.map { .string($0.rawValue) })), ("theme", .string(theme.rawValue)),
            ("svgText", .string(svgText.rawValue)), ("model", model.json), ("data", data.json), ("plot", plotJSON),
        ]
        if let training { members.append(("training", training.json(for: kind))) }
        return .object(members.sorted { $0.0 < $1.0 })
    }

    /// The `plot` section: the kind's keys, and `style` when the file gives one.
    private var plotJSON: JSONValue {
        guard let style, case let .object(members) = plot.json else { return plot.json }
        return .object((members + [("style", style.json)]).sorted { $0.0 < $1.0 })
    }

    /// What a figure depends on: the resolved spec and, for a data file, its digest (so that editing the file
    /// changes the spec's hash). The cache and the provenance hash are computed from it.
    public var identity: JSONValue {
        guard let digest = data.digest, case let .object(members) = resolvedSpec else { return resolvedSpec }
        return .object(members.map { key, value in
            guard key == "data", case let .object(fields) = value else { return (key, value) }
            return (key, .object((fields + [("digest", .string(digest))]).sorted { $0.0 < $1.0 }))
        })
    }
}

extension ModelSpec {
    var json: JSONValue {
        .object([("latents", .number(Double(latentCount))), ("seed", .number(Double(seed))), ("w", .array([.number(w1), .number(w2)]))])
    }
}

extension DataSpec {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("source", .string(source.rawValue))]
        switch source {
        case .file: members.append(("path", .string(path ?? "")))
        case .points: members.append(("points", .array((points ?? rows).map { .array($0.map(JSONValue.number)) })))
        case .lecture, .ellipse, .horn:
            members += [("count", .number(Double(count))), ("noise", .number(noise)), ("seed", .number(Double(seed)))]
        }
        return .object(members.sorted { $0.0 < $1.0 })
    }
}

extension TrainingSpec {
    /// The section as `kind` reads it: no momentum with Adam, no β where the kind trains at its plot's β values, no
    /// loss or margin for the horn kinds.
    func json(for kind: ExperimentKind) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("optimizer", .string(optimizer.rawValue)), ("learningRate", .number(learningRate)), ("batchSize", .number(Double(batchSize))),
            ("epochs", .number(Double(epochs))), ("order", .string(order.rawValue)), ("seed", .number(Double(seed))),
        ]
        if !kind.isHorn { members += [("loss", .string(loss.rawValue)), ("margin", .number(margin))] }
        if optimizer == .sgd { members.append(("momentum", .number(momentum))) }
        if !kind.trainsAtPlotBetas { members.append(("beta", .beta(beta))) }
        return .object(members.sorted { $0.0 < $1.0 })
    }
}

extension JSONValue: Encodable {
    /// Encodes as the JSON it stands for (numbers as 64-bit floats, objects in member order).
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case let .bool(b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case let .number(d):
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case let .string(s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case let .array(items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case let .object(members):
            var c = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in members { try c.encode(value, forKey: AnyKey(stringValue: key)) }
        }
    }
}
