import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on a directory the program writes into, held for a whole run, so that two runs
/// on one output or cache directory take turns. The lock is on the file `.ebm-figures.lock` in the directory and
/// lives in the kernel's open-file table, not in process ids: it works across PID namespaces (two containers
/// sharing a volume) and is released by the kernel when its holder dies, however it dies.
public final class DirectoryLock: Sendable {
    public static let fileName = ".ebm-figures.lock"
    private let descriptor: Int32
    public let directory: String

    private init(descriptor: Int32, directory: String) {
        self.descriptor = descriptor
        self.directory = directory
    }

    deinit { close(descriptor) }

    /// Takes the lock on `directory` (which must exist), calling `waiting` once when another run holds it and
    /// then blocking until that run ends.
    public static func acquire(_ directory: String, waiting: () -> Void = {}) throws -> DirectoryLock {
        let path = directory + "/" + fileName
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw AtomicFile.WriteError(path: path, reason: "cannot open the lock file (\(AtomicFile.reason(errno)))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = AtomicFile.reason(errno)
                close(fd)
                throw AtomicFile.WriteError(path: path, reason: "cannot lock (\(reason))")
            }
            waiting()
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = AtomicFile.reason(errno)
                    close(fd)
                    throw AtomicFile.WriteError(path: path, reason: "cannot lock (\(reason))")
                }
            }
        }
        return DirectoryLock(descriptor: fd, directory: directory)
    }

    /// Locks every directory of `directories` (duplicates and the same directory under two names taken once),
    /// in one fixed order, so that two runs locking overlapping sets can never wait for each other in a cycle.
    public static func acquireAll(_ directories: [String], waiting: (String) -> Void = { _ in }) throws -> [DirectoryLock] {
        var seen = Set<String>()
        var unique: [(key: String, path: String)] = []
        for directory in directories {
            let key = realPath(directory)
            if seen.insert(key).inserted { unique.append((key, directory)) }
        }
        return try unique.sorted { $0.key < $1.key }.map { entry in try acquire(entry.path) { waiting(entry.path) } }
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
