import Foundation

/// A strict RFC 8259 syntax check of the file's bytes, run before Foundation decodes them.
///
/// Foundation's `JSONDecoder` on Linux reports a syntax error without its place, accepts trailing commas
/// and keeps the first of two members with the same key silently. This scan names the line and column of
/// the first syntax error and reports every duplicate key with its JSON path, so that the experiments file
/// means what every other JSON reader (editors, the schema validator) thinks it means. It builds no values.
struct JSONSyntax {
    /// A syntax error at a byte offset; scanning stops at the first one.
    private struct Failure: Error {
        let offset: Int
        let message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var duplicates: [SpecIssue] = []

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The syntax error (one issue, located by line and column) or the duplicate keys (one issue each).
    static func check(_ data: Data) -> [SpecIssue] {
        var scanner = JSONSyntax(Array(data))
        do {
            scanner.skipWhitespace()
            try scanner.value(path: "")
            scanner.skipWhitespace()
            if scanner.offset < scanner.bytes.count {
                throw Failure(offset: scanner.offset, message: "unexpected \(scanner.describeByte()) after the end of the document")
            }
        } catch let failure as Failure {
            let (line, column) = scanner.lineAndColumn(failure.offset)
            return [SpecIssue(path: "", message: "malformed JSON at line \(line), column \(column): \(failure.message)")]
        } catch {
            return [SpecIssue(path: "", message: "malformed JSON: \(error)")]
        }
        return scanner.duplicates
    }

    // MARK: Grammar

    private mutating func value(path: String) throws {
        guard offset < bytes.count else { throw Failure(offset: offset, message: "unexpected end of file, expected a value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): try object(path: path)
        case UInt8(ascii: "["): try array(path: path)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let word = self.word()
            if ["NaN", "Infinity", "inf", "nan"].contains(word) {
                throw Failure(offset: offset, message: "\(word) is not a JSON number; numbers must be finite (write \"inf\" as a string where β = ∞ is allowed)")
            }
            throw Failure(offset: offset, message: "expected a value, got \(describeByte())")
        }
    }

    private mutating func object(path: String) throws {
        offset += 1
        var seen: [String: Int] = [:]
        skipWhitespace()
        if peek("}") { offset += 1; return }
        while true {
            skipWhitespace()
            guard peek("\"") else {
                throw Failure(offset: offset, message: peek("}") ? "trailing comma before \"}\"" : "expected a key in double quotes, got \(describeByte())")
            }
            let keyOffset = offset
            let key = try string()
            let child = path.isEmpty ? key : "\(path).\(key)"
            if let first = seen[key] {
                let (line, column) = lineAndColumn(keyOffset), (firstLine, firstColumn) = lineAndColumn(first)
                duplicates.append(SpecIssue(path: child, message: "duplicate key at line \(line), column \(column) (first at line \(firstLine), column \(firstColumn)); JSON readers keep only one of the two values"))
            } else {
                seen[key] = keyOffset
            }
            skipWhitespace()
            guard peek(":") else { throw Failure(offset: offset, message: "expected \":\" after the key \"\(key)\", got \(describeByte())") }
            offset += 1
            skipWhitespace()
            try value(path: child)
            skipWhitespace()
            if peek(",") { offset += 1; continue }
            if peek("}") { offset += 1; return }
            throw Failure(offset: offset, message: "expected \",\" or \"}\" after the value of \"\(key)\", got \(describeByte())")
        }
    }

    private mutating func array(path: String) throws {
        offset += 1
        skipWhitespace()
        if peek("]") { offset += 1; return }
        var index = 0
        while true {
            skipWhitespace()
            if peek("]") { throw Failure(offset: offset, message: "trailing comma before \"]\"") }
            try value(path: "\(path)[\(index)]")
            index += 1
            skipWhitespace()
            if peek(",") { offset += 1; continue }
            if peek("]") { offset += 1; return }
            throw Failure(offset: offset, message: "expected \",\" or \"]\" after an array item, got \(describeByte())")
        }
    }

    /// A string's raw contents (escapes left as written: enough to compare keys).
    private mutating func string() throws -> String {
        let start = offset
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: bytes[(start + 1)..<(offset - 1)], as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                if escape == UInt8(ascii: "u") {
                    let hex = bytes[(offset + 1)..<min(offset + 5, bytes.count)]
                    guard hex.count == 4, hex.allSatisfy({ isHexDigit($0) }) else {
                        throw Failure(offset: offset - 1, message: "\\u must be followed by four hexadecimal digits")
                    }
                    offset += 5
                } else if Array("\"\\/bfnrt".utf8).contains(escape) {
                    offset += 1
                } else {
                    throw Failure(offset: offset - 1, message: "invalid escape \"\\\(Character(UnicodeScalar(escape)))\" in a string")
                }
            case 0..<0x20:
                throw Failure(offset: offset, message: byte == 0x0A ? "line break inside a string (missing closing quote?)" : "control character inside a string")
            default:
                offset += 1
            }
        }
        throw Failure(offset: start, message: "unterminated string")
    }

    private mutating func number() throws {
        let start = offset
        if peek("-") { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else {
            if word() == "Infinity" { throw Failure(offset: start, message: "-Infinity is not a JSON number; numbers must be finite") }
            throw Failure(offset: start, message: "expected a digit after \"-\"")
        }
        if bytes[offset] == UInt8(ascii: "0"), offset + 1 < bytes.count, isDigit(bytes[offset + 1]) {
            throw Failure(offset: start, message: "numbers must not have leading zeros")
        }
        digits()
        if peek(".") {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw Failure(offset: offset, message: "expected a digit after the decimal point") }
            digits()
        }
        if peek("e") || peek("E") {
            offset += 1
            if peek("+") || peek("-") { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw Failure(offset: offset, message: "expected a digit in the exponent") }
            digits()
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if let value = Double(text), !value.isFinite {
            throw Failure(offset: start, message: "the number \(text) is too large to be represented (not finite)")
        }
    }

    private mutating func literal(_ word: String) throws {
        let utf8 = Array(word.utf8)
        guard bytes.count >= offset + utf8.count, Array(bytes[offset..<(offset + utf8.count)]) == utf8 else {
            throw Failure(offset: offset, message: "expected \(word), got \"\(self.word())\"")
        }
        offset += utf8.count
    }

    // MARK: Bytes

    private mutating func skipWhitespace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    private mutating func digits() {
        while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }

    private func peek(_ character: Unicode.Scalar) -> Bool { offset < bytes.count && bytes[offset] == UInt8(ascii: character) }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }

    /// The letters at the current offset (for messages about bare words).
    private func word() -> String {
        var end = offset
        while end < bytes.count, end - offset < 20, (bytes[end] >= 0x41 && bytes[end] <= 0x7A) || isDigit(bytes[end]) { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    private func describeByte() -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        return byte >= 0x20 && byte < 0x7F ? "\"\(Character(UnicodeScalar(byte)))\"" : "byte 0x\(String(byte, radix: 16))"
    }

    /// 1-based line and column (in characters) of a byte offset.
    private func lineAndColumn(_ target: Int) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(target) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
