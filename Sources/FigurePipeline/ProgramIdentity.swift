import ExperimentSpec
import Foundation

/// Which program drew a figure: its version and the digest of the running executable. Both are part of every
/// cache key, so that a new version or a rebuild with different figure code re-renders and re-trains.
public enum ProgramIdentity {
    /// The version of the figure code; part of every cache key, so a new program re-renders everything.
    public static let version = "0.1.0"

    /// The version and the executable's digest: what a cache record keeps of the program that rendered it.
    public static var current: String { version + "+" + executableDigest }

    /// The path of the running executable: `/proc/self/exe` on Linux, Foundation's answer elsewhere (macOS has no
    /// /proc), the command line's first word as the last resort.
    public static let executablePath: String = {
        if FileManager.default.isReadableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        if let path = Bundle.main.executablePath { return path }
        return CommandLine.arguments.first ?? ""
    }()

    /// The digest of the running executable (read once per process; FNV-1a over 8-byte words, then the last
    /// bytes, for speed).
    public static let executableDigest: String = {
        // Unreadable: a value no record holds, so that every figure re-renders rather than one going stale.
        guard let data = FileManager.default.contents(atPath: executablePath) else { return "unreadable-" + UUID().uuidString }
        var h = FNV1a.offsetBasis
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                h ^= raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                h = h &* FNV1a.prime
            }
            for i in (words * 8)..<raw.count {
                h ^= UInt64(raw[i])
                h = h &* FNV1a.prime
            }
        }
        return FNV1a.hex(h)
    }()
}
