import Foundation

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
    /// The keys read so far: the keys this object may have (tests compare them with the schema's).
    private(set) var used: [String] = []

    init?(_ value: JSONValue, path: String, log: IssueLog) {
        guard case let .object(members) = value else {
            log.add(path, path.isEmpty ? "the file must be a JSON object {\"version\": 1, \"experiments\": […]}, got \(value.described)"
                    : "must be an object, got \(value.described)")
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
        guard let v = value(key) else {
            if fallback == nil, check.required { log.add(childPath(key), "is required") }
            return fallback
        }
        return readNumber(v, path: childPath(key), check) ?? fallback
    }

    func integer(_ key: String, default fallback: Int? = nil, _ check: NumberCheck = .any) -> Int? {
        guard let v = value(key) else {
            if fallback == nil, check.required { log.add(childPath(key), "is required") }
            return fallback
        }
        guard let d = readNumber(v, path: childPath(key), check) else { return fallback }
        guard d == d.rounded(), abs(d) <= Double(ExperimentFile.maxSeed) else {
            log.add(childPath(key), "must be a whole number, got \(v.summary)")
            return fallback
        }
        return Int(d)
    }

    func string(_ key: String, default fallback: String? = nil, oneOf choices: [String]? = nil, required: Bool = false) -> String? {
        guard let v = value(key) else {
            if required { log.add(childPath(key), "is required") }
            return fallback
        }
        guard case let .string(s) = v else {
            log.add(childPath(key), "must be a string, got \(v.described)")
            return fallback
        }
        if let (offset, scalar) = s.unicodeScalars.enumerated().first(where: { TerminalText.isControl($0.element) }) {
            log.add(childPath(key), "must not contain control characters (U+0000–U+001F, U+007F–U+009F), got U+"
                    + String(format: "%04X", scalar.value) + " at character \(offset + 1)")
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

    /// A string of a closed vocabulary, as its enum.
    func choice<C: SpecChoice>(_ key: String, default fallback: C) -> C {
        string(key, oneOf: C.names).flatMap(C.init(rawValue:)) ?? fallback
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let v = value(key) else { return fallback }
        guard case let .bool(b) = v else {
            log.add(childPath(key), "must be true or false, got \(v.described)")
            return fallback
        }
        return b
    }

    func object(_ key: String) -> ObjectReader? {
        guard let v = value(key) else { return nil }
        return ObjectReader(v, path: childPath(key), log: log)
    }

    func array(_ key: String, minCount: Int = 0, maxCount: Int = 100_000) -> [JSONValue]? {
        guard let v = value(key) else { return nil }
        guard case let .array(items) = v else {
            log.add(childPath(key), "must be an array, got \(v.described)")
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

    /// Spellings of β = ∞ where a check allows it (JSON has no infinity; the schema lists the same three).
    static let infinitySpellings = ["inf", "infinity", "∞"]

    func readNumber(_ v: JSONValue, path: String, _ check: NumberCheck) -> Double? {
        guard case let .number(d) = v else {
            if case let .string(s) = v, check.allowsInfinity, Self.infinitySpellings.contains(s) {
                return .infinity
            }
            if case let .string(s) = v, ["nan", "inf", "infinity", "-inf", "-infinity", "∞"].contains(s.lowercased()) {
                log.add(path, "must be a finite number\(check.allowsInfinity ? " or \"inf\"" : ""), got \(v.described)")
            } else {
                log.add(path, "must be a number\(check.allowsInfinity ? " or \"inf\"" : ""), got \(v.described)")
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
