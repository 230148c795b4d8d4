import Figures
import Foundation

/// The CLI's output: progress lines on stdout, errors on stderr, one line at a time across threads.
enum Console {
    private static let lock = NSLock()

    static func line(_ s: String) {
        lock.withLock {
            FileHandle.standardOutput.write(Data((s + "\n").utf8))
        }
    }

    static func error(_ s: String) {
        lock.withLock {
            FileHandle.standardError.write(Data(("error: " + s + "\n").utf8))
        }
    }
}
