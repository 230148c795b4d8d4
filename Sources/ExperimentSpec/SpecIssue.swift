/// One problem in an experiments file, located by its JSON path (`experiments[2].training.learningRate`).
public struct SpecIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The issue as one line: a key or a value echoed with control characters escaped.
    public var description: String {
        let path = TerminalText.escaped(self.path, keepingNewlines: false)
        let message = TerminalText.escaped(self.message, keepingNewlines: false)
        return path.isEmpty ? message : "\(path): \(message)"
    }
}

/// Every problem found in an experiments file; validation reports them all at once.
public struct SpecError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var issues: [SpecIssue]

    public init(file: String, issues: [SpecIssue]) {
        self.file = file
        self.issues = issues
    }

    public var description: String {
        let header = "\(file): \(issues.count) problem\(issues.count == 1 ? "" : "s")"
        return ([header] + issues.map { "  " + $0.description }).joined(separator: "\n")
    }
}
