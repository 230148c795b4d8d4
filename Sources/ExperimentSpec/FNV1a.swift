/// FNV-1a, 64 bits: a stable, fast, non-cryptographic hash of bytes. It only needs to change when its input
/// changes: data-file digests in the spec, cache keys, output digests and provenance are all built on it.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    /// h ← (h ⊕ byte) · prime for every byte, from the offset basis.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offsetBasis
        for b in bytes {
            h ^= UInt64(b)
            h = h &* prime
        }
        return h
    }

    /// A hash as 16 lower-case hex digits.
    public static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// The hash of `bytes` as 16 hex digits: the form every digest in the program takes.
    public static func digest(_ bytes: some Sequence<UInt8>) -> String { hex(hash(bytes)) }
}
