import ExperimentSpec
import FigurePipeline
import Foundation
import Synchronization

/// The CLI's output: progress lines on stdout, errors and warnings on stderr, one line at a time across threads.
/// Control characters from names and messages are escaped (`\u{1B}`), so nothing read from a file or an
/// argument can move the cursor, ring the bell or forge a line; a warning is printed once however often it recurs.
enum Console {
    /// Serialises the output; holds the warnings already printed.
    private static let warned = Mutex(Set<String>())

    static func line(_ s: String) {
        warned.withLock { _ in
            StandardStreams.out(TerminalText.escaped(s) + "\n")
        }
    }

    static func error(_ s: String) {
        warned.withLock { _ in
            StandardStreams.err("error: " + TerminalText.escaped(s) + "\n")
        }
    }

    static func warning(_ s: String) {
        warned.withLock { warned in
            guard warned.insert(s).inserted else { return }
            StandardStreams.err("warning: " + TerminalText.escaped(s) + "\n")
        }
    }
}
