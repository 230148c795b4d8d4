import Foundation
import XCTest
@testable import FigureReviewing

/// A review report is written only into a new or empty directory, or over an earlier report: never over files
/// it did not write.
final class ReviewReportDirectoryTests: XCTestCase {
    func testTheReportRefusesADirectoryOfOtherFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let review = Review(beforeLabel: "before", afterLabel: "after", options: ReviewOptions(), figures: [])
        let empty = FigureFiles(files: [:], label: "empty")
        try ReviewReport.write(review, before: empty, after: empty, to: directory)
        // Over an earlier report: fine, again and again.
        try ReviewReport.write(review, before: empty, after: empty, to: directory)
        // A file of someone else's: refused, named, and kept.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: directory + "/notes.md"))
        XCTAssertThrowsError(try ReviewReport.write(review, before: empty, after: empty, to: directory)) {
            XCTAssertEqual(String(describing: $0), "\(directory): holds files that are not an earlier report (notes.md); give an empty or new --report directory")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: directory + "/notes.md"), Data("mine".utf8))
        // An index.html that is not a report's makes its neighbours foreign too.
        let other = directory + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("<html>my page</html>".utf8).write(to: URL(fileURLWithPath: other + "/index.html"))
        XCTAssertThrowsError(try ReviewReport.write(review, before: empty, after: empty, to: other))
        XCTAssertEqual(FileManager.default.contents(atPath: other + "/index.html"), Data("<html>my page</html>".utf8))
    }
}
