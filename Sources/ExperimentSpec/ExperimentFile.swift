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

    /// Reads and validates the file at `path`.
    public static func load(path: String) throws -> [Experiment] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecError(file: path, issues: [SpecIssue(path: "", message: "cannot read the file (missing or unreadable)")])
        }
        return try parse(data, file: path)
    }

    /// The largest value of the top-level `"budget"` multiplier.
    public static let maxBudget = 1e6

    /// Validates `data` (the file's bytes); throws a `SpecError` listing every problem, including experiments whose
    /// estimated cost exceeds the budget (`CostBudget`, scaled by the file's `"budget"` key).
    public static func parse(_ data: Data, file: String) throws -> [Experiment] {
        if let syntax = JSONLocation.syntaxIssue(in: data) { throw SpecError(file: file, issues: [syntax]) }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw SpecError(file: file, issues: [SpecIssue(path: "", message: "malformed JSON: \(error)")])
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
        var seen: [String: Int] = [:]
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
            guard let reader = ObjectReader(item, path: path, log: log), let experiment = ExperimentReader(reader).read() else { continue }
            // The cost is judged on the resolved spec, before any work (docs/experiments.md, "Cost").
            if let refusal = budget.refusal(experiment.costEstimate) { log.add(path, refusal) }
            experiments.append(experiment)
        }
        return experiments
    }
}
