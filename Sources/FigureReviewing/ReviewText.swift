import CairoRenderer
import ExperimentSpec
import Foundation

/// The words and numbers a review is reported in, shared by the CLI, the Markdown summary and the HTML report.
public enum ReviewText {
    /// `RMS 3.21 · 1.42 % of pixels · max channel Δ 255` (+ `· size 1000×640 → 1000×700`).
    public static func pixels(_ m: PixelMetrics) -> String {
        var parts = ["RMS \(number(m.rms))", "\(percent(m.changedFraction)) of pixels", "max channel Δ \(m.maxChannelDifference)"]
        if m.sizeChanged { parts.append("size \(m.widthBefore)×\(m.heightBefore) → \(m.widthAfter)×\(m.heightAfter)") }
        return parts.joined(separator: " · ")
    }

    /// The most telling data change of a sidecar: a shape change, else the array with the largest difference,
    /// else the first value change; nil when nothing counts.
    public static func data(_ d: SidecarDifferences, tolerance: Double) -> String? {
        if let shape = d.shapeChanges.first {
            return "shape of \(path(shape.path)) \(shape.before) → \(shape.after)" + more(d.shapeChanges.count - 1, "shape change")
        }
        let arrays = d.changedArrays(tolerance: tolerance).sorted { $0.maxAbsDifference > $1.maxAbsDifference }
        if let top = arrays.first {
            return "\(path(top.path)) " + (values(top) ?? "max |Δ| \(number(top.maxAbsDifference))") + more(arrays.count - 1, "array")
        }
        if let value = d.significantValueChanges(tolerance: tolerance).first {
            return "\(path(value.path)) \(value.before) → \(value.after)"
        }
        return nil
    }

    /// One line per file that is not unchanged, or that is unchanged for a reason worth stating.
    public static func fileLine(_ f: FileComparison, options: ReviewOptions) -> String {
        var parts = ["\(f.name): \(f.status.rawValue)"]
        if let p = f.pixels, !p.identical { parts.append(pixels(p)) }
        if let d = f.data, let summary = data(d, tolerance: options.dataTolerance) { parts.append(summary) }
        if let note = f.note { parts.append(note) }
        return parts.joined(separator: " — ")
    }

    /// A sidecar path in the experiments file's words: the resolved spec's keys as the file spells them
    /// (`spec.widthPixels` → `spec.size.width`); data paths are the builder's and stay as they are.
    public static func path(_ path: String) -> String {
        path.hasPrefix("spec.") ? "spec." + SpecVocabulary.filePath(String(path.dropFirst(5))) : path
    }

    /// `[0.1, 0.25] → [0.1, 0.3]` for a small array whose values were kept, nil otherwise.
    public static func values(_ a: SidecarDifferences.ArrayDifference) -> String? {
        guard let before = a.beforeValues, let after = a.afterValues else { return nil }
        return "[" + before.map(number).joined(separator: ", ") + "] → [" + after.map(number).joined(separator: ", ") + "]"
    }

    /// `N changed, A added, R removed, U unchanged`.
    public static func counts(_ review: Review) -> String {
        ChangeStatus.allCases.filter { $0 != .unchanged }.map { "\(review.figures($0).count) \($0.rawValue)" }.joined(separator: ", ")
            + ", \(review.figures(.unchanged).count) unchanged"
    }

    /// `RMS ≤ 0 (0–255 scale), data |Δ| ≤ 0`.
    public static func tolerances(_ o: ReviewOptions) -> String {
        "pixels: RMS ≤ \(number(o.tolerance)) on the 0–255 scale; data: |Δ| ≤ \(number(o.dataTolerance))"
    }

    /// The largest data difference of a figure, for the summary table.
    public static func figureData(_ figure: FigureComparison, options: ReviewOptions) -> String {
        figure.files.compactMap { $0.data.flatMap { data($0, tolerance: options.dataTolerance) } }.first ?? ""
    }

    /// Four significant digits, integers without a fraction, ∞ spelled out.
    public static func number(_ x: Double) -> String {
        if x.isInfinite { return x > 0 ? "∞" : "−∞" }
        if x.isNaN { return "NaN" }
        if x == x.rounded(), abs(x) < 1e9 { return String(Int(x)) }
        return String(format: "%.4g", x)
    }

    /// `1.42 %`; a share above zero never shows as 0.
    public static func percent(_ fraction: Double) -> String {
        if fraction > 0, fraction < 0.0001 { return "< 0.01 %" }
        return String(format: "%.2f %%", 100 * fraction)
    }

    static func more(_ count: Int, _ noun: String) -> String {
        count > 0 ? " (and \(count) more \(noun)\(count == 1 ? "" : "s"))" : ""
    }
}
