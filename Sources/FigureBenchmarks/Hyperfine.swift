import Foundation

/// Whole-process timing through `hyperfine`: several runs of a command, with a preparation command before each.
public enum Hyperfine {
    /// hyperfine's statistics of one command, in seconds.
    public struct Result: Sendable, Codable {
        public var command: String
        public var runs: Int
        public var median: Double
        public var mean: Double
        public var stddev: Double
        public var min: Double
        public var max: Double
    }

    /// The `hyperfine` executable on PATH, or nil.
    public static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/hyperfine"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Times `command` (an argument vector, run without a shell) `runs` times after `warmup` unmeasured runs,
    /// running `prepare` (also without a shell) before each; the JSON export goes to `exportPath`.
    public static func measure(_ command: [String], prepare: [String]? = nil, runs: Int, warmup: Int,
                               exportPath: String, executable: String) throws -> Result {
        var arguments = ["--shell=none", "--style", "none", "--runs", String(runs), "--warmup", String(warmup),
                         "--export-json", exportPath]
        if let prepare { arguments += ["--prepare", prepare.map(quoted).joined(separator: " ")] }
        arguments.append(command.map(quoted).joined(separator: " "))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("hyperfine failed (status \(process.terminationStatus)): "
                                 + String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return try parse(Data(contentsOf: URL(fileURLWithPath: exportPath)))
    }

    /// The first result of a hyperfine `--export-json` file.
    static func parse(_ data: Data) throws -> Result {
        struct Export: Decodable {
            struct Entry: Decodable {
                var command: String
                var mean: Double, stddev: Double?, median: Double, min: Double, max: Double
                var times: [Double]?
            }
            var results: [Entry]
        }
        guard let entry = try JSONDecoder().decode(Export.self, from: data).results.first else {
            throw BenchmarkError("hyperfine exported no result")
        }
        return Result(command: entry.command, runs: entry.times?.count ?? 0, median: entry.median, mean: entry.mean,
                      stddev: entry.stddev ?? 0, min: entry.min, max: entry.max)
    }

    /// hyperfine splits a command line on whitespace honouring quotes: quote arguments that need it.
    private static func quoted(_ argument: String) -> String {
        guard argument.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" || $0 == "\\" }) || argument.isEmpty else {
            return argument
        }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
