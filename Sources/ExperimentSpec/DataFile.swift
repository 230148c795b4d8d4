import Foundation

/// A data set of the experiments file's author: a CSV file with a header (`data.source: "file"`) or rows given
/// inline (`data.source: "points"`).
///
/// The columns are `y1,y2` for the ellipse kinds and `x,y1,y2` for the horn kinds (x in [0, 1]). Every bad row is
/// reported with the file, its line and column; values are finite and within ±10⁶ like every coordinate of the file.
enum DataFile {
    /// Bytes read from one data file; larger files are refused before they are read.
    static let maxBytes = 64 << 20
    /// Problems listed per file before the rest are counted.
    static let maxReportedRows = 10
    static let coordinateLimit = 1e6
    /// Rows of `data.points` (larger sets belong in a file).
    static let maxInlinePoints = 10_000

    /// The columns of a data set for `kind`.
    static func columns(for kind: ExperimentKind) -> [String] { kind.isHorn ? ["x", "y1", "y2"] : ["y1", "y2"] }

    /// FNV-1a (64 bits) of `bytes` as 16 hex digits: the digest that enters the spec's hash.
    static func digest(_ bytes: Data) -> String { FNV1a.digest(bytes) }

    /// `path` (as written) resolved against the directory of the experiments file.
    static func resolve(_ path: String, baseDirectory: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }

    /// Reads the file `path` (as written in the experiments file); problems go to `log` at `issuePath`.
    static func load(_ path: String, baseDirectory: String, kind: ExperimentKind, issuePath: String, log: IssueLog)
        -> (rows: [[Double]], digest: String)? {
        let resolved = resolve(path, baseDirectory: baseDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            let absolute = resolved.hasPrefix("/") ? resolved : FileManager.default.currentDirectoryPath + "/" + resolved
            log.add(issuePath, "cannot read \"\(path)\": no such file (paths are relative to the experiments file: \(absolute))")
            return nil
        }
        guard !isDirectory.boolValue else {
            log.add(issuePath, "\"\(path)\" is a directory, not a CSV file")
            return nil
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: resolved))?[.size] as? Int, size > maxBytes {
            log.add(issuePath, "\"\(path)\" has \(size) bytes; a data file has at most \(maxBytes)")
            return nil
        }
        guard let bytes = FileManager.default.contents(atPath: resolved) else {
            log.add(issuePath, "cannot read \"\(path)\" (permission denied or not a regular file)")
            return nil
        }
        guard let rows = parse(bytes, name: path, columns: columns(for: kind), issuePath: issuePath, log: log) else { return nil }
        return (rows, digest(bytes))
    }

    /// The rows of CSV text: a header naming `columns`, then one row of numbers per line (blank lines skipped).
    static func parse(_ bytes: Data, name: String, columns: [String], issuePath: String, log: IssueLog) -> [[Double]]? {
        guard let text = String(data: bytes, encoding: .utf8) else {
            log.add(issuePath, "\(name): not UTF-8 text")
            return nil
        }
        var problems: [String] = []
        var rows: [[Double]] = []
        var sawHeader = false
        let header = columns.joined(separator: ",")
        // "\r\n" is one Character in Swift: split on both line ends.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = fieldsWithColumns(line)
            guard sawHeader else {
                sawHeader = true
                let names = fields.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
                if names != columns {
                    problems.append("\(name), line \(lineNumber): the header must be \"\(header)\", got \"\(line)\"")
                    break
                }
                continue
            }
            guard fields.count == columns.count else {
                problems.append("\(name), line \(lineNumber): expected \(columns.count) values (\(header)), got \(fields.count)")
                continue
            }
            var row: [Double] = []
            for (i, field) in fields.enumerated() {
                let where_ = "\(name), line \(lineNumber), column \(field.column) (\(columns[i]))"
                let trimmed = field.text.trimmingCharacters(in: .whitespaces)
                guard let value = Double(trimmed), value.isFinite, !trimmed.lowercased().hasPrefix("0x") else {
                    problems.append("\(where_): must be a finite number, got \"\(trimmed)\"")
                    continue
                }
                if let problem = rangeProblem(value, column: columns[i]) {
                    problems.append("\(where_): \(problem), got \(trimmed)")
                    continue
                }
                row.append(value)
            }
            if row.count == columns.count { rows.append(row) }
            if rows.count > ExperimentFile.maxSamples {
                problems.append("\(name): more than \(ExperimentFile.maxSamples) rows")
                break
            }
        }
        if !sawHeader { problems.append("\(name): empty; the first line must be the header \"\(header)\"") }
        else if problems.isEmpty && rows.isEmpty { problems.append("\(name): has a header but no rows") }
        guard problems.isEmpty else {
            for problem in problems.prefix(maxReportedRows) { log.add(issuePath, problem) }
            if problems.count > maxReportedRows {
                log.add(issuePath, "\(name): \(problems.count - maxReportedRows) more problems")
            }
            return nil
        }
        return rows
    }

    /// The inline rows of `data.points`, checked like the file's.
    static func readPoints(_ items: [JSONValue], columns: [String], issuePath: String, log: IssueLog) -> [[Double]]? {
        var rows: [[Double]] = []
        var bad = false
        for (i, item) in items.enumerated() {
            let path = "\(issuePath)[\(i)]"
            guard case let .array(values) = item, values.count == columns.count else {
                log.add(path, "must be [\(columns.joined(separator: ", "))], got \(item.described)")
                bad = true
                continue
            }
            var row: [Double] = []
            for (j, value) in values.enumerated() {
                guard case let .number(d) = value else {
                    log.add("\(path)[\(j)]", "must be a number (\(columns[j])), got \(value.described)")
                    continue
                }
                if let problem = rangeProblem(d, column: columns[j]) {
                    log.add("\(path)[\(j)]", "\(problem), got \(value.summary)")
                    continue
                }
                row.append(d)
            }
            if row.count == columns.count { rows.append(row) } else { bad = true }
        }
        return bad ? nil : rows
    }

    private static func rangeProblem(_ value: Double, column: String) -> String? {
        if column == "x" { return (0...1).contains(value) ? nil : "x must be in [0, 1]" }
        return abs(value) <= coordinateLimit ? nil : "must be within ±10⁶"
    }

    /// Comma-separated fields with the 1-based character column where each starts.
    private static func fieldsWithColumns(_ line: Substring) -> [(text: Substring, column: Int)] {
        var fields: [(Substring, Int)] = []
        var start = line.startIndex
        var column = 1
        var startColumn = 1
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "," {
                fields.append((line[start..<index], startColumn))
                start = line.index(after: index)
                startColumn = column + 1
            }
            column += 1
            index = line.index(after: index)
        }
        fields.append((line[start..<line.endIndex], startColumn))
        return fields
    }
}
