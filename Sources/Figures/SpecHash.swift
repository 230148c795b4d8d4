import ExperimentSpec
import Foundation

/// Stable hashes of specs and bytes (FNV-1a, 64 bits), for cache keys and provenance. Not cryptographic:
/// they only need to change when the input changes.
public enum SpecHash {
    /// The version of the figure code; part of every cache key, so a new program re-renders everything.
    public static let programVersion = "0.1.0"

    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    public static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// Canonical JSON of any encodable value (sorted keys; ∞ as "inf").
    public static func canonicalJSON<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try encoder.encode(value))
    }

    /// The hash of an experiment's resolved spec and the program version: the provenance the outputs record.
    /// It leaves out the executable's bytes, so that a rebuild (another build directory, a change elsewhere in
    /// the program) that draws the same figure writes the same bytes.
    public static func provenance(of experiment: Experiment) -> String {
        hex(fnv1a(((try? canonicalJSON(experiment.identity)) ?? []) + Array(programVersion.utf8)))
    }

    /// The cache key: the hash of an experiment's resolved spec, the program version and the running executable's bytes,
    /// so that rebuilding the program with different figure code invalidates every cached figure.
    public static func of(_ experiment: Experiment) -> String {
        let bytes = (try? canonicalJSON(experiment.identity)) ?? []
        return hex(fnv1a(bytes + Array(programVersion.utf8) + Array(executableDigest.utf8)))
    }

    /// The resolved spec as canonical JSON text (what the cache record keeps to explain a re-render).
    public static func canonicalSpec(_ experiment: Experiment) -> String {
        String(decoding: (try? canonicalJSON(experiment.identity)) ?? [], as: UTF8.self)
    }

    /// The program version and the executable's digest: what a cache key holds besides the spec.
    public static var programIdentity: String { programVersion + "+" + executableDigest }

    /// The path of the running executable: `/proc/self/exe` on Linux, Foundation's answer elsewhere (macOS has no
    /// /proc), the command line's first word as the last resort.
    public static let executablePath: String = {
        if FileManager.default.isReadableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        if let path = Bundle.main.executablePath { return path }
        return CommandLine.arguments.first ?? ""
    }()

    /// The digest of the running executable (read once per process; word-wise FNV-1a for speed).
    public static let executableDigest: String = {
        // Unreadable: a value no record holds, so that every figure re-renders rather than one going stale.
        guard let data = FileManager.default.contents(atPath: executablePath) else { return "unreadable-" + UUID().uuidString }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                h ^= raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                h = h &* 0x100_0000_01b3
            }
            for i in (words * 8)..<raw.count {
                h ^= UInt64(raw[i])
                h = h &* 0x100_0000_01b3
            }
        }
        return hex(h)
    }()
}
