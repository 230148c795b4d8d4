import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees a partial one: bytes go to a temporary file in the same
/// directory, are flushed, then renamed over the target in one step. A failure leaves the old file intact.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes a set of files all-or-nothing as far as the file system allows: every temporary is written
    /// first; only when all succeeded are they renamed into place.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [(String, String)] = []
        defer { for (tmp, _) in temporaries { unlink(tmp) } }
        for (path, bytes) in files {
            let tmp = temporaryPath(for: path)
            try writeFile(tmp, bytes, reportAs: path)
            temporaries.append((tmp, path))
        }
        for (tmp, path) in temporaries {
            guard rename(tmp, path) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        }
        temporaries.removeAll()
    }

    /// `path`'s sibling `.name.tmp-PID-TID`: unique per writing thread, so that two threads of one run writing
    /// the same file (e.g. two experiments storing the same trained model) never share a temporary.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(pthread_self())"
    }

    static func writeFile(_ path: String, _ bytes: [UInt8], reportAs target: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: target, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { throw WriteError(path: target, reason: String(cString: strerror(errno))) }
            offset += n
        }
        guard fsync(fd) == 0 || errno == EINVAL else { throw WriteError(path: target, reason: String(cString: strerror(errno))) }
    }

    /// Removes the hidden temporaries (`.name.tmp-PID-TID`) that a killed run left in `directory`; those of
    /// processes still running (another run writing there now) are kept. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().filter { name in
            guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards),
                  let pid = Int32(name[marker.upperBound...].prefix { $0 != "-" }), pid > 0 else { return false }
            guard pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { return false }
            return unlink(directory + "/" + name) == 0
        }
    }

    /// Makes `directory` (and parents) or explains why it cannot; checks it is writable.
    public static func prepareDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        guard access(directory, W_OK) == 0 else { throw WriteError(path: directory, reason: "the directory is not writable") }
    }
}
