/// Makes cairo's SVG canonical: cairo numbers `surfaceN`, `imageN`, `patternN`, `clipN`, `maskN` ids from
/// process-wide counters, so the same figure would change with what was drawn before it. Ids are renumbered
/// in order of first appearance; a `<metadata>` element carries provenance.
enum SVGPostprocess {
    static let prefixes = ["surface", "image", "pattern", "clip", "mask", "linear", "radial", "source"]

    static func canonical(_ svg: String, metadata: [(String, String)]) -> String {
        var mapping: [String: Int] = [:]
        var counters: [String: Int] = [:]
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        let chars = Array(svg.unicodeScalars)
        var i = 0
        while i < chars.count {
            // An id occurs after `id="`, `#` (in url(#…) and href="#…").
            let afterQuote = i >= 4 && String(String.UnicodeScalarView(chars[(i - 4)..<i])) == "id=\""
            let afterHash = i >= 1 && chars[i - 1] == "#"
            if afterQuote || afterHash, let prefix = prefixes.first(where: { matches($0, chars, i) }) {
                var j = i + prefix.unicodeScalars.count
                var digits = ""
                while j < chars.count, chars[j].properties.numericType != nil, ("0"..."9").contains(Character(chars[j])) {
                    digits.unicodeScalars.append(chars[j])
                    j += 1
                }
                if !digits.isEmpty {
                    let key = prefix + digits
                    let number = mapping[key] ?? {
                        let n = counters[prefix, default: 0]
                        counters[prefix] = n + 1
                        mapping[key] = n
                        return n
                    }()
                    out += prefix + String(number)
                    i = j
                    continue
                }
            }
            out.unicodeScalars.append(chars[i])
            i += 1
        }
        return insertMetadata(metadata, into: pixelUnits(out))
    }

    /// cairo sizes the document in points (`width="960pt"`); the canvas is in pixels, so say so, and viewers
    /// show the figure at its pixel size.
    static func pixelUnits(_ svg: String) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let header = String(svg[open.lowerBound...end])
        let fixed = header.replacingAll("pt\" ", "\" ").replacingAll("pt\"\n", "\"\n")
        return String(svg[..<open.lowerBound]) + fixed + String(svg[svg.index(after: end)...])
    }

    static func matches(_ prefix: String, _ chars: [Unicode.Scalar], _ i: Int) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard i + p.count <= chars.count else { return false }
        return Array(chars[i..<(i + p.count)]) == p
    }

    static func insertMetadata(_ metadata: [(String, String)], into svg: String) -> String {
        guard !metadata.isEmpty, let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let entries = metadata.map { "<ebm:entry key=\"\(escape($0.0))\">\(escape($0.1))</ebm:entry>" }.joined()
        let element = "\n<metadata><ebm:provenance xmlns:ebm=\"urn:ebm-figures\">\(entries)</ebm:provenance></metadata>"
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
