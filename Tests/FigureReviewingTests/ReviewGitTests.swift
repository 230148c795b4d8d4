import Foundation
import XCTest
@testable import FigureReviewing

/// The "before" side read from git: the files of a committed figures directory, byte for byte.
final class ReviewGitTests: XCTestCase {
    func testCommittedFiguresAreReadBackExactly() throws {
        let sides = try ReviewFixture.sides.get()
        let repository = ReviewFixture.temporaryDirectory("git")
        defer { try? FileManager.default.removeItem(atPath: repository) }
        try FileManager.default.createDirectory(atPath: repository + "/figures", withIntermediateDirectories: true)
        for (name, bytes) in sides.base.files { try Data(bytes).write(to: URL(fileURLWithPath: repository + "/figures/" + name)) }
        try git(["init", "-q"], in: repository)
        try git(["add", "figures"], in: repository)
        try git(["commit", "-q", "-m", "figures"], in: repository)
        // The working tree moves on; HEAD still holds the committed bytes.
        try Data(sides.changed.files["weights-a.png"]!).write(to: URL(fileURLWithPath: repository + "/figures/weights-a.png"))

        let committed = try GitRevision.figureFiles(at: "HEAD", directory: "figures", workingDirectory: repository)
        XCTAssertEqual(committed.files, sides.base.files)
        XCTAssertTrue(committed.label.hasPrefix("HEAD ("))
        let review = FigureReview.compare(before: committed, after: try FigureFiles.directory(repository + "/figures"))
        XCTAssertEqual(review.figures(.changed).map(\.id), [ReviewFixture.changedID])
        // A directory the revision does not have is empty: every figure would be added.
        XCTAssertTrue(try GitRevision.figureFiles(at: "HEAD", directory: "plots", workingDirectory: repository).files.isEmpty)
    }

    func testUnknownRevisionIsAnErrorNamingIt() throws {
        let repository = ReviewFixture.temporaryDirectory("git-empty")
        defer { try? FileManager.default.removeItem(atPath: repository) }
        try git(["init", "-q"], in: repository)
        XCTAssertThrowsError(try GitRevision.figureFiles(at: "no-such-branch", directory: "figures", workingDirectory: repository)) { error in
            XCTAssertTrue(String(describing: error).contains("no-such-branch"), "\(error)")
        }
        XCTAssertThrowsError(try GitRevision.resolve("--help", workingDirectory: repository))
    }

    /// Runs git with a fixed identity, failing the test on a non-zero exit.
    func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Review Test", "-c", "user.email=review@example.invalid",
                             "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ReviewError("git \(arguments.joined(separator: " "))", "exit status \(process.terminationStatus)") }
    }
}
