import FigurePipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private scratch directory for a review (`$TMPDIR/ebm-figures-review-XXXXXX`), removed on every exit path:
/// by `remove()` when the command ends or fails, by `ExitCleanup` when it is interrupted. Its `DirectoryLock` is
/// held while it is in use, so a later review can tell a killed review's directory (lock free) from a running
/// one's (lock held) and removes only the former.
public final class ScratchDirectory {
    public static let prefix = "ebm-figures-review-"
    public let path: String
    private let lock: DirectoryLock
    private let token: Int

    /// Creates the directory, locks it, and removes the scratch directories that killed reviews left.
    public init(parent: String = FileManager.default.temporaryDirectory.path) throws {
        var template = Array((parent + "/" + Self.prefix + "XXXXXX").utf8CString)
        var error: Int32 = 0, madePath = ""
        // Created and registered in one step, so an interrupt cannot fall between the two.
        let made = try ExitCleanup.creating {
            guard let created = mkdtemp(&template) else {
                error = errno
                return nil
            }
            madePath = String(cString: created)
            return madePath
        }
        guard let token = made else { throw ReviewError(parent, "cannot create a scratch directory (\(AtomicFile.reason(error)))") }
        self.token = token
        path = madePath
        do {
            lock = try DirectoryLock.acquire(path)
        } catch {
            ExitCleanup.removeTree(path)
            ExitCleanup.forget(token)
            throw error
        }
        Self.removeAbandoned(in: parent, except: path)
    }

    /// Removes the directory and everything in it.
    public func remove() {
        ExitCleanup.removeTree(path)
        ExitCleanup.forget(token)
    }

    /// Removes `ebm-figures-review-*` directories in `parent` whose lock file exists and is not held: their
    /// review was killed. A directory without a lock file is left alone (it may be one being created just now).
    @discardableResult
    static func removeAbandoned(in parent: String, except own: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.filter { name in
            let path = parent + "/" + name
            guard name.hasPrefix(prefix), path != own else { return false }
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
            let fd = open(path + "/" + DirectoryLock.fileName, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
            ExitCleanup.removeTree(path)
            return true
        }
    }
}
