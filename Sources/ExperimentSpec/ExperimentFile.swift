import Foundation

/// `experiments.json`: decoding, defaults and validation in one pass that reports every problem.
///
/// The limits below are documented in docs/experiments.md and mirrored in schema/experiments.schema.json.
public enum ExperimentFile {
    /// The schema version this program reads.
    public static let currentVersion = 1
    /// Points of a whole y₁ × y₂ grid (limits keep a typo from asking for hours of work or gigabytes of memory).
    public static let maxGridPoints = 4_000_000
    /// Points of one grid axis.
    public static let maxGridAxisPoints = 4000
    /// Data points, plotted samples and batch sizes.
    public static let maxSamples = 1_000_000
    /// Latent grid points N_z.
    public static let maxLatents = 100_000
    public static let maxEpochs = 100_000
    /// Width and height of a figure, in pixels.
    public static let minPixels = 64
    public static let maxPixels = 8000
    /// Experiments in one file.
    public static let maxExperiments = 10_000
    /// Seeds are JSON numbers: integers up to 2⁵³ − 1 are exact.
    public static let maxSeed = 9_007_199_254_740_991

    /// Reads and validates the file at `path` (at most `SpecBytes.maxBytes`).
    public static func load(path: String) throws -> [Experiment] {
        try parse(try SpecBytes.read(path: path), file: path)
    }

    /// The largest value of the top-level `"budget"` multiplier.
    public static let maxBudget = 1e6

    /// Validates `data` (the file's bytes); throws a `SpecError` listing every problem, including experiments whose
    /// estimated cost exceeds the budget (`CostBudget`, scaled by the file's `"budget"` key). Data file paths in the
    /// experiments are relative to `file`'s directory.
    public static func parse(_ data: Data, file: String) throws -> [Experiment] {
        guard data.count <= SpecBytes.maxBytes else {
            throw SpecError(file: file, issues: [SpecIssue(path: "", message: "the file is larger than \(SpecBytes.maxBytes >> 20) MiB, the largest experiments file read")])
        }
        if let encoding = SpecBytes.encodingIssue(data) { throw SpecError(file: file, issues: [encoding]) }
        if var syntax = JSONLocation.syntaxIssue(in: data) {
            if !syntax.message.contains(" at line "), let lone = SpecBytes.loneSurrogate(data) {
                syntax.message = "malformed JSON at line \(lone.line), column \(lone.column): \(lone.escape) is half of a UTF-16 surrogate pair without its other half"
            }
            throw SpecError(file: file, issues: [syntax])
        }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let error as DecodingError {
            throw SpecError(file: file, issues: [decodingIssue(error)])
        } catch {
            throw SpecError(file: file, issues: [SpecIssue(path: "", message: "cannot be read as JSON (\(error.localizedDescription))")])
        }
        let log = IssueLog()
        let experiments = read(root, log: log, baseDirectory: (file as NSString).deletingLastPathComponent)
        if !log.issues.isEmpty { throw SpecError(file: file, issues: log.issues) }
        return experiments
    }

    /// A decoding failure after the syntax was accepted, located by its JSON path. The one known case is a
    /// number too close to 0 for a 64-bit floating-point number (`1e-400`): Foundation's syntax check
    /// accepts it, its decoder does not.
    static func decodingIssue(_ error: DecodingError) -> SpecIssue {
        let codingPath: [CodingKey]
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .keyNotFound(_, context), let .dataCorrupted(context):
            codingPath = context.codingPath
        @unknown default:
            codingPath = []
        }
        let path = codingPath.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
        if case .typeMismatch = error {
            return SpecIssue(path: path, message: "a number too close to 0 for a 64-bit floating-point number (the smallest "
                             + "magnitude is about 4.9e-324); write 0 or a larger number")
        }
        return SpecIssue(path: path, message: "cannot be read as JSON")
    }

    static func read(_ root: JSONValue, log: IssueLog, baseDirectory: String = "") -> [Experiment] {
        guard let top = ObjectReader(root, path: "", log: log) else { return [] }
        _ = top.string("$schema")
        let defaults = readDefaults(top)
        // The version is checked first: a file for another version is not read further.
        guard let version = top.integer("version", NumberCheck.any.isRequired) else {
            _ = top.value("experiments")
            top.finish()
            return []
        }
        guard version == currentVersion else {
            log.add("version", "this program reads version \(currentVersion), got \(version)")
            return []
        }
        let budget = CostBudget(factor: top.number("budget", default: 1, .range(1, maxBudget)) ?? 1)
        guard let items = top.array("experiments", minCount: 1, maxCount: maxExperiments) else {
            if !top.has("experiments") { log.add("experiments", "is required") }
            top.finish()
            return []
        }
        top.finish()
        var experiments: [Experiment] = []
        var indices: [Int] = []
        var seen: [String: Int] = [:]
        var fromDefaults = DefaultIssues()
        for (index, item) in items.enumerated() {
            let path = "experiments[\(index)]"
            // Duplicates are found on the raw ids, so that an experiment with other problems is checked too.
            if case let .object(members) = item, let idValue = members.first(where: { $0.0 == "id" })?.1, case let .string(id) = idValue {
                if let first = seen[id] {
                    log.add("\(path).id", "duplicate id \"\(id)\" (also experiments[\(first)]); ids name the output files")
                } else {
                    seen[id] = index
                }
            }
            let merged = defaults.map { ExperimentDefaults.merge($0, under: item) } ?? item
            let before = log.issues.count
            let experiment = ObjectReader(merged, path: path, log: log).flatMap { ExperimentReader($0, baseDirectory: baseDirectory).read() }
            if let defaults {
                fromDefaults.claim(from: log, since: before, experiment: index, path: path, item: item, defaults: defaults)
            }
            if let experiment {
                // The cost is judged on the resolved spec, before any work (docs/experiments.md, "Cost").
                if let refusal = budget.refusal(experiment.costEstimate) { log.add(path, refusal) }
                experiments.append(experiment)
                indices.append(index)
            }
        }
        fromDefaults.report(to: log, experimentCount: items.count)
        checkOutputCollisions(experiments, indices: indices, log: log)
        return experiments
    }

    /// The `defaults` object, without the keys that cannot have a default (reported).
    private static func readDefaults(_ top: ObjectReader) -> JSONValue? {
        guard let value = top.value("defaults") else { return nil }
        guard case let .object(members) = value else {
            top.log.add("defaults", "must be an object of experiment keys (theme, size, formats, model, data, training, plot, …), got \(value.described)")
            return nil
        }
        for key in ExperimentDefaults.perExperimentKeys where members.contains(where: { $0.0 == key }) {
            top.log.add("defaults.\(key)", "cannot have a default: each experiment has its own")
        }
        return .object(members.filter { !ExperimentDefaults.perExperimentKeys.contains($0.0) })
    }
}
