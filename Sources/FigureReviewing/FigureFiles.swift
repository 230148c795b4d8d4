import Foundation

/// The files of one side of a review, by name relative to the figures directory (`ID.png`, `README.md`, …),
/// held in memory: a figures directory is a few megabytes.
public struct FigureFiles: Sendable, Equatable {
    /// Bytes by file name.
    public var files: [String: [UInt8]]
    /// Where the files came from, for reports: `HEAD (1a2b3c4)`, `figures/`, `working tree, regenerated`.
    public var label: String

    public init(files: [String: [UInt8]], label: String) {
        self.files = files
        self.label = label
    }

    /// File names, sorted.
    public var names: [String] { files.keys.sorted() }

    /// Every regular, non-hidden file directly inside `directory` (hidden ones are a killed run's temporaries).
    /// A missing directory is an error: an empty side would report every figure as added.
    public static func directory(_ directory: String, label: String? = nil) throws -> FigureFiles {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReviewError(directory, "not a directory")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReviewError(directory, "cannot list the directory (\(error.localizedDescription))")
        }
        var files: [String: [UInt8]] = [:]
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            var entryIsDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else { throw ReviewError(path, "cannot read the file") }
            files[name] = Array(data)
        }
        return FigureFiles(files: files, label: label ?? directory + "/")
    }
}
