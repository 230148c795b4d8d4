/// Collects the issues of one validation run.
final class IssueLog {
    var issues: [SpecIssue] = []
    func add(_ path: String, _ message: String) { issues.append(SpecIssue(path: path, message: message)) }
}

/// Reads one JSON object member by member, checking types and ranges, recording every problem with its
/// path, and remembering which keys were read so that `finish()` can report the unknown ones.
final class ObjectReader {
    let path: String
    let log: IssueLog
    private let members: [(String, JSONValue)]
    private var used: [String] = []

    init?(_ value: JSONValue, path: String, log: IssueLog) {
        guard case let .object(members) = value else {
            log.add(path, "must be an object, got \(value.typeName) \(value.summary)")
            return nil
        }
        self.path = path
        self.log = log
        self.members = members
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The raw value of `key`, marking it as known.
    func value(_ key: String) -> JSONValue? {
        used.append(key)
        return members.first { $0.0 == key }?.1
    }

    func has(_ key: String) -> Bool { members.contains { $0.0 == key } }

    /// Reports keys nobody read, suggesting the closest known key.
    func finish(context: String? = nil) {
        for (key, _) in members where !used.contains(key) {
            var message = "unknown key"
            if let context { message += " for \(context)" }
            if let suggestion = closest(to: key, in: used) { message += " (did you mean \"\(suggestion)\"?)" }
            log.add(childPath(key), message)
        }
    }

    // MARK: Typed accessors (missing optional keys give the default; bad values give the default and an issue)

    func number(_ key: String, default fallback: Double? = nil, _ check: NumberCheck = .any) -> Double? {
        guard let v = value(key), v != .null else {
            if fallback == nil, check.required { log.add(childPath(key), "is required") }
            return fallback
        }
        return readNumber(v, path: childPath(key), check) ?? fallback
    }

    func integer(_ key: String, default fallback: Int? = nil, _ check: NumberCheck = .any) -> Int? {
        guard let v = value(key), v != .null else {
            if fallback == nil, check.required { log.add(childPath(key), "is required") }
            return fallback
        }
        guard let d = readNumber(v, path: childPath(key), check) else { return fallback }
        guard d == d.rounded() else {
            log.add(childPath(key), "must be a whole number, got \(v.summary)")
            return fallback
        }
        return Int(d)
    }

    func string(_ key: String, default fallback: String? = nil, oneOf choices: [String]? = nil, required: Bool = false) -> String? {
        guard let v = value(key), v != .null else {
            if required { log.add(childPath(key), "is required") }
            return fallback
        }
        guard case let .string(s) = v else {
            log.add(childPath(key), "must be a string, got \(v.typeName) \(v.summary)")
            return fallback
        }
        if let choices, !choices.contains(s) {
            var message = "must be one of \(choices.map { "\"\($0)\"" }.joined(separator: ", ")), got \"\(s)\""
            if let suggestion = closest(to: s, in: choices) { message += " (did you mean \"\(suggestion)\"?)" }
            log.add(childPath(key), message)
            return fallback
        }
        return s
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let v = value(key), v != .null else { return fallback }
        guard case let .bool(b) = v else {
            log.add(childPath(key), "must be true or false, got \(v.typeName) \(v.summary)")
            return fallback
        }
        return b
    }

    func object(_ key: String) -> ObjectReader? {
        guard let v = value(key), v != .null else { return nil }
        return ObjectReader(v, path: childPath(key), log: log)
    }

    func array(_ key: String, minCount: Int = 0, maxCount: Int = 100_000) -> [JSONValue]? {
        guard let v = value(key), v != .null else { return nil }
        guard case let .array(items) = v else {
            log.add(childPath(key), "must be an array, got \(v.typeName) \(v.summary)")
            return nil
        }
        if items.count < minCount || items.count > maxCount {
            log.add(childPath(key), minCount == maxCount ? "must have exactly \(minCount) items, got \(items.count)"
                    : "must have \(minCount)…\(maxCount) items, got \(items.count)")
            return nil
        }
        return items
    }

    func numbers(_ key: String, count: ClosedRange<Int>, _ check: NumberCheck = .any) -> [Double]? {
        guard let items = array(key, minCount: count.lowerBound, maxCount: count.upperBound) else { return nil }
        let values = items.enumerated().map { readNumber($1, path: "\(childPath(key))[\($0)]", check) }
        return values.contains(where: { $0 == nil }) ? nil : values.map { $0! }
    }

    func readNumber(_ v: JSONValue, path: String, _ check: NumberCheck) -> Double? {
        guard case let .number(d) = v else {
            if case let .string(s) = v, ["nan", "inf", "infinity", "-inf"].contains(s.lowercased()), !check.allowsInfinity {
                log.add(path, "must be a finite number, got \(v.summary)")
            } else if case let .string(s) = v, check.allowsInfinity, ["inf", "infinity", "∞"].contains(s.lowercased()) {
                return .infinity
            } else {
                log.add(path, "must be a number\(check.allowsInfinity ? " or \"inf\"" : ""), got \(v.typeName) \(v.summary)")
            }
            return nil
        }
        if let problem = check.problem(d) {
            log.add(path, "\(problem), got \(v.summary)")
            return nil
        }
        return d
    }
}

/// A range check for numbers.
struct NumberCheck {
    var minimum: Double?
    var minimumInclusive = true
    var maximum: Double?
    var required = false
    var allowsInfinity = false

    static let any = NumberCheck()
    static let positive = NumberCheck(minimum: 0, minimumInclusive: false)
    static let nonNegative = NumberCheck(minimum: 0)
    static func range(_ lo: Double, _ hi: Double) -> NumberCheck { NumberCheck(minimum: lo, maximum: hi) }
    static func positive(max: Double) -> NumberCheck { NumberCheck(minimum: 0, minimumInclusive: false, maximum: max) }
    /// β: > 0, or "inf" for the zero-temperature limit.
    static let beta = NumberCheck(minimum: 0, minimumInclusive: false, maximum: 1e6, allowsInfinity: true)

    var isRequired: NumberCheck { var c = self; c.required = true; return c }

    func problem(_ d: Double) -> String? {
        if !d.isFinite { return allowsInfinity && d == .infinity ? nil : "must be finite" }
        if let minimum, minimumInclusive ? d < minimum : d <= minimum {
            return "must be \(minimumInclusive ? "≥" : ">") \(format(minimum))" + (maximum.map { " and ≤ \(format($0))" } ?? "")
        }
        if let maximum, d > maximum { return "must be ≤ \(format(maximum))" + (minimum.map { " and \(minimumInclusive ? "≥" : ">") \(format($0))" } ?? "") }
        return nil
    }

    private func format(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
}

/// The candidate within edit distance ⅓ of the word's length (at least 2), if any.
func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3), best.1 > 0 || word != best.0 else { return nil }
    return best.0
}

/// Levenshtein distance.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
