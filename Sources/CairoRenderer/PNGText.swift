/// Adds text chunks (title, description, software, provenance) to an encoded PNG: `iTXt`, whose text is
/// UTF-8 (a title with β or ∞ is not Latin-1, which `tEXt` requires). Only chunk framing is written here (length,
/// type, data, CRC-32); the image itself is libpng's (`PNGEncoder`).
enum PNGText {
    static func insert(_ entries: [(String, String)], into png: [UInt8]) -> [UInt8] {
        // Signature (8 bytes) + IHDR chunk (4 + 4 + 13 + 4 bytes) = 33 bytes; new chunks go right after.
        guard !entries.isEmpty, png.count > 33 else { return png }
        var chunks: [UInt8] = []
        for (key, value) in entries {
            chunks += chunk("iTXt", keyword(key) + [0, 0, 0] + [0] + [0] + Array(value.utf8))
        }
        return Array(png[0..<33]) + chunks + Array(png[33...])
    }

    /// One chunk: length, type, data, CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    /// A PNG keyword: 1…79 printable Latin-1 characters without leading, trailing or doubled spaces (others become "_").
    static func keyword(_ key: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in key.unicodeScalars.prefix(79) {
            let v = scalar.value
            let printable = (32...126).contains(v) || (161...255).contains(v)
            let byte = printable ? UInt8(v) : UInt8(ascii: "_")
            if byte == 32, bytes.last == 32 || bytes.isEmpty { continue }
            bytes.append(byte)
        }
        while bytes.last == 32 { bytes.removeLast() }
        return bytes.isEmpty ? Array("Comment".utf8) : bytes
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    /// CRC-32 (ISO 3309, polynomial 0xEDB88320), as the PNG specification defines it for chunks.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
