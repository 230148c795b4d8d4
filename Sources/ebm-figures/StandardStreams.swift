import Foundation
import Synchronization

/// Writes to standard output and standard error without trapping. Foundation's `FileHandle.write(_:)` stops the
/// process on a failed write (a full disk or a closed pipe behind a redirected stream), which would turn a full disk
/// into a crash in the middle of a run. These use the throwing `write(contentsOf:)` instead:
/// - a failed write to standard output is reported once on standard error (`error: cannot write to standard output:
///   …`); the run goes on and writes its figures, but the command ends with status 1 (`EBMFigures.main`);
/// - a failed write to standard error has nowhere to be reported and is dropped; the exit status still tells.
enum StandardStreams {
    private static let outputFailureReported = Atomic<Bool>(false)

    /// Whether a write to standard output has failed.
    static var outputFailed: Bool { outputFailureReported.load(ordering: .relaxed) }

    static func out(_ text: String) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            if !outputFailureReported.exchange(true, ordering: .relaxed) {
                err("error: cannot write to standard output: \(reason(error))\n")
            }
        }
    }

    static func err(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// The system's words for a failed write ("No space left on device"), not Foundation's paraphrase.
    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
