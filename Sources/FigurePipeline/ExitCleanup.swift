import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Paths to remove when the process is interrupted (SIGINT, SIGTERM, SIGHUP): the temporaries of writes in
/// flight and the review's scratch directories. Normal exits remove their own files; this covers signals.
///
/// It is the one piece of process-wide state: a signal ends the whole process, so what must be removed then
/// is a property of the process. It is guarded by a `Mutex`; after an interrupt no new path can be registered
/// (`creating` fails, so no temporary is created while the process is going away).
public enum ExitCleanup {
    struct State: ~Copyable {
        var paths: [Int: String] = [:]
        var next = 0
        var exiting = false
        var installed = false
    }

    private static let state = Mutex(State())
    /// Kept alive for the life of the process once installed.
    private static let sources = Mutex<[SignalSource]>([])

    /// A dispatch signal source, kept for the life of the process (it is only touched when installed).
    private final class SignalSource: @unchecked Sendable {
        let source: DispatchSourceSignal
        init(_ source: DispatchSourceSignal) { self.source = source }
    }

    /// The process is being interrupted; nothing new may be created.
    public struct Interrupted: Error, CustomStringConvertible {
        public var description: String { "interrupted" }
    }

    /// Catches SIGINT, SIGTERM and SIGHUP: removes every registered path, then ends the process with the
    /// conventional status 128 + signal. Idempotent; the command-line tool calls it once at start.
    public static func installSignalHandlers() {
        let first = state.withLock { s -> Bool in
            defer { s.installed = true }
            return !s.installed
        }
        guard first else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global(qos: .userInteractive))
            source.setEventHandler { interrupt(signalNumber) }
            source.resume()
            let box = SignalSource(source)
            sources.withLock { $0.append(box) }
        }
    }

    /// Runs `create` (which makes a file or a directory and returns its path, or nil when it made nothing) and
    /// registers what it made, both under the lock that `interrupt` holds until the process ends. So an interrupt
    /// falls either before (`create` does not run; this throws `Interrupted`) or after (the path is registered and
    /// removed): no temporary can be made between the sweep and the exit. Returns the token, or nil.
    public static func creating(_ create: () throws -> String?) throws -> Int? {
        try state.withLock { s in
            guard !s.exiting else { throw Interrupted() }
            guard let path = try create() else { return nil }
            defer { s.next += 1 }
            s.paths[s.next] = path
            return s.next
        }
    }

    /// The path of `token` no longer needs removing (it was renamed into place or removed).
    public static func forget(_ token: Int) {
        state.withLock { _ = $0.paths.removeValue(forKey: token) }
    }

    /// Removes every registered path and ends the process. The lock is held to the end, so that no thread
    /// registers (and creates) a new temporary in between.
    static func interrupt(_ signalNumber: Int32) {
        state.withLock { s in
            s.exiting = true
            for path in s.paths.values { removeTree(path) }
            s.paths.removeAll()
            let message = "\ninterrupted: temporary files removed; finished figures are intact\n"
            _ = message.withCString { Glibc.write(2, $0, strlen($0)) }
            _exit(128 + signalNumber)
        }
    }

    /// Removes a file, a symbolic link (not its target) or a directory tree, without following links.
    package static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
                for name in names { removeTree(path + "/" + name) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
