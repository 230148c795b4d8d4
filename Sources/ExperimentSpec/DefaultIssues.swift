/// Issues whose offending value an experiment got from `defaults`: reported once, at `defaults.…`, with the
/// experiments it applies to.
struct DefaultIssues {
    private var order: [String] = []
    private var byKey: [String: (issue: SpecIssue, experiments: [Int])] = [:]

    /// Moves the issues logged since `since` that come from the defaults out of `log`.
    mutating func claim(from log: IssueLog, since: Int, experiment index: Int, path: String, item: JSONValue, defaults: JSONValue) {
        var kept = Array(log.issues[..<since])
        for issue in log.issues[since...] {
            let prefix = path + "."
            guard issue.path.hasPrefix(prefix),
                  ExperimentDefaults.comesFromDefaults(String(issue.path.dropFirst(prefix.count)), experiment: item, defaults: defaults) else {
                kept.append(issue)
                continue
            }
            let moved = SpecIssue(path: "defaults." + issue.path.dropFirst(prefix.count), message: issue.message)
            let key = moved.path + "\u{0}" + moved.message
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = (moved, [])
            }
            byKey[key]!.experiments.append(index)
        }
        log.issues = kept
    }

    func report(to log: IssueLog, experimentCount: Int) {
        for key in order {
            guard let (issue, experiments) = byKey[key] else { continue }
            let scope = experiments.count == experimentCount && experimentCount > 1 ? "every experiment"
                : experiments.prefix(5).map { "experiments[\($0)]" }.joined(separator: ", ") + (experiments.count > 5 ? ", …" : "")
            log.add(issue.path, "\(issue.message) (applies to \(scope))")
        }
    }
}
