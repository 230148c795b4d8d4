import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What standard output is connected to: a terminal gets a live progress line and (unless `NO_COLOR` is set or the
/// terminal is "dumb") colour; a file or a pipe gets plain lines.
struct Terminal: Sendable {
    /// A live, redrawn progress line.
    var isInteractive: Bool
    /// ANSI colours.
    var usesColor: Bool

    static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        let tty = isatty(STDOUT_FILENO) == 1
        let dumb = (environment["TERM"] ?? "") == "dumb"
        // https://no-color.org: any non-empty NO_COLOR turns colour off.
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return Terminal(isInteractive: tty && !dumb, usesColor: tty && !dumb && !noColor)
    }

    /// Columns of the terminal (80 when unknown).
    static func width() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    enum Color: String {
        case green = "32", red = "31", yellow = "33", cyan = "36", dim = "2", bold = "1"
    }

    func paint(_ text: String, _ color: Color) -> String {
        usesColor ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
