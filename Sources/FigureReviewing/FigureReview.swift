import CairoRenderer
import Foundation

/// Compares two sets of figure files and says, per figure, whether it is unchanged, changed, added or removed.
///
/// A file whose bytes are equal is unchanged. Otherwise:
/// - a PNG (the figure or a frame) is decoded and changed when its size changed or its RMS pixel difference
///   exceeds `tolerance`; pixel-identical PNGs differ only in their metadata chunks and count as unchanged;
/// - a sidecar is changed when a number differs by more than `dataTolerance`, or a shape, text or key
///   changed; the provenance keys (`specHash`, `programVersion`) alone do not count;
/// - an SVG is compared without its provenance `<metadata>`; it counts when the tolerance is 0 or the figure
///   has no PNG (a non-zero tolerance is measured on pixels, and the PNG is the SVG's rendering);
/// - anything else (the gallery) is changed when its bytes differ.
public enum FigureReview {
    /// Compares `before` with `after`; `order` (experiment ids) fixes the order of the figures, the rest
    /// follow sorted, and the gallery comes last.
    public static func compare(before: FigureFiles, after: FigureFiles, order: [String] = [],
                               options: ReviewOptions = ReviewOptions()) -> Review {
        var groups: [String: [String]] = [:]
        for name in Set(before.files.keys).union(after.files.keys) { groups[figureID(of: name), default: []].append(name) }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = groups.keys.sorted { a, b in
            let ra = rank[a] ?? (a == "README.md" ? Int.max : Int.max - 1), rb = rank[b] ?? (b == "README.md" ? Int.max : Int.max - 1)
            return ra != rb ? ra < rb : a < b
        }
        let figures = ids.map { id in
            let names = sortedFileNames(groups[id]!, id: id)
            let hasPNG = names.contains(id + ".png")
            let files = names.map { compareFile($0, before.files[$0], after.files[$0], figureHasPNG: hasPNG, options: options) }
            return FigureComparison(id: id, status: status(of: files), files: files)
        }
        return Review(beforeLabel: before.label, afterLabel: after.label, options: options, figures: figures)
    }

    /// The figure a file belongs to: `ID.png`, `ID.svg`, `ID.json`, `ID-frameN.png` → `ID`; `README.md` is its own.
    public static func figureID(of name: String) -> String {
        guard name != "README.md" else { return name }
        var stem = (name as NSString).deletingPathExtension
        if let r = stem.range(of: "-frame", options: .backwards), !stem[r.upperBound...].isEmpty,
           stem[r.upperBound...].allSatisfy(\.isASCII), stem[r.upperBound...].allSatisfy(\.isNumber) {
            stem = String(stem[..<r.lowerBound])
        }
        return stem
    }

    /// PNG, frames in numeric order, SVG, PDF, sidecar, then anything else.
    static func sortedFileNames(_ names: [String], id: String) -> [String] {
        func key(_ name: String) -> (Int, Int, String) {
            if name == id + ".png" { return (0, 0, name) }
            if name.hasPrefix(id + "-frame"), let n = Int((name.dropFirst(id.count + 6) as Substring).dropLast(4)) { return (1, n, name) }
            if name == id + ".svg" { return (2, 0, name) }
            if name == id + ".pdf" { return (3, 0, name) }
            if name == id + ".json" { return (4, 0, name) }
            return (5, 0, name)
        }
        return names.sorted { key($0) < key($1) }
    }

    /// A figure's status from its files': added or removed when every file is, changed when any file is not unchanged.
    static func status(of files: [FileComparison]) -> ChangeStatus {
        if files.allSatisfy({ $0.status == .added }) { return .added }
        if files.allSatisfy({ $0.status == .removed }) { return .removed }
        return files.allSatisfy { $0.status == .unchanged } ? .unchanged : .changed
    }

    static func compareFile(_ name: String, _ before: [UInt8]?, _ after: [UInt8]?, figureHasPNG: Bool,
                            options: ReviewOptions) -> FileComparison {
        let kind = FileComparison.kind(of: name)
        guard let before else { return FileComparison(name: name, kind: kind, status: .added, bytesIdentical: false) }
        guard let after else { return FileComparison(name: name, kind: kind, status: .removed, bytesIdentical: false) }
        if before == after { return FileComparison(name: name, kind: kind, status: .unchanged, bytesIdentical: true) }
        switch kind {
        case .png:
            do {
                // Headers first: a file that is not a PNG, or is too large to decode, is reported, not decoded.
                do { _ = try PNGHeader(before) } catch { throw PNGHeader.Problem(description: "before: \(error)") }
                do { _ = try PNGHeader(after) } catch { throw PNGHeader.Problem(description: "after: \(error)") }
                let metrics = ImageDiff.metrics(try PNGImage(png: before), try PNGImage(png: after))
                let changed = metrics.sizeChanged || metrics.rms > options.tolerance
                let note = metrics.identical ? "pixels identical; only PNG metadata differs"
                    : changed ? nil : "pixels differ within the tolerance"
                return FileComparison(name: name, kind: kind, status: changed ? .changed : .unchanged, bytesIdentical: false,
                                      pixels: metrics, note: note)
            } catch {
                return FileComparison(name: name, kind: kind, status: .changed, bytesIdentical: false, note: "cannot compare pixels: \(error)")
            }
        case .sidecar:
            do {
                let data = try SidecarDifferences.compare(before, after, name: name)
                let changed = data.hasChanges(tolerance: options.dataTolerance)
                let note = changed ? nil : data.arrays.contains(where: { $0.maxAbsDifference > 0 }) || !data.valueChanges.isEmpty
                    ? "numbers differ within the data tolerance" : "only provenance (spec hash, program version) or formatting differs"
                return FileComparison(name: name, kind: kind, status: changed ? .changed : .unchanged, bytesIdentical: false,
                                      data: data, note: note)
            } catch {
                return FileComparison(name: name, kind: kind, status: .changed, bytesIdentical: false, note: String(describing: error))
            }
        case .svg:
            if withoutMetadata(before) == withoutMetadata(after) {
                return FileComparison(name: name, kind: kind, status: .unchanged, bytesIdentical: false,
                                      note: "only the provenance <metadata> differs")
            }
            let counts = options.tolerance == 0 || !figureHasPNG
            let what = SVGChange.describe(withoutMetadata(before), withoutMetadata(after))
            return FileComparison(name: name, kind: kind, status: counts ? .changed : .unchanged, bytesIdentical: false,
                                  note: counts ? what : what + "; judged by its PNG, within the tolerance")
        case .other:
            return FileComparison(name: name, kind: kind, status: .changed, bytesIdentical: false)
        }
    }

    /// SVG bytes without the first `<metadata>…</metadata>` element (the renderer's provenance block).
    static func withoutMetadata(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "<metadata"), let end = text.range(of: "</metadata>", range: start.upperBound..<text.endIndex) else {
            return text
        }
        return String(text[..<start.lowerBound] + text[end.upperBound...])
    }
}
