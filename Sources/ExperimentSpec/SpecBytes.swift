import Foundation

/// The checks on an experiments file's bytes before they are read as JSON: its size, its encoding (UTF-8
/// without a byte-order mark, as RFC 8259 asks) and the places Foundation's reader reports without a location
/// (invalid UTF-8, a lone surrogate escape). Each problem is one located issue.
enum SpecBytes {
    /// The largest experiments file read: about 280 times the shipped file (15 kB), and read and validated in a few
    /// seconds. Larger files are refused before they are read.
    static let maxBytes = 4 << 20

    /// Reads the file at `path`, refusing one larger than `maxBytes` without reading it whole.
    static func read(path: String) throws -> Data {
        let fail = { (message: String) in SpecError(file: path, issues: [SpecIssue(path: "", message: message)]) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            throw fail("no such file (looked for \(absolute)); pass --experiments FILE or run in the directory that holds it")
        }
        guard !isDirectory.boolValue else { throw fail("is a directory, not an experiments file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot read the file (missing or unreadable)") }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw fail("cannot read the file (\(error.localizedDescription))")
        }
        guard data.count <= maxBytes else {
            throw fail("the file is larger than \(maxBytes >> 20) MiB, the largest experiments file read (see docs/experiments.md)")
        }
        return data
    }

    /// The encoding problem of `data`, or nil when it is UTF-8 without a byte-order mark.
    static func encodingIssue(_ data: Data) -> SpecIssue? {
        let bytes = [UInt8](data.prefix(4))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        let saveAs = "; save it as UTF-8 without a byte-order mark"
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00])
            || (bytes.count == 4 && ((bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0) || (bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0))) {
            return SpecIssue(path: "", message: "the file is UTF-32 encoded" + saveAs)
        }
        if starts([0xFE, 0xFF]) || starts([0xFF, 0xFE]) || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            return SpecIssue(path: "", message: "the file is UTF-16 encoded" + saveAs)
        }
        if starts([0xEF, 0xBB, 0xBF]) {
            return SpecIssue(path: "", message: "the file starts with a byte-order mark (U+FEFF)" + saveAs)
        }
        if let offset = firstInvalidUTF8(data) {
            let (line, column) = JSONLocation.lineAndColumn(of: offset, in: data)
            return SpecIssue(path: "", message: "invalid UTF-8 at line \(line), column \(column) (byte 0x"
                             + String(format: "%02X", data[data.startIndex + offset]) + "); save the file as UTF-8")
        }
        return nil
    }

    /// The byte offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Where a `\uD800`–`\uDFFF` escape stands without its pair, as a location, or nil. Used only to place an
    /// error Foundation's reader reports without one.
    static func loneSurrogate(_ data: Data) -> (line: Int, column: Int, escape: String)? {
        let bytes = [UInt8](data)
        func hexValue(at i: Int) -> Int? {
            guard i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
            return Int(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16)
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\") else { i += 1; continue }
            guard let value = hexValue(at: i) else { i += 2; continue }
            if (0xD800...0xDBFF).contains(value), let next = hexValue(at: i + 6), (0xDC00...0xDFFF).contains(next) {
                i += 12
                continue
            }
            if (0xD800...0xDFFF).contains(value) {
                let (line, column) = JSONLocation.lineAndColumn(of: i, in: data)
                return (line, column, String(decoding: bytes[i..<(i + 6)], as: UTF8.self))
            }
            i += 6
        }
        return nil
    }
}
