/// Adds `tEXt` chunks (provenance: experiment id, spec hash) to a PNG that cairo encoded.
/// Only chunk framing is written here (length, type, data, CRC-32); the image itself is cairo's.
enum PNGText {
    static func insert(_ entries: [(String, String)], into png: [UInt8]) -> [UInt8] {
        // Signature (8 bytes) + IHDR chunk (4 + 4 + 13 + 4 bytes) = 33 bytes; new chunks go right after.
        guard !entries.isEmpty, png.count > 33 else { return png }
        var chunks: [UInt8] = []
        for (key, value) in entries {
            let data = Array(key.utf8.prefix(79)) + [0] + Array(value.utf8)
            let type = Array("tEXt".utf8)
            chunks += bigEndian(UInt32(data.count)) + type + data + bigEndian(crc32(type + data))
        }
        return Array(png[0..<33]) + chunks + Array(png[33...])
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
