import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether a file in the figures directory is complete: a truncated or half-written file fails.
enum OutputCheck {
    /// nil when `data` is a complete file of its kind (by extension), else what is wrong.
    static func problem(name: String, data: Data) -> String? {
        switch (name as NSString).pathExtension {
        case "png": return png(data)
        case "svg": return XMLParser(data: data).parse() && String(decoding: data.suffix(16), as: UTF8.self).contains("</svg>") ? nil : "SVG does not parse"
        case "pdf":
            let tail = String(decoding: data.suffix(32), as: UTF8.self)
            return data.starts(with: Array("%PDF-".utf8)) && tail.contains("%%EOF") ? nil : "PDF has no header or no %%EOF"
        case "json": return (try? JSONSerialization.jsonObject(with: data)) == nil ? "JSON does not parse" : nil
        case "md": return String(decoding: data, as: UTF8.self).hasPrefix("# Figures") ? nil : "README.md is not a gallery"
        default: return nil
        }
    }

    /// A PNG is complete when its chunks, walked by their lengths, end exactly at the IEND chunk.
    private static func png(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return "PNG signature missing" }
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            offset += 12 + length
            if type == "IEND" { return offset == bytes.count ? nil : "PNG has bytes after IEND" }
        }
        return "PNG is truncated (no IEND chunk)"
    }
}
