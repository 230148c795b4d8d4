import Foundation

/// The figures as committed at a git revision, read with git itself (run as a subprocess): `git ls-tree`
/// lists the directory at the revision and one `git cat-file --batch` reads every blob.
public enum GitRevision {
    /// The files directly inside `directory` (a path relative to `workingDirectory`) as committed at
    /// `revision`. A directory the revision does not have gives an empty set: every figure is then added.
    public static func figureFiles(at revision: String, directory: String, workingDirectory: String = ".") throws -> FigureFiles {
        let place = "git \(revision):\(directory)"
        let commit = try resolve(revision, workingDirectory: workingDirectory)
        let tree = try git(["ls-tree", "-z", commit, "--", trimmedSlashes(directory) + "/"], workingDirectory: workingDirectory, place: place)
        var entries: [(name: String, object: String)] = []
        for record in tree.split(separator: 0) {
            // "<mode> SP <type> SP <object> TAB <path>"
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let header = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            let name = (path as NSString).lastPathComponent
            guard header.count == 3, header[1] == "blob", !name.hasPrefix(".") else { continue }
            entries.append((name, String(header[2])))
        }
        let blobs = try readBlobs(entries.map(\.object), workingDirectory: workingDirectory, place: place)
        var files: [String: [UInt8]] = [:]
        for (entry, bytes) in zip(entries, blobs) { files[entry.name] = bytes }
        return FigureFiles(files: files, label: "\(revision) (\(commit.prefix(10)))")
    }

    /// The full commit id of `revision`, or an error naming it.
    public static func resolve(_ revision: String, workingDirectory: String = ".") throws -> String {
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw ReviewError("--base \(revision)", "not a git revision") }
        let output = try git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], workingDirectory: workingDirectory,
                             place: "git rev-parse \(revision)",
                             failure: "unknown revision (not a commit of the repository in \(URL(fileURLWithPath: workingDirectory).standardizedFileURL.path))")
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads blobs through one `git cat-file --batch`: for each id the answer is
    /// "<id> SP blob SP <size> LF <bytes> LF".
    static func readBlobs(_ objects: [String], workingDirectory: String, place: String) throws -> [[UInt8]] {
        guard !objects.isEmpty else { return [] }
        let input = Array(objects.map { $0 + "\n" }.joined().utf8)
        let output = try git(["cat-file", "--batch"], input: input, workingDirectory: workingDirectory, place: place)
        var blobs: [[UInt8]] = []
        var offset = 0
        for object in objects {
            guard let newline = output[offset...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw ReviewError(place, "git cat-file ended early, before \(object)")
            }
            let header = String(decoding: output[offset..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), newline + 1 + size <= output.count else {
                throw ReviewError(place, "unexpected git cat-file answer for \(object): \(header.joined(separator: " "))")
            }
            blobs.append(Array(output[(newline + 1)..<(newline + 1 + size)]))
            offset = newline + 1 + size + 1
        }
        return blobs
    }

    /// Runs git and returns its standard output; a non-zero exit is an error carrying git's message.
    static func git(_ arguments: [String], input: [UInt8] = [], workingDirectory: String, place: String,
                    failure: String? = nil) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw ReviewError(place, "cannot run git (\(error.localizedDescription))")
        }
        // Standard error is drained on its own thread so that neither pipe can fill up and stall git.
        let errors = PipeDrain(stderr.fileHandleForReading)
        // Input goes in on its own thread too: git answers as it reads, and a full output pipe would
        // otherwise stop it reading while this thread is still writing.
        let writer = stdin.fileHandleForWriting
        Thread.detachNewThread {
            if !input.isEmpty { writer.write(Data(input)) }
            try? writer.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            // git's own message when it has one ("not a git repository"), else the caller's explanation.
            throw ReviewError(place, message.isEmpty ? failure ?? "git exited with status \(process.terminationStatus)" : message)
        }
        return Array(output)
    }

    static func trimmedSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
