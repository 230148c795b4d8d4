import ArgumentParser
import FigurePipeline

/// The `ebm-figures` command: regenerates the figures of the LV-EBM practica from `experiments.json`.
@main
struct EBMFigures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ebm-figures",
        abstract: "Regenerate the figures of the latent-variable EBM practica from an experiments file.",
        discussion: "Each experiment of the file (default experiments.json) becomes figures/ID.png, ID.svg and ID.json.",
        version: ProgramIdentity.version,
        subcommands: [Run.self, Status.self, List.self, Validate.self, Kinds.self, Diff.self, Check.self, Bench.self],
        defaultSubcommand: Run.self
    )

    /// Interrupts (Ctrl-C, SIGTERM, SIGHUP) remove the temporaries and scratch directories in flight first. A command
    /// whose standard output could not be written (a full disk, a closed pipe) ends with status 1 however it went
    /// otherwise (`StandardStreams`); the error was already said on standard error.
    static func main() {
        ExitCleanup.installSignalHandlers()
        do {
            var command = try parseAsRoot(nil)
            try command.run()
            if StandardStreams.outputFailed { exit(withError: ExitCode.failure) }
        } catch {
            if StandardStreams.outputFailed, let code = error as? ExitCode, code.isSuccess { exit(withError: ExitCode.failure) }
            exit(withError: error)
        }
    }
}

/// Options shared by the commands that read an experiments file.
struct SpecOptions: ParsableArguments {
    @Option(name: .long, help: "The experiments file.")
    var experiments: String = "experiments.json"

    func validate() throws {
        guard !experiments.isEmpty else { throw ValidationError("--experiments must not be empty") }
    }
}
