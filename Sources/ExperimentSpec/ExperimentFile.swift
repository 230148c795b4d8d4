import Foundation

/// `experiments.json`: decoding, defaults and validation in one pass that reports every problem.
public enum ExperimentFile {
    /// The schema version this program reads.
    public static let currentVersion = 1
    /// Documented limits that keep a typo from asking for hours of work or gigabytes of memory.
    public static let maxGridPoints = 4_000_000
    public static let maxSamples = 1_000_000
    public static let maxEpochs = 100_000
    public static let maxPixels = 8000

    /// Reads and validates the file at `path`.
    public static func load(path: String) throws -> [Experiment] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecError(file: path, issues: [SpecIssue(path: "", message: "cannot read the file (missing or unreadable)")])
        }
        return try parse(data, file: path)
    }

    /// Validates `data` (the file's bytes); throws a `SpecError` listing every problem.
    public static func parse(_ data: Data, file: String) throws -> [Experiment] {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw SpecError(file: file, issues: [SpecIssue(path: "", message: "malformed JSON: " + describe(error, in: data))])
        }
        let log = IssueLog()
        let experiments = read(root, log: log)
        if !log.issues.isEmpty { throw SpecError(file: file, issues: log.issues) }
        return experiments
    }

    static func read(_ root: JSONValue, log: IssueLog) -> [Experiment] {
        guard let top = ObjectReader(root, path: "", log: log) else { return [] }
        _ = top.string("$schema")
        // The version is checked first: a file for another version is not read further.
        guard let version = top.integer("version", NumberCheck.any.isRequired) else { return [] }
        guard version == currentVersion else {
            log.add("version", "this program reads version \(currentVersion), got \(version)")
            return []
        }
        guard let items = top.array("experiments", minCount: 1) else {
            if !top.has("experiments") { log.add("experiments", "is required") }
            top.finish()
            return []
        }
        top.finish()
        var experiments: [Experiment] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let path = "experiments[\(index)]"
            guard let reader = ObjectReader(item, path: path, log: log), let experiment = ExperimentReader(reader).read() else { continue }
            if let first = seen[experiment.id] {
                log.add("\(path).id", "duplicate id \"\(experiment.id)\" (also experiments[\(first)])")
            } else {
                seen[experiment.id] = index
            }
            experiments.append(experiment)
        }
        return experiments
    }

    /// Foundation's parse error with the line and column of the byte offset it names, when it names one.
    static func describe(_ error: Error, in data: Data) -> String {
        let nsError = error as NSError
        var text = String(describing: error)
        if case let DecodingError.dataCorrupted(context) = error {
            text = context.debugDescription
            if let underlying = context.underlyingError as NSError? {
                text += " " + (underlying.userInfo[NSDebugDescriptionErrorKey] as? String ?? underlying.localizedDescription)
            }
        } else if let description = nsError.userInfo[NSDebugDescriptionErrorKey] as? String {
            text = description
        }
        if !text.contains("line"), let offset = (error as NSError).userInfo["NSJSONSerializationErrorIndex"] as? Int {
            let (line, column) = lineAndColumn(of: offset, in: data)
            text += " (line \(line), column \(column))"
        }
        return text
    }

    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
