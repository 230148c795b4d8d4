import Foundation

/// The review as Markdown, short enough to paste into a review comment: the verdict, a table of the
/// figures that are not unchanged, and per figure the files and data changes.
public enum ReviewMarkdown {
    public static func document(_ review: Review) -> String {
        var lines = [
            "### Figure review: \(review.beforeLabel) → \(review.afterLabel)",
            "",
            review.isClean ? "**No figure changed** (\(ReviewText.counts(review)))." : "**\(ReviewText.counts(review)).**",
            "",
            "Tolerances — \(ReviewText.tolerances(review.options)).",
            "",
        ]
        let touched = review.figuresByImpact.filter { $0.status != .unchanged }
        guard !touched.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += [
            "| figure | status | RMS (0–255) | changed pixels | max channel Δ | data |",
            "|---|---|---:|---:|---:|---|",
        ]
        for figure in touched {
            let p = figure.mainPixels
            lines.append("| `\(figure.id)` | \(figure.status.rawValue) | \(p.map { ReviewText.number($0.rms) } ?? "") | "
                         + "\(p.map { ReviewText.percent($0.changedFraction) } ?? "") | \(p.map { String($0.maxChannelDifference) } ?? "") | "
                         + cell(ReviewText.figureData(figure, options: review.options)) + " |")
        }
        lines.append("")
        for figure in touched {
            lines.append("<details><summary><code>\(figure.id)</code> — \(figure.status.rawValue)</summary>")
            lines.append("")
            for file in figure.files where file.status != .unchanged || file.note != nil {
                lines.append("- " + ReviewText.fileLine(file, options: review.options))
                if let data = file.data { lines += dataLines(data, options: review.options).map { "  - " + $0 } }
                if let images = ReviewImages.of(file) {
                    let paths = [images.sideBySide, images.before, images.after].compactMap { $0 }
                    lines.append("  - images (in the report directory): " + paths.map { "`\($0)`" }.joined(separator: ", "))
                }
            }
            lines += ["", "</details>", ""]
        }
        let unchanged = review.figures(.unchanged)
        if !unchanged.isEmpty {
            lines += ["<details><summary>\(unchanged.count) unchanged</summary>", "",
                      unchanged.map { "`\($0.id)`" }.joined(separator: ", "), "", "</details>", ""]
        }
        return lines.joined(separator: "\n")
    }

    /// Every data change of a sidecar that counts, one line each.
    static func dataLines(_ d: SidecarDifferences, options: ReviewOptions) -> [String] {
        d.shapeChanges.map { "shape of `\(ReviewText.path($0.path))`: \($0.before) → \($0.after)" }
            + d.changedArrays(tolerance: options.dataTolerance).map { a in
                "`\(ReviewText.path(a.path))` (\(a.shape)): " + (ReviewText.values(a).map { $0 + ", " } ?? "")
                    + "max |Δ| \(ReviewText.number(a.maxAbsDifference))"
            }
            + d.significantValueChanges(tolerance: options.dataTolerance).map { "`\(ReviewText.path($0.path))`: \($0.before) → \($0.after)" }
    }

    /// A table cell: pipes escaped, code-quoted paths left as they are.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
