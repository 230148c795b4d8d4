import CairoRenderer
import FigurePipeline
import Foundation

/// The images of one PNG in the report, as paths relative to the report directory (nil when absent).
public struct ReviewImages: Sendable, Equatable {
    public var before: String?
    public var after: String?
    /// The colour-mapped difference map alone.
    public var difference: String?
    /// `before | after | difference` in one PNG.
    public var sideBySide: String?

    /// The images of a PNG that is not unchanged: both sides and the differences when it changed,
    /// one side when it was added or removed.
    public static func of(_ file: FileComparison) -> ReviewImages? {
        guard file.kind == .png, file.status != .unchanged else { return nil }
        let stem = "images/" + (file.name as NSString).deletingPathExtension
        let hasBefore = file.status != .added, hasAfter = file.status != .removed
        let both = file.status == .changed && file.pixels != nil
        return ReviewImages(before: hasBefore ? stem + ".before.png" : nil, after: hasAfter ? stem + ".after.png" : nil,
                            difference: both ? stem + ".diff.png" : nil, sideBySide: both ? stem + ".compare.png" : nil)
    }
}

/// Writes a review into a directory: `index.html` (self-contained, relative image links), `summary.md`
/// (for a review comment), `summary.json` (for programs) and `images/` (both sides, the difference map and the
/// side-by-side strip of every PNG that changed).
public enum ReviewReport {
    /// Marks an `index.html` written here, so that a later report may replace its `images/` directory.
    static let generatorMark = "<meta name=\"generator\" content=\"ebm-figures diff\" />"

    /// Writes the report and returns the paths of `index.html`, `summary.md` and `summary.json`.
    @discardableResult
    public static func write(_ review: Review, before: FigureFiles, after: FigureFiles,
                             to directory: String) throws -> (html: String, markdown: String, json: String) {
        try AtomicFile.prepareDirectory(directory)
        let imagesDirectory = directory + "/images"
        let index = directory + "/index.html"
        // The directory must be new, empty, or an earlier report: a report never replaces files it did not write.
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }
        let earlierReport = FileManager.default.contents(atPath: index).map { String(decoding: $0, as: UTF8.self).contains(generatorMark) } ?? false
        let foreign = present.filter { !(earlierReport && ["index.html", "summary.md", "summary.json", "images"].contains($0)) }.sorted()
        guard foreign.isEmpty else {
            throw ReviewError(directory, "holds files that are not an earlier report (\(foreign.prefix(5).joined(separator: ", "))\(foreign.count > 5 ? ", …" : "")); "
                              + "give an empty or new --report directory")
        }
        // Images of an earlier report are removed only when that report is recognisably ours.
        if earlierReport { ExitCleanup.removeTree(imagesDirectory) }
        try AtomicFile.prepareDirectory(imagesDirectory)
        var files: [(path: String, bytes: [UInt8])] = []
        for figure in review.figures {
            for file in figure.files {
                guard let images = ReviewImages.of(file) else { continue }
                let beforeBytes = before.files[file.name], afterBytes = after.files[file.name]
                if let path = images.before, let bytes = beforeBytes { files.append((directory + "/" + path, bytes)) }
                if let path = images.after, let bytes = afterBytes { files.append((directory + "/" + path, bytes)) }
                if let beforeBytes, let afterBytes, images.difference != nil || images.sideBySide != nil {
                    do {
                        let a = try PNGImage(png: beforeBytes), b = try PNGImage(png: afterBytes)
                        if let path = images.difference { files.append((directory + "/" + path, try ImageDiff.differenceMap(a, b).image.pngBytes())) }
                        if let path = images.sideBySide { files.append((directory + "/" + path, try ImageDiff.sideBySidePNG(a, b))) }
                    } catch {
                        throw ReviewError(file.name, "cannot draw the difference images: \(error)")
                    }
                }
            }
        }
        let markdown = directory + "/summary.md"
        files.append((markdown, Array(ReviewMarkdown.document(review).utf8)))
        let json = directory + "/summary.json"
        files.append((json, try ReviewSummaryJSON.document(review)))
        files.append((index, Array(ReviewHTML.document(review).utf8)))
        // The index goes last, so it never links to an image that is not written yet.
        for file in files { try AtomicFile.write([file]) }
        return (index, markdown, json)
    }
}
