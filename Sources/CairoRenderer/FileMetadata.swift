import CCairo

/// The well-known metadata keys, as PNG names them (the PNG specification's `Title`, `Description`, `Software`);
/// SVG and PDF map them to their own fields. Other keys (the experiment id, the spec hash) are provenance.
public enum FileMetadata {
    public static let title = "Title"
    public static let description = "Description"
    public static let software = "Software"

    /// The PDF document information: title, subject, creator, and the provenance entries as keywords.
    static func applyToPDF(_ metadata: [(String, String)], surface: OpaquePointer) {
        var keywords: [String] = []
        for (key, value) in metadata {
            switch key {
            case title: cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, value)
            case description: cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, value)
            case software: cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, value)
            default: keywords.append("\(key)=\(value)")
            }
        }
        if !keywords.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords.joined(separator: "; ")) }
    }

    /// The SVG's `<title>` and `<desc>` elements (accessible names that viewers and screen readers show).
    static func svgTitleAndDescription(_ metadata: [(String, String)]) -> String {
        var elements = ""
        if let value = metadata.first(where: { $0.0 == title })?.1 { elements += "\n<title>\(SVGPostprocess.escape(value))</title>" }
        if let value = metadata.first(where: { $0.0 == description })?.1 { elements += "\n<desc>\(SVGPostprocess.escape(value))</desc>" }
        return elements
    }
}
