import ExperimentSpec
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which entries of an output directory this program may write, replace and prune.
///
/// A file is the program's own when it is listed in the directory's `OutputManifest` (written by an earlier
/// run), or named like an output of an experiment of the current file (`ID.png`, `ID.svg`, `ID.pdf`, `ID.json`,
/// `ID-frameN.png`), or is `README.md` starting with the gallery's header. Everything else is foreign: a run
/// refuses a directory holding foreign files unless forced, and never replaces or prunes one even then.
/// Hidden entries (names starting with ".") are neither: a run never touches them, apart from its own
/// bookkeeping (`OutputManifest`, `DirectoryLock`) and its own temporaries.
public struct OutputOwnership: Sendable {
    public let directory: String
    public let manifest: OutputManifest
    /// A warning about an unreadable manifest, to print once.
    public let manifestWarning: String?
    /// Every name the experiments of the file produce.
    let produced: Set<String>
    let ids: Set<String>
    /// The non-hidden entries of the directory.
    let entries: [String]
    /// Device and inode of the files the run reads (the experiments file): never written, never pruned.
    let inputs: [FileIdentity]

    /// Entries that belong to the run although it does not prune them (the cache directory, when it is inside).
    let exempt: Set<String>

    public init(directory: String, experiments: [Experiment], inputs: [String], exempt: Set<String> = []) {
        self.directory = directory
        self.exempt = exempt
        (manifest, manifestWarning) = OutputManifest.read(directory)
        let layout = OutputLayout(figuresDirectory: directory, cacheDirectory: "")
        produced = Set(experiments.flatMap { layout.outputNames($0) })
        ids = Set(experiments.map(\.id))
        entries = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        self.inputs = inputs.compactMap(FileIdentity.init(path:))
    }

    /// Whether the program may replace or prune the entry `name`.
    public func owns(_ name: String) -> Bool {
        if name == Gallery.fileName { return manifest.files.contains(name) || isGallery(directory + "/" + name) }
        return manifest.files.contains(name) || produced.contains(name) || isOutputName(name) || isSidecarArray(name)
    }

    /// `ID.KEY.npy`: an array a sidecar keeps beside it (docs/sidecars.md); it belongs to its experiment while that
    /// experiment is in the file.
    func isSidecarArray(_ name: String) -> Bool {
        name.hasSuffix(".npy") && ids.contains { name.hasPrefix($0 + ".") }
    }

    /// The non-hidden entries the program did not write, sorted.
    public var foreign: [String] { entries.filter { !owns($0) && !exempt.contains($0) } }

    /// Files the program wrote that no experiment of the file produces any more: regular files only (never a
    /// directory, never a symbolic link), never an input of the run, never the gallery.
    public var strays: [String] {
        entries.filter { name in
            guard name != Gallery.fileName, !produced.contains(name), !isSidecarArray(name), !exempt.contains(name), owns(name) else { return false }
            let path = directory + "/" + name
            guard FileIdentity.isRegularFile(path) else { return false }
            return !isInput(path)
        }
    }

    /// Whether writing `path` would replace a file the run reads.
    public func isInput(_ path: String) -> Bool {
        guard let identity = FileIdentity(path: path) else { return false }
        return inputs.contains(identity)
    }

    /// The first component of `inner` below `outer` (`cache` for `out` and `out/cache/models`), or nil when it is not below.
    public static func entry(of inner: String, below outer: String) -> String? {
        let o = URL(fileURLWithPath: outer).standardizedFileURL.path, i = URL(fileURLWithPath: inner).standardizedFileURL.path
        let prefix = o.hasSuffix("/") ? o : o + "/"
        guard i.hasPrefix(prefix) else { return nil }
        return i.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
    }

    /// `ID.png|svg|pdf|json` or `ID-frameN.png` for an id of the file.
    func isOutputName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let stem = String(name[..<dot]), ext = name[name.index(after: dot)...]
        guard ["png", "svg", "pdf", "json"].contains(ext) else { return false }
        if ids.contains(stem) { return true }
        guard ext == "png", let marker = stem.range(of: "-frame", options: .backwards) else { return false }
        let number = stem[marker.upperBound...]
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber } && ids.contains(String(stem[..<marker.lowerBound]))
    }

    /// A regular file that starts with the gallery's header.
    func isGallery(_ path: String) -> Bool {
        guard FileIdentity.isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = Array(Gallery.header.utf8)
        let head = (try? handle.read(upToCount: header.count)).map(Array.init) ?? []
        return head == header
    }
}

/// A file's device and inode: the same file under any name.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// A regular file itself, not a symbolic link to one.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
