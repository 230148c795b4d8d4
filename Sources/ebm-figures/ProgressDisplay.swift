import Dispatch
import ExperimentSpec
import FigurePipeline
import Foundation
import Synchronization

/// The output of `run` while experiments render.
///
/// On a terminal: one live line at the bottom — experiments done / to do, each running one with its stage
/// (computing, training, rendering) and how long it has been at it, the elapsed time and an estimate of what is
/// left — redrawn as stages change and twice a second; finished experiments print above it. Elsewhere (logs, pipes)
/// and with `--quiet`: plain lines only. Experiments that are already up to date print nothing unless `--verbose`.
final class ProgressDisplay: @unchecked Sendable {
    private let terminal: Terminal
    private let quiet: Bool
    private let verbose: Bool
    /// Experiments expected to need work (known before the run from the cache records).
    private let toRender: Int
    private let start = Date()
    /// What the live line shows, changed by the worker threads and the redraw timer.
    private struct State {
        var running: [(id: String, stage: RunStage, since: Date, started: Date)] = []
        var finishedWork = 0
        var workSeconds = 0.0
        var lineShown = false
        var lastDraw = Date.distantPast
    }
    private let state = Mutex(State())
    private var timer: DispatchSourceTimer?

    init(terminal: Terminal, toRender: Int, quiet: Bool, verbose: Bool) {
        self.terminal = terminal
        self.toRender = toRender
        self.quiet = quiet
        self.verbose = verbose
    }

    private var live: Bool { terminal.isInteractive && !quiet && toRender > 0 }

    /// Starts redrawing the live line twice a second (a long training changes no stage for a while).
    func begin() {
        guard live else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.state.withLock { self.redraw(&$0) }
        }
        timer.resume()
        self.timer = timer
    }

    /// An experiment entered `stage`.
    func stage(_ id: String, _ stage: RunStage) {
        guard live else { return }
        state.withLock { state in
            if case .checking = stage { return }
            if let i = state.running.firstIndex(where: { $0.id == id }) {
                // Epochs of one training keep the training's start time.
                if case let .training(index, epoch, _) = stage, epoch > 1, case let .training(previous, _, _) = state.running[i].stage, previous == index {
                } else {
                    state.running[i].since = Date()
                }
                state.running[i].stage = stage
            } else {
                state.running.append((id, stage, Date(), Date()))
            }
            // Stages can change thousands of times a second (a β sweep's many short trainings): redraw at most every
            // 50 ms, but always show a training start, the stage that can last.
            if case let .training(_, epoch, _) = stage, epoch <= 1 {
                redraw(&state)
            } else if Date().timeIntervalSince(state.lastDraw) >= 0.05 {
                redraw(&state)
            }
        }
    }

    /// An experiment finished.
    func finished(_ report: ExperimentReport) {
        state.withLock { state in
            state.running.removeAll { $0.id == report.id }
            if report.status != .upToDate {
                state.finishedWork += 1
                state.workSeconds += report.seconds
            }
            clearLine(&state)
            for warning in report.warnings { Console.warning("\(report.id): \(warning)") }
            switch report.status {
            case let .failed(message):
                StandardStreams.err("error: " + TerminalText.escaped("\(report.id): \(message)") + "\n")
            case .rendered:
                if !quiet {
                    var text = terminal.paint("rendered  ", .green) + " " + report.id + terminal.paint(String(format: " (%.2f s)", report.seconds), .dim)
                        + ": " + report.files.joined(separator: ", ")
                    if verbose { text += "\n    " + report.stages.map { String(format: "%@ %.1f ms", $0.0, $0.1 * 1000) }.joined(separator: ", ") }
                    write(text + "\n")
                }
            case .upToDate:
                if verbose { write(terminal.paint("up to date", .dim) + " " + report.id + String(format: " (%.2f s)", report.seconds) + "\n") }
            }
            redraw(&state)
        }
    }

    /// Stops the live line and removes it.
    func end() {
        timer?.cancel()
        timer = nil
        state.withLock { clearLine(&$0) }
    }

    // MARK: Drawing (under the mutex)

    private func write(_ text: String) { StandardStreams.out(text) }

    private func clearLine(_ state: inout State) {
        guard state.lineShown else { return }
        write("\r\u{1B}[2K")
        state.lineShown = false
    }

    private func redraw(_ state: inout State) {
        guard live, state.finishedWork < toRender || !state.running.isEmpty else { return clearLine(&state) }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        var parts = [terminal.paint("[\(min(state.finishedWork, toRender))/\(toRender)]", .bold)]
        parts.append(state.running.map { item in
            let stage = terminal.paint(item.stage.description, { if case .training = item.stage { return .yellow } else { return .cyan } }())
            var text = "\(item.id) \(stage) \(Self.clock(now.timeIntervalSince(item.since)))"
            if let left = Self.trainingLeft(item.stage, since: item.since, now: now) { text += " (~\(Self.clock(left)) left)" }
            return text
        }.joined(separator: ", "))
        var timing = Self.clock(elapsed)
        if let left = estimateLeft(state, now: now), left >= 0.1 { timing += ", ~" + Self.clock(left) + " left" }
        parts.append(terminal.paint(timing, .dim))
        let text = Self.truncate(parts.filter { !$0.isEmpty }.joined(separator: "  "), to: Terminal.width() - 1)
        write("\r\u{1B}[2K" + text)
        state.lineShown = true
        state.lastDraw = now
    }

    /// Seconds left, roughly: each running experiment takes as long as the finished ones did on average, or, while
    /// it trains, at least its current training's remaining epochs at the pace of the epochs so far; the experiments
    /// not started yet share the workers at the average time each.
    private func estimateLeft(_ state: State, now: Date) -> Double? {
        let average = state.finishedWork > 0 ? state.workSeconds / Double(state.finishedWork) : nil
        var longest: Double?
        for item in state.running {
            var left = average.map { $0 - now.timeIntervalSince(item.started) }
            if let training = Self.trainingLeft(item.stage, since: item.since, now: now) { left = max(left ?? 0, training) }
            if let left { longest = max(longest ?? 0, left) }
        }
        let queued = max(0, toRender - state.finishedWork - state.running.count)
        guard let average else { return queued == 0 ? longest : nil }
        return max(0, longest ?? 0) + average * Double(queued) / Double(max(1, state.running.count))
    }

    /// The seconds a training has left at the pace of its epochs so far (epoch k is reported as it starts: k − 1
    /// epochs took the time since the training began).
    static func trainingLeft(_ stage: RunStage, since: Date, now: Date) -> Double? {
        guard case let .training(_, epoch, epochs) = stage, epoch > 1 else { return nil }
        return now.timeIntervalSince(since) * Double(epochs - epoch + 1) / Double(epoch - 1)
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.down))
        return s < 60 ? String(format: "%.1fs", seconds) : String(format: "%d:%02d", s / 60, s % 60)
    }

    /// `text` cut to `width` visible characters (ANSI escapes take no columns).
    static func truncate(_ text: String, to width: Int) -> String {
        var visible = 0
        var out = ""
        var inEscape = false
        for ch in text {
            if ch == "\u{1B}" { inEscape = true }
            if inEscape {
                out.append(ch)
                if ch == "m" { inEscape = false }
                continue
            }
            if visible >= width - 1 {
                out += "…"
                break
            }
            out.append(ch)
            visible += 1
        }
        return out + (out.contains("\u{1B}") ? "\u{1B}[0m" : "")
    }
}
