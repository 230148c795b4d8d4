/// The top-level `defaults` object: keys every experiment gets unless it writes them itself.
///
/// Objects merge key by key, at every depth (`"data": {"noise": 0.1}` in the defaults and `"data": {"seed": 3}` in an
/// experiment give both); any other value (a string, a number, an array) written by the experiment replaces the
/// default's whole. The merged object is then read like any experiment, so the sidecar's resolved spec shows the result.
/// A problem caused by a default is reported at its place in `defaults`, with the experiments it applies to.
enum ExperimentDefaults {
    /// Keys that cannot have a default.
    static let perExperimentKeys = ["id"]

    /// `defaults` under `experiment`: the experiment's keys win, objects merge recursively.
    static func merge(_ defaults: JSONValue, under experiment: JSONValue) -> JSONValue {
        guard case let .object(base) = defaults, case let .object(own) = experiment else { return experiment }
        var merged = base
        for (key, value) in own {
            if let i = merged.firstIndex(where: { $0.0 == key }) {
                merged[i] = (key, merge(merged[i].1, under: value))
            } else {
                merged.append((key, value))
            }
        }
        return .object(merged.sorted { $0.0 < $1.0 })
    }

    /// One step of a JSON path: a key or an array index.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// `data.points[3][1]` as steps.
    static func steps(_ path: String) -> [Step] {
        var steps: [Step] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = part[...]
            if let bracket = rest.firstIndex(of: "[") {
                if bracket > rest.startIndex { steps.append(.key(String(rest[..<bracket]))) }
                rest = rest[bracket...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    if let i = Int(rest[rest.index(after: rest.startIndex)..<close]) { steps.append(.index(i)) }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                steps.append(.key(String(rest)))
            }
        }
        return steps
    }

    /// Whether `value` has something at `steps`.
    static func contains(_ value: JSONValue, _ steps: ArraySlice<Step>) -> Bool {
        guard let first = steps.first else { return true }
        switch (first, value) {
        case let (.key(k), .object(members)):
            guard let child = members.first(where: { $0.0 == k })?.1 else { return false }
            return contains(child, steps.dropFirst())
        case let (.index(i), .array(items)):
            return items.indices.contains(i) && contains(items[i], steps.dropFirst())
        default:
            return false
        }
    }

    /// Where the value at `relativePath` of a merged experiment comes from: the `defaults` when the experiment
    /// does not write (an ancestor of) it and the defaults do.
    static func comesFromDefaults(_ relativePath: String, experiment: JSONValue, defaults: JSONValue) -> Bool {
        let steps = steps(relativePath)
        guard !steps.isEmpty else { return false }
        // The first step the experiment lacks decides: below it, everything is the default's.
        var prefix: [Step] = []
        for step in steps {
            prefix.append(step)
            if !contains(experiment, prefix[...]) { return contains(defaults, steps[...]) }
        }
        return false
    }
}
