import Foundation

/// Where a malformed experiments file goes wrong, in the words of Foundation's JSON reader.
///
/// `JSONDecoder` reports a syntax error without its place; `JSONSerialization` names the character offset
/// ("… around character 19."), which is turned here into a line and a column. Foundation's reader is lenient
/// in two ways the documentation states: a trailing comma is accepted, and of a key written twice in one
/// object one value is kept.
enum JSONLocation {
    /// The syntax problem of `data` as one issue, or nil when Foundation reads it.
    static func syntaxIssue(in data: Data) -> SpecIssue? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? String(describing: error)
            return SpecIssue(path: "", message: message(text, in: data))
        }
    }

    static func message(_ text: String, in data: Data) -> String {
        var reason = text.hasSuffix(".") ? String(text.dropLast()) : text
        reason = reason.replacingOccurrences(of: "is not representable in Swift", with: "is too large for a 64-bit floating-point number")
        guard let marker = reason.range(of: " around character "),
              let offset = Int(reason[marker.upperBound...].prefix { $0.isNumber }) else {
            return "malformed JSON: " + lowercasedFirst(reason)
        }
        reason = String(reason[..<marker.lowerBound])
        let (line, column) = lineAndColumn(of: offset, in: data)
        let rest = data.dropFirst(offset).prefix(8)
        if rest.starts(with: Array("NaN".utf8)) || rest.starts(with: Array("Infinity".utf8)) || rest.starts(with: Array("-Infinity".utf8)) {
            reason += " (NaN and Infinity are not JSON numbers; write a finite number, or \"inf\" where β may be infinite)"
        }
        return "malformed JSON at line \(line), column \(column): " + lowercasedFirst(reason)
    }

    /// 1-based line and column of the byte at `offset`.
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private static func lowercasedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }
}
