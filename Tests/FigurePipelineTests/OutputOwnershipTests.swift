import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigurePipeline

/// Which entries of an output directory the program owns: by manifest, by output name, the gallery by its header.
final class OutputOwnershipTests: XCTestCase {
    private func experiments(_ ids: [String]) throws -> [Experiment] {
        let json = "{\"version\": 1, \"experiments\": [" + ids.map { "{\"id\": \"\($0)\", \"kind\": \"samples\"}" }.joined(separator: ", ") + "]}"
        return try ExperimentFile.parse(Data(json.utf8), file: "test.json")
    }

    private func directory(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ownership-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name)) }
        return path
    }

    func testTheGalleryStartsWithItsHeader() throws {
        XCTAssertTrue(Gallery.markdown(try experiments(["a"])).hasPrefix(Gallery.header))
    }

    func testOwnershipByNameManifestAndGalleryHeader() throws {
        let dir = try directory([
            "a.png": "", "a.svg": "", "a.pdf": "", "a.json": "", "a-frame3.png": "", "a-frame.png": "", "a-framex.png": "",
            "b.png": "", "old.png": "", "notes.json": "", "README.md": "# my notes\n", ".hidden": "",
        ])
        try OutputManifest(files: ["old.png"]).write(dir)
        let ownership = OutputOwnership(directory: dir, experiments: try experiments(["a"]), inputs: [])
        for name in ["a.png", "a.svg", "a.pdf", "a.json", "a-frame3.png", "old.png"] { XCTAssertTrue(ownership.owns(name), name) }
        for name in ["a-frame.png", "a-framex.png", "b.png", "notes.json", "README.md"] { XCTAssertFalse(ownership.owns(name), name) }
        XCTAssertEqual(ownership.foreign, ["README.md", "a-frame.png", "a-framex.png", "b.png", "notes.json"])
        // Strays: owned, not produced now (a has no frames, so its frame is one), regular files.
        XCTAssertEqual(ownership.strays, ["a-frame3.png", "a.pdf", "old.png"])

        try Data((Gallery.header + " from `x.json`").utf8).write(to: URL(fileURLWithPath: dir + "/README.md"))
        XCTAssertTrue(OutputOwnership(directory: dir, experiments: try experiments(["a"]), inputs: []).owns("README.md"))
    }

    func testInputsAreNeverStrays() throws {
        let dir = try directory(["e.json": "{}", "e.png": ""])
        try OutputManifest(files: ["e.json", "e.png"]).write(dir)
        let ownership = OutputOwnership(directory: dir, experiments: try experiments(["a"]), inputs: [dir + "/e.json"])
        XCTAssertEqual(ownership.strays, ["e.png"])
        XCTAssertTrue(ownership.isInput(dir + "/e.json"))
    }

    func testAnUnreadableManifestOwnsNothingAndWarns() throws {
        let dir = try directory([OutputManifest.fileName: "{\"version\": 1, \"files\": [\"../escape\"]}", "x.png": ""])
        let ownership = OutputOwnership(directory: dir, experiments: [], inputs: [])
        XCTAssertEqual(ownership.manifest.files, [])
        XCTAssertNotNil(ownership.manifestWarning)
        XCTAssertEqual(ownership.foreign, ["x.png"])
    }

    func testTheCacheInsideTheOutputDirectoryIsExempt() {
        XCTAssertEqual(OutputOwnership.entry(of: "out/cache/x", below: "out"), "cache")
        XCTAssertEqual(OutputOwnership.entry(of: "/a/b/./c", below: "/a/b/"), "c")
        XCTAssertNil(OutputOwnership.entry(of: ".cache/ebm-figures", below: "figures"))
        XCTAssertNil(OutputOwnership.entry(of: "out", below: "out"))
    }
}
