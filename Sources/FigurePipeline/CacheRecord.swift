import ExperimentSpec
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the cache remembers of an experiment's last successful render: its spec hash and the digest of
/// every file written. Outputs are current when the hash matches, the record lists exactly the files the
/// experiment produces, and every one of them still has its digest.
struct CacheRecord: Codable {
    struct File: Codable {
        var name: String
        var digest: String
    }
    var hash: String
    var files: [File]
    /// The canonical JSON of the resolved spec that was rendered, so that `status` can name the keys that changed
    /// (absent in records of older programs).
    var spec: String?
    /// The program that rendered it (`ProgramIdentity.current`).
    var program: String?

    /// A record read from the cache: none, a usable one, or one that cannot be used (and why).
    enum Lookup {
        case missing
        case found(CacheRecord)
        case unusable(String)
    }

    /// Records are a few hundred bytes; anything much larger is not one.
    static let maxBytes = 1 << 20

    static func read(_ path: String) -> Lookup {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .unusable("\(path) is not a regular file") }
        guard info.st_size <= maxBytes else { return .unusable("\(path) is larger than a record can be") }
        guard let data = FileManager.default.contents(atPath: path) else { return .unusable("\(path) cannot be read") }
        guard let record = try? JSONDecoder().decode(CacheRecord.self, from: data) else {
            return .unusable("\(path) is not a record this program wrote")
        }
        return .found(record)
    }

    func write(_ path: String, cacheDirectory: String) throws {
        try AtomicFile.prepareDirectory(cacheDirectory)
        try AtomicFile.write([(path, try CanonicalJSON.encode(self))])
    }

    /// Whether the outputs are what this record says: same spec hash, exactly the `expected` file names, and
    /// every file (a regular file, not a link) with its recorded digest.
    func isCurrent(hash: String, expected: [String], layout: OutputLayout) -> Bool {
        guard hash == self.hash, lists(expected) else { return false }
        return files.allSatisfy { file in
            let path = layout.figuresDirectory + "/" + file.name
            guard FileIdentity.isRegularFile(path), let data = FileManager.default.contents(atPath: path) else { return false }
            return FNV1a.digest(data) == file.digest
        }
    }

    /// Whether the record lists exactly the `expected` outputs, besides the `.npy` arrays the sidecar keeps beside
    /// it (`ID.KEY.npy`, docs/sidecars.md), whose names depend on the data and whose digests are checked like the rest.
    func lists(_ expected: [String]) -> Bool {
        let sidecarArrays = Set(expected.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) + "." })
        let named = files.map(\.name).filter { name in !(name.hasSuffix(".npy") && sidecarArrays.contains { name.hasPrefix($0) }) }
        return named.sorted() == expected.sorted()
    }
}
