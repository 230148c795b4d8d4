/// The review as one self-contained HTML page: the summary table first (what differs, largest RMS first; the
/// unchanged figures folded below it), then every figure that is not unchanged, in the same order, with its
/// metrics, data changes (small arrays with their values) and, per changed PNG, one viewer: 2-up, swipe, onion
/// skin, difference. Images are relative links into `images/`; styles and the one-line scripts are inline. The
/// page is also well-formed XML (every element closed, text escaped), so an XML parser checks it.
public enum ReviewHTML {
    public static func document(_ review: Review) -> String {
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            ReviewReport.generatorMark,
            "<title>Figure review: \(escape(review.beforeLabel)) → \(escape(review.afterLabel))</title>",
            "<style>\(style)\(ReviewViewer.style)</style>",
            "</head>",
            "<body>",
            "<h1>Figure review</h1>",
            "<p class=\"sides\">before: <b>\(escape(review.beforeLabel))</b> · after: <b>\(escape(review.afterLabel))</b></p>",
            "<p class=\"verdict \(review.isClean ? "clean" : "dirty")\">\(review.isClean ? "No figure changed" : "Figures differ"): "
                + "\(escape(ReviewText.counts(review))).</p>",
            "<p class=\"tolerance\">Tolerances — \(escape(ReviewText.tolerances(review.options))).</p>",
            "<h2>Summary</h2>",
        ]
        let ordered = review.figuresByImpact
        let touched = ordered.filter { $0.status != .unchanged }
        let unchanged = ordered.filter { $0.status == .unchanged }
        if !touched.isEmpty { html.append(summaryTable(touched, options: review.options, cssClass: "summary")) }
        if !unchanged.isEmpty {
            html.append("<details class=\"unchanged\"\(touched.isEmpty ? " open=\"open\"" : "")><summary>\(unchanged.count) unchanged "
                        + "figure\(unchanged.count == 1 ? "" : "s")</summary>")
            html.append(summaryTable(unchanged, options: review.options, cssClass: "summary unchanged"))
            html.append("</details>")
        }
        if !touched.isEmpty { html.append("<h2>Figures that differ</h2>") }
        for figure in touched { html += section(figure, options: review.options) }
        html += ["</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    static func summaryTable(_ figures: [FigureComparison], options: ReviewOptions, cssClass: String) -> String {
        var rows = ["<table class=\"\(cssClass)\">",
                    "<thead><tr><th>figure</th><th>status</th><th>RMS (0–255)</th><th>changed pixels</th>"
                        + "<th>max channel Δ</th><th>data</th></tr></thead>", "<tbody>"]
        for figure in figures {
            let p = figure.mainPixels
            let name = figure.status == .unchanged ? escape(figure.id) : "<a href=\"#\(anchor(figure.id))\">\(escape(figure.id))</a>"
            rows.append("<tr class=\"\(figure.status.rawValue)\"><td><code>\(name)</code></td><td>\(figure.status.rawValue)</td>"
                        + "<td class=\"num\">\(p.map { ReviewText.number($0.rms) } ?? "")</td>"
                        + "<td class=\"num\">\(p.map { escape(ReviewText.percent($0.changedFraction)) } ?? "")</td>"
                        + "<td class=\"num\">\(p.map { String($0.maxChannelDifference) } ?? "")</td>"
                        + "<td>\(escape(ReviewText.figureData(figure, options: options)))</td></tr>")
        }
        rows += ["</tbody>", "</table>"]
        return rows.joined(separator: "\n")
    }

    static func section(_ figure: FigureComparison, options: ReviewOptions) -> [String] {
        var html = ["<section id=\"\(anchor(figure.id))\">",
                    "<h3><code>\(escape(figure.id))</code> <span class=\"badge \(figure.status.rawValue)\">\(figure.status.rawValue)</span></h3>",
                    "<ul class=\"files\">"]
        for file in figure.files where file.status != .unchanged || file.note != nil {
            html.append("<li class=\"\(file.status.rawValue)\">\(escape(ReviewText.fileLine(file, options: options)))</li>")
        }
        html.append("</ul>")
        for file in figure.files {
            if let data = file.data { html += dataTable(data, name: file.name, options: options) }
        }
        for file in figure.files {
            guard let images = ReviewImages.of(file) else { continue }
            html.append("<h4>\(escape(file.name))</h4>")
            html += ReviewViewer.html(images, name: file.name)
        }
        html.append("</section>")
        return html
    }

    static func dataTable(_ d: SidecarDifferences, name: String, options: ReviewOptions) -> [String] {
        let arrays = d.changedArrays(tolerance: options.dataTolerance)
        let values = d.significantValueChanges(tolerance: options.dataTolerance)
        guard !arrays.isEmpty || !d.shapeChanges.isEmpty || !values.isEmpty else { return [] }
        var rows = ["<table class=\"data\"><caption>\(escape(name)): data that differs</caption>",
                    "<thead><tr><th>path</th><th>before</th><th>after</th><th>largest |Δ|</th></tr></thead>", "<tbody>"]
        for s in d.shapeChanges {
            rows.append("<tr><td><code>\(escape(ReviewText.path(s.path)))</code></td><td>shape \(escape(s.before))</td><td>shape \(escape(s.after))</td><td>shape changed</td></tr>")
        }
        for a in arrays {
            let cells: String
            if let before = a.beforeValues, let after = a.afterValues {
                cells = "<td>[\(escape(before.map(ReviewText.number).joined(separator: ", ")))]</td>"
                    + "<td>[\(escape(after.map(ReviewText.number).joined(separator: ", ")))]</td>"
            } else {
                cells = "<td colspan=\"2\">array \(escape(a.shape))</td>"
            }
            rows.append("<tr><td><code>\(escape(ReviewText.path(a.path)))</code></td>\(cells)"
                        + "<td class=\"num\">\(escape(ReviewText.number(a.maxAbsDifference)))</td></tr>")
        }
        for v in values {
            rows.append("<tr><td><code>\(escape(ReviewText.path(v.path)))</code></td><td>\(escape(v.before))</td><td>\(escape(v.after))</td>"
                        + "<td class=\"num\">\(v.numericDifference.map { escape(ReviewText.number($0)) } ?? "")</td></tr>")
        }
        rows += ["</tbody>", "</table>"]
        return rows
    }

    static func figureElement(_ src: String, caption: String, cssClass: String) -> String {
        "<figure class=\"\(cssClass)\"><a href=\"\(escape(src))\"><img src=\"\(escape(src))\" alt=\"\(escape(caption))\" /></a>"
            + "<figcaption>\(escape(caption))</figcaption></figure>"
    }

    /// A fragment id for a figure id (letters, digits, `-` and `_` kept, anything else as `_`).
    static func anchor(_ id: String) -> String {
        "figure-" + String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }

    /// Text and attribute values with `& < > "` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static let style = """
    body{font:15px/1.45 system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:24px;color:#222;background:#fafafa}
    h1{margin:0 0 8px} code{font-size:13px}
    .verdict{font-weight:bold;padding:6px 10px;display:inline-block;border-radius:4px}
    .verdict.clean{background:#dff3e0;color:#185c1f} .verdict.dirty{background:#fde2d8;color:#8a2a0a}
    table{border-collapse:collapse;margin:8px 0 16px;background:#fff}
    th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top} td.num{text-align:right}
    tr.unchanged{color:#888} tr.changed td:nth-child(2){color:#b34700;font-weight:bold}
    tr.added td:nth-child(2){color:#1a7f37;font-weight:bold} tr.removed td:nth-child(2){color:#a40e26;font-weight:bold}
    section{border-top:2px solid #ddd;margin-top:24px;padding-top:8px}
    .badge{font-size:12px;padding:2px 6px;border-radius:3px;color:#fff;background:#777;vertical-align:middle}
    .badge.changed{background:#b34700} .badge.added{background:#1a7f37} .badge.removed{background:#a40e26}
    figure{margin:8px 0} figure img{max-width:100%;border:1px solid #ccc;background:#fff}
    figcaption{font-size:13px;color:#555}
    details.unchanged{margin:0 0 16px} details.unchanged summary{cursor:pointer;color:#555}
    """
}
