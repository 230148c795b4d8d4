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

    static func report(_ r: ExperimentReport, quiet: Bool, verbose: Bool) {
        switch r.status {
        case let .failed(message):
            error("\(r.id): \(message)")
        case .rendered:
            guard !quiet else { return }
            var text = String(format: "rendered   %@ (%.2f s): %@", r.id, r.seconds, r.files.joined(separator: ", "))
            if verbose { text += "\n    " + r.stages.map { String(format: "%@ %.1f ms", $0.0, $0.1 * 1000) }.joined(separator: ", ") }
            line(text)
        case .upToDate:
            if !quiet { line(String(format: "up to date %@ (%.2f s)", r.id, r.seconds)) }
        }
    }
}
