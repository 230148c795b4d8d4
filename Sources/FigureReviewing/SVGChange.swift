/// What changed in an SVG, in a few words: how many of its elements differ, and whether its size, `<title>` or
/// `<desc>` changed. Elements are compared as a multiset of their tags (text up to the next `<`), without the
/// provenance `<metadata>`, so a reordering is not counted and a moved point is one removed and one added element.
enum SVGChange {
    static func describe(_ before: String, _ after: String) -> String {
        let a = elements(before), b = elements(after)
        var counts: [Substring: Int] = [:]
        for e in a { counts[e, default: 0] += 1 }
        for e in b { counts[e, default: 0] -= 1 }
        let removed = counts.values.filter { $0 > 0 }.reduce(0, +)
        let added = -counts.values.filter { $0 < 0 }.reduce(0, +)
        var parts: [String] = []
        if removed + added > 0 {
            parts.append("\(removed) of \(a.count) elements removed, \(added) of \(b.count) added")
        } else {
            parts.append("same elements in another order")
        }
        if let x = attribute("width", of: before), let y = attribute("width", of: after), x != y { parts.append("width \(x) → \(y)") }
        if let x = attribute("height", of: before), let y = attribute("height", of: after), x != y { parts.append("height \(x) → \(y)") }
        for tag in ["title", "desc"] where element(tag, in: before) != element(tag, in: after) {
            parts.append("<\(tag)> \(quoted(element(tag, in: before))) → \(quoted(element(tag, in: after)))")
        }
        return "SVG differs: " + parts.joined(separator: "; ")
    }

    /// `"text"` cut to 60 characters, or `none`.
    static func quoted(_ text: Substring?) -> String {
        guard let text else { return "none" }
        return "\"" + (text.count > 60 ? text.prefix(59) + "…" : text) + "\""
    }

    /// Each `<…` up to the next `<`, whitespace-trimmed.
    static func elements(_ svg: String) -> [Substring] {
        svg.split(separator: "<").map { $0.trimmingSuffix(while: { $0 == " " || $0 == "\n" }) }.filter { !$0.isEmpty }
    }

    /// The root `<svg>` element's attribute value.
    static func attribute(_ name: String, of svg: String) -> Substring? {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let header = svg[open.upperBound..<end]
        guard let start = header.range(of: " \(name)=\"") else { return nil }
        let rest = header[start.upperBound...]
        return rest.firstIndex(of: "\"").map { rest[..<$0] }
    }

    /// The text of the first `<tag>…</tag>`.
    static func element(_ tag: String, in svg: String) -> Substring? {
        guard let open = svg.range(of: "<\(tag)>"), let close = svg[open.upperBound...].range(of: "</\(tag)>") else { return nil }
        return svg[open.upperBound..<close.lowerBound]
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
