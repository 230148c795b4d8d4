#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Runs a program as a direct child (output discarded) and reports what the kernel measured of it.
///
/// `posix_spawn` + `wait4` rather than `Foundation.Process`: `wait4` hands back the child's own `rusage`, so its
/// peak resident set size is that of this one process (and the children it waited for), not the maximum over
/// every child this benchmark ever started, as `getrusage(RUSAGE_CHILDREN)` would be.
public enum ChildProcess {
    /// What one child run measured.
    public struct Measurement: Sendable, Codable {
        public var exitStatus: Int32
        public var wallSeconds: Double
        /// Peak resident set size (`ru_maxrss`, kilobytes on Linux).
        public var maxResidentKilobytes: Int
        public var userSeconds: Double
        public var systemSeconds: Double
    }

    /// Runs `arguments[0]` (a path, not looked up in PATH) with `arguments`, stdout and stderr to /dev/null.
    public static func run(_ arguments: [String]) throws -> Measurement {
        guard let program = arguments.first else { throw BenchmarkError("no program to run") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, program, &actions, nil, &argv, environ)
        guard spawned == 0 else { throw BenchmarkError("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchmarkError("wait4 failed for \(program): \(String(cString: strerror(errno)))") }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import: exit code in bits 8–15 when the low 7 bits are 0.
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Measurement(exitStatus: exit, wallSeconds: wall, maxResidentKilobytes: Int(usage.ru_maxrss),
                           userSeconds: seconds(usage.ru_utime), systemSeconds: seconds(usage.ru_stime))
    }
}
