import ArgumentParser
import FigureBenchmarks
import FigurePipeline
import Foundation

/// `ebm-figures bench`: speed and memory of the pipeline, printed as tables and recorded in bench/results.json.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed and memory: whole-run timings, stage breakdown, F_β throughput, horn training.",
        discussion: """
        Times whole runs of --binary with hyperfine (median of --runs): a full cold regeneration of every experiment \
        (output and cache removed before each run), the same for the lecture's figures, and a no-op incremental run. \
        Measures the peak memory (max RSS) of one full cold run, the per-experiment stage times in process, F_β \
        throughput on a 1000 × 1000 grid × 48 z on one core and on all cores, and horn training steps per second. \
        Prints the tables and writes them, with the targets, to --output. Build in release mode first: `make bench`.
        """
    )

    @OptionGroup var spec: SpecOptions

    @Option(name: .long, help: "The ebm-figures binary timed as a whole process (default: this one).")
    var binary: String?

    @Option(name: .long, help: "Scratch directory for outputs and caches (emptied first).")
    var scratch: String = "bench/scratch"

    @Option(name: .long, help: "Where to write the results as JSON.")
    var output: String = "bench/results.json"

    @Option(name: .long, parsing: .unconditional, help: "Runs per whole-process timing (hyperfine reports the median).")
    var runs: Int = 10

    @Option(name: .long, parsing: .unconditional, help: "Repetitions of each in-process throughput measurement.")
    var repetitions: Int = 5

    @Option(name: .long, parsing: .unconditional, help: "Threads of the all-cores F_β measurement (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-hyperfine"), help: "Skip the whole-process timings (when hyperfine is not installed).")
    var noHyperfine = false

    func validate() throws {
        guard runs >= 2 else { throw ValidationError("--runs must be at least 2, got \(runs)") }
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1, got \(repetitions)") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }

    func run() throws {
        let experiments = try loadExperiments(spec.experiments)
        let binary = try resolvedBinary()
        var hyperfine: String?
        if !noHyperfine {
            guard let found = Hyperfine.locate() else {
                Console.error("hyperfine is not on PATH: install it (`apt-get install hyperfine`, or `make setup-bench`) or pass --no-hyperfine")
                throw ExitCode(2)
            }
            hyperfine = found
        }
        // The scratch directory is wiped between runs: refuse one that holds anything but the bench's own files.
        let own: Set<String> = ["cold", "cold-cache", "warm", "warm-cache", "stages", "stages-cache",
                                "hyperfine-cold-all.json", "hyperfine-cold-lecture.json", "hyperfine-noop.json"]
        let present = (try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []
        let foreign = present.filter { !own.contains($0) }
        guard foreign.isEmpty else {
            Console.error("--scratch \(scratch) holds files the benchmark did not write (\(foreign.prefix(3).joined(separator: ", "))…); give an empty or new directory")
            throw ExitCode(2)
        }
        try? FileManager.default.removeItem(atPath: scratch)
        let suite = BenchmarkSuite(binary: binary, experimentsFile: spec.experiments, scratch: scratch, runs: runs,
                                   repetitions: repetitions, threads: threads, hyperfine: hyperfine)
        let results: BenchmarkResults
        do {
            results = try suite.run(experiments) { Console.line("… " + $0) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var bytes = try encoder.encode(results)
            bytes.append(UInt8(ascii: "\n"))
            let directory = (output as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            try AtomicFile.write([(output, Array(bytes))])
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(2)
        }
        let m = results.machine
        Console.line(String(format: "\n%d cores, %@; load average %.2f before, %.2f after\n", m.cores, m.system,
                            m.loadAverageBefore, m.loadAverageAfter))
        Console.line(BenchmarkTable.summary(results))
        Console.line("\nPer experiment, milliseconds (in process, one experiment at a time, fresh cache):\n")
        Console.line(BenchmarkTable.stages(results.stages))
        Console.line("\nwritten: \(output)")
    }

    /// --binary as an absolute path, or this executable when not given.
    private func resolvedBinary() throws -> String {
        let path = binary ?? ((try? FileManager.default.destinationOfSymbolicLink(atPath: ProgramIdentity.executablePath)) ?? ProgramIdentity.executablePath)
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard FileManager.default.isExecutableFile(atPath: absolute) else {
            Console.error("--binary \(path): not an executable file")
            throw ExitCode(2)
        }
        return absolute
    }
}
