import Foundation

/// One JSON text per value: sorted keys, unescaped slashes, ∞ and NaN as the strings "inf", "-inf" and "nan". What
/// is hashed (cache keys, checksums) and what is written (sidecars, records, manifests) is this text.
public enum CanonicalJSON {
    /// The canonical JSON of `value` as UTF-8 bytes; `pretty` indents it (for files people read).
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try encoder.encode(value))
    }
}
