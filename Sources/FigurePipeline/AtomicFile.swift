import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees a partial one: bytes go to a temporary file in the same
/// directory, are flushed, then renamed over the target in one step. A failure leaves the old file intact.
///
/// Temporaries are named `.NAME.ebm-tmp-XXXXXXXXXXXX` (twelve random letters and digits) and created with
/// `O_CREAT | O_EXCL | O_NOFOLLOW`: a file or a symbolic link planted at that name is never written through,
/// and the name cannot be guessed in advance. The final rename replaces whatever entry is at the target
/// (a planted symbolic link is replaced, never followed). Every temporary is removed on every exit path:
/// a failed write removes it at once, an interrupt through `ExitCleanup`, a kill by the next run's sweep.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// The marker in every temporary's name; `removeStaleTemporaries` removes only names carrying it.
    static let marker = ".ebm-tmp-"
    static let randomLength = 12
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// Writes a set of files all-or-nothing as far as the file system allows: every temporary is written
    /// first; only when all succeeded are they renamed into place.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [(tmp: String, path: String, token: Int)] = []
        defer {
            for t in temporaries {
                unlink(t.tmp)
                ExitCleanup.forget(t.token)
            }
        }
        for (path, bytes) in files {
            let (tmp, token) = try writeTemporary(for: path, bytes)
            temporaries.append((tmp, path, token))
        }
        while let t = temporaries.first {
            guard rename(t.tmp, t.path) == 0 else { throw WriteError(path: t.path, reason: reason(errno)) }
            ExitCleanup.forget(t.token)
            temporaries.removeFirst()
        }
    }

    /// A fresh temporary name beside `path`.
    static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var random = SystemRandomNumberGenerator()
        let suffix = String(decoding: (0..<randomLength).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self)
        return directory + "." + name + marker + suffix
    }

    /// Creates a temporary beside `path` exclusively, writes and flushes `bytes`; removes it on any failure.
    static func writeTemporary(for path: String, _ bytes: [UInt8]) throws -> (String, Int) {
        for _ in 0..<16 {
            let tmp = temporaryPath(for: path)
            var fd: Int32 = -1, error: Int32 = 0
            // Created and registered in one step, so an interrupt cannot fall between the two.
            let created = try ExitCleanup.creating {
                fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                error = errno
                return fd < 0 ? nil : tmp
            }
            guard let token = created else {
                if error == EEXIST { continue }
                throw WriteError(path: path, reason: reason(error))
            }
            do {
                try writeAll(fd, bytes, reportAs: path)
                close(fd)
            } catch {
                close(fd)
                unlink(tmp)
                ExitCleanup.forget(token)
                throw error
            }
            return (tmp, token)
        }
        throw WriteError(path: path, reason: "cannot create a temporary file beside it")
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], reportAs target: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw WriteError(path: target, reason: reason(errno)) }
            offset += n
        }
        guard fsync(fd) == 0 || errno == EINVAL else { throw WriteError(path: target, reason: reason(errno)) }
    }

    /// Whether `name` is one of this program's temporaries.
    public static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: marker, options: .backwards) else { return false }
        let suffix = name[range.upperBound...].utf8
        return suffix.count == randomLength && suffix.allSatisfy { alphabet.contains($0) }
    }

    /// Removes this program's temporaries (`.NAME.ebm-tmp-…`) that a killed run left in `directory`. Call it only
    /// while holding the directory's `DirectoryLock`: then no other run is writing there. Other hidden files,
    /// directories and anything not named like a temporary are never touched. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().filter { name in
            guard isTemporary(name) else { return false }
            var info = stat()
            guard lstat(directory + "/" + name, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return false }
            return unlink(directory + "/" + name) == 0
        }
    }

    /// Makes `directory` (and parents) or explains why it cannot; checks it is writable.
    public static func prepareDirectory(_ directory: String) throws {
        guard !directory.isEmpty else { throw WriteError(path: "\"\"", reason: "an empty path is not a directory") }
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            var info = stat()
            if stat(prefix, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw WriteError(path: directory, reason: "\(prefix) is a file, not a directory")
                }
                continue
            }
            guard errno == ENOENT else { throw WriteError(path: directory, reason: "\(prefix): \(reason(errno))") }
            guard mkdir(prefix, 0o755) == 0 || errno == EEXIST else {
                throw WriteError(path: directory, reason: "cannot create the directory \(prefix) (\(reason(errno)))")
            }
        }
        guard access(directory, W_OK) == 0 else { throw WriteError(path: directory, reason: "the directory is not writable") }
    }

    package static func reason(_ error: Int32) -> String { String(cString: strerror(error)) }
}
