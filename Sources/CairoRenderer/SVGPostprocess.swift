/// Makes cairo's SVG canonical: cairo numbers `surfaceN`, `imageN`, `patternN`, `clipN`, `maskN` ids from
/// process-wide counters, so the same figure would change with what was drawn before it. Ids are renumbered
/// in order of first appearance; a `<metadata>` element carries provenance.
enum SVGPostprocess {
    static let prefixes = ["surface", "image", "pattern", "clip", "mask", "linear", "radial", "source"]

    static func canonical(_ svg: String, metadata: [(String, String)]) -> String {
        var mapping: [String: Int] = [:]
        var counters: [String: Int] = [:]
        // One pass over the UTF-8 bytes (ids are ASCII): an id follows `id="` or `#` (in url(#…) and href="#…").
        let bytes = Array(svg.utf8)
        let prefixBytes = prefixes.map { Array($0.utf8) }
        let idQuote = Array("id=\"".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let afterQuote = i >= 4 && bytes[i - 4] == idQuote[0] && bytes[i - 3] == idQuote[1] && bytes[i - 2] == idQuote[2] && bytes[i - 1] == idQuote[3]
            let afterHash = i >= 1 && bytes[i - 1] == UInt8(ascii: "#")
            if afterQuote || afterHash, let p = prefixBytes.firstIndex(where: { pb in i + pb.count <= n && bytes[i..<(i + pb.count)].elementsEqual(pb) }) {
                var j = i + prefixBytes[p].count
                let digitsStart = j
                while j < n, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
                if j > digitsStart {
                    let prefix = prefixes[p]
                    let key = prefix + String(decoding: bytes[digitsStart..<j], as: UTF8.self)
                    let number = mapping[key] ?? {
                        let k = counters[prefix, default: 0]
                        counters[prefix] = k + 1
                        mapping[key] = k
                        return k
                    }()
                    out += prefixBytes[p]
                    out += Array(String(number).utf8)
                    i = j
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return insertMetadata(metadata, into: String(decoding: out, as: UTF8.self))
    }

    /// The document's physical size: cairo sizes it in points, one a layout unit (`width="1000pt"`), which would
    /// make a 10-inch figure 13.9 inches wide. The figure is `width/100 × height/100` inches, so its width and
    /// height become that in points (72 an inch: `width="720pt"`) over the viewBox of layout units cairo wrote.
    static func physicalSize(_ svg: String, width: Int, height: Int) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        var header = String(svg[open.lowerBound...end])
        header = replaceAttribute("width", in: header, with: points(width))
        header = replaceAttribute("height", in: header, with: points(height))
        return String(svg[..<open.lowerBound]) + header + String(svg[svg.index(after: end)...])
    }

    /// `units` layout units (1/100 in) in points, exactly: units × 72/100, at most two decimals (`720`, `720.72`).
    static func points(_ units: Int) -> String {
        let hundredths = units * 72
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return "\(whole)pt" }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(whole).\(digits)pt"
    }

    /// The header with the value of the attribute ` name="…"` replaced.
    private static func replaceAttribute(_ name: String, in header: String, with value: String) -> String {
        guard let start = header.range(of: " \(name)=\""), let close = header[start.upperBound...].firstIndex(of: "\"") else { return header }
        return String(header[..<start.upperBound]) + value + String(header[close...])
    }

    static func insertMetadata(_ metadata: [(String, String)], into svg: String) -> String {
        guard !metadata.isEmpty, let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let entries = metadata.map { "<ebm:entry key=\"\(escape($0.0))\">\(escape($0.1))</ebm:entry>" }.joined()
        // <title> and <desc> come first (SVG 1.1 §5.4), then the provenance.
        let element = FileMetadata.svgTitleAndDescription(metadata)
            + "\n<metadata><ebm:provenance xmlns:ebm=\"urn:ebm-figures\">\(entries)</ebm:provenance></metadata>"
        var result = svg
        result.insert(contentsOf: element, at: result.index(after: end))
        return result
    }

    static func escape(_ s: String) -> String {
        s.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;").replacingAll("\"", "&quot;")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func range(of needle: String) -> Range<String.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}
