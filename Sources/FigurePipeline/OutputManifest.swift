import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The list of files this program wrote into an output directory, kept there as `.ebm-figures-manifest.json`
/// (sorted names, so the same outputs give the same bytes). A run may prune only files it can prove it
/// wrote: those listed here, or those named like an output of a current experiment (see `OutputOwnership`).
public struct OutputManifest: Equatable, Sendable {
    public static let fileName = ".ebm-figures-manifest.json"
    public static let version = 1
    public var files: Set<String>

    public init(files: Set<String> = []) { self.files = files }

    struct Document: Codable {
        var version: Int
        var files: [String]
    }

    /// The manifest of `directory`; none yet gives an empty one. One that cannot be read gives an empty one
    /// and a warning: ownership is then judged by output names alone, which is the safe side (fewer files owned).
    public static func read(_ directory: String) -> (manifest: OutputManifest, warning: String?) {
        let path = directory + "/" + fileName
        var info = stat()
        guard lstat(path, &info) == 0 else { return (OutputManifest(), nil) }
        let problem: String
        if (info.st_mode & S_IFMT) != S_IFREG {
            problem = "not a regular file"
        } else if info.st_size > 16 << 20 {
            problem = "larger than 16 MiB"
        } else if let data = FileManager.default.contents(atPath: path),
                  let document = try? JSONDecoder().decode(Document.self, from: data), document.version == version,
                  document.files.allSatisfy(isPlainName) {
            return (OutputManifest(files: Set(document.files)), nil)
        } else {
            problem = "not a manifest this program wrote"
        }
        return (OutputManifest(), "\(path): \(problem); ignored (files are owned by their output names only) and rewritten after the run")
    }

    public func write(_ directory: String) throws {
        var bytes = try CanonicalJSON.encode(Document(version: Self.version, files: files.sorted()), pretty: true)
        bytes.append(UInt8(ascii: "\n"))
        try AtomicFile.write([(directory + "/" + Self.fileName, bytes)])
    }

    /// A file name directly inside the directory: no separators, not `.` or `..`, not empty.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
