import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes the strays of an output directory (`OutputOwnership.strays`): files the program wrote that no
/// experiment produces any more. Only regular files it owns, one `unlink` each: never a directory, never a
/// foreign file, never an input.
public enum Prune {
    /// Removes `ownership.strays`; returns the names removed and the failures (name and reason).
    public static func run(_ ownership: OutputOwnership) -> (removed: [String], failed: [(String, String)]) {
        var removed: [String] = [], failed: [(String, String)] = []
        for name in ownership.strays {
            if unlink(ownership.directory + "/" + name) == 0 {
                removed.append(name)
            } else {
                failed.append((name, AtomicFile.reason(errno)))
            }
        }
        return (removed, failed)
    }
}
