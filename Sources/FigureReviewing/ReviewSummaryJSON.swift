import CairoRenderer
import FigurePipeline
import Foundation

/// `summary.json`: the review for programs (CI annotations, dashboards), with the same order and numbers as the
/// HTML report: figures that differ first, largest RMS first, then the unchanged ones. Sidecar paths are in the
/// experiments file's words; non-finite numbers are the strings "inf", "-inf", "nan" like the sidecars'.
public enum ReviewSummaryJSON {
    struct Document: Encodable {
        var before: String
        var after: String
        var clean: Bool
        var tolerances: Tolerances
        var counts: [String: Int]
        var figures: [Figure]
    }

    struct Tolerances: Encodable {
        var pixelRMS: Double
        var data: Double
    }

    struct Figure: Encodable {
        var id: String
        var status: String
        /// The largest RMS over the figure's PNGs, when any was compared.
        var rms: Double?
        var files: [File]
    }

    struct File: Encodable {
        var name: String
        var kind: String
        var status: String
        var note: String?
        var pixels: PixelMetrics?
        var changedPixelFraction: Double?
        var data: DataChanges?
        var images: [String: String]?
    }

    struct DataChanges: Encodable {
        var shapeChanges: [SidecarDifferences.ShapeChange]
        var arrays: [SidecarDifferences.ArrayDifference]
        var values: [SidecarDifferences.ValueChange]
    }

    public static func document(_ review: Review) throws -> [UInt8] {
        let figures = review.figuresByImpact.map { figure in
            Figure(id: figure.id, status: figure.status.rawValue, rms: figure.largestRMS, files: figure.files.map { file($0, options: review.options) })
        }
        var counts: [String: Int] = [:]
        for status in ChangeStatus.allCases { counts[status.rawValue] = review.figures(status).count }
        let document = Document(before: review.beforeLabel, after: review.afterLabel, clean: review.isClean,
                                tolerances: Tolerances(pixelRMS: review.options.tolerance, data: review.options.dataTolerance),
                                counts: counts, figures: figures)
        var bytes = try CanonicalJSON.encode(document, pretty: true)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    static func file(_ f: FileComparison, options: ReviewOptions) -> File {
        var data: DataChanges?
        if let d = f.data {
            let rename = { (path: String) in ReviewText.path(path) }
            data = DataChanges(
                shapeChanges: d.shapeChanges.map { var c = $0; c.path = rename(c.path); return c },
                arrays: d.changedArrays(tolerance: options.dataTolerance).map { var a = $0; a.path = rename(a.path); return a },
                values: d.significantValueChanges(tolerance: options.dataTolerance).map { var v = $0; v.path = rename(v.path); return v })
        }
        var images: [String: String]?
        if let i = ReviewImages.of(f) {
            var found: [String: String] = [:]
            found["before"] = i.before
            found["after"] = i.after
            found["difference"] = i.difference
            found["sideBySide"] = i.sideBySide
            images = found
        }
        return File(name: f.name, kind: f.kind.rawValue, status: f.status.rawValue, note: f.note, pixels: f.pixels,
                    changedPixelFraction: f.pixels?.changedFraction, data: data, images: images)
    }
}
