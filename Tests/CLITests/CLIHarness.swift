import Foundation
import XCTest

/// Runs the built `ebm-figures` executable and inspects what it leaves on disk.
enum CLI {
    /// The package root, found from this file's path (Tests/CLITests/…).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (`.build…/debug/ebm-figures`), or `$EBM_FIGURES_BIN`.
    static func executable() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["EBM_FIGURES_BIN"] { return URL(fileURLWithPath: override) }
        var candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        candidates += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in candidates {
            let url = directory.appendingPathComponent("ebm-figures")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("ebm-figures is not built next to the tests (looked in \(candidates.map(\.path))); run `swift build --build-tests` first")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var killed: Bool
    }

    /// Runs the tool with `arguments` in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, in: directory, environment: environment)
        return finish(process)
    }

    /// Starts the tool; output goes to files so that a full pipe never blocks it.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:], executable launcher: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = try launcher ?? executable()
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        // Outside the working directory: a test that fills the working directory's disk must see the tool's own
        // handling of it, not the harness failing to record what the tool said.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ebm-cli-stdout-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("ebm-cli-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        outputs[ObjectIdentifier(process)] = (out, err)
        try process.run()
        return process
    }

    /// Waits for a started process and collects its output.
    static func finish(_ process: Process) -> Result {
        process.waitUntilExit()
        let (out, err) = outputs.removeValue(forKey: ObjectIdentifier(process)) ?? (URL(fileURLWithPath: "/dev/null"), URL(fileURLWithPath: "/dev/null"))
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                      killed: process.terminationReason == .uncaughtSignal)
    }

    nonisolated(unsafe) private static var outputs: [ObjectIdentifier: (URL, URL)] = [:]

    /// A fresh temporary directory, removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ebm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Every file under `directory` (hidden ones included) with its bytes, by relative path.
    static func snapshot(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return files }
        while let name = enumerator.nextObject() as? String {
            let path = directory.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path) ?? Data()
            }
        }
        return files
    }

    /// A valid experiments file of `samples` experiments (the kind whose builder is always there).
    static func samplesSpec(ids: [String], theme: String = "dark", formats: [String] = ["png", "svg"], size: (Int, Int) = (400, 300)) -> String {
        let items = ids.map { id in
            #"{"id": "\#(id)", "kind": "samples", "theme": "\#(theme)", "formats": [\#(formats.map { "\"\($0)\"" }.joined(separator: ", "))], "size": {"width": \#(size.0), "height": \#(size.1)}}"#
        }
        return "{\"version\": 1, \"experiments\": [\n  " + items.joined(separator: ",\n  ") + "\n]}\n"
    }
}
