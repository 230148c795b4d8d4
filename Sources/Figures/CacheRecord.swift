import Foundation

/// What the cache remembers of an experiment's last successful render: its spec hash and the digest of
/// every file written. Outputs are current when the hash matches and every file still has its digest.
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
    /// The program that rendered it (`SpecHash.programIdentity`).
    var program: String?

    static func read(_ path: String) -> CacheRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(CacheRecord.self, from: data)
    }

    func write(_ path: String, cacheDirectory: String) throws {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        try AtomicFile.write([(path, try SpecHash.canonicalJSON(self))])
    }

    func isCurrent(hash: String, layout: OutputLayout) -> Bool {
        guard hash == self.hash else { return false }
        return files.allSatisfy { file in
            guard let data = FileManager.default.contents(atPath: layout.figuresDirectory + "/" + file.name) else { return false }
            return SpecHash.hex(SpecHash.fnv1a(data)) == file.digest
        }
    }
}
