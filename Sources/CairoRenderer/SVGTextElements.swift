import Foundation
import Plotting

/// How an SVG carries its text.
public enum SVGTextMode: String, Sendable, CaseIterable {
    /// Glyph outlines (cairo's way): the figure looks the same in every viewer, but its text cannot be searched,
    /// selected or edited.
    case outlines
    /// `<text>` elements in the figure's fonts: searchable and editable; the look depends on the viewer having the
    /// fonts (CMU Serif, DejaVu Sans). Text is drawn above the rest of the figure and is not clipped.
    case text
}

/// The text of a figure as SVG `<text>` elements, collected while the other draw commands go to cairo.
final class SVGTextElements {
    private var elements: [String] = []
    /// The rotations in force (nil entries are clips, which the text does not follow).
    private var transforms: [String?] = []

    func pushClip() { transforms.append(nil) }
    func pushRotation(radians: Double, center: Point) {
        transforms.append("rotate(\(Self.number(radians * 180 / .pi)) \(Self.number(center.x)) \(Self.number(center.y)))")
    }
    func pop() { if !transforms.isEmpty { transforms.removeLast() } }

    func add(_ string: String, font: FontSpec, origin: Point, color: Color) {
        let rotations = transforms.compactMap { $0 }
        var attributes = "x=\"\(Self.number(origin.x))\" y=\"\(Self.number(origin.y))\" font-family=\"\(SVGPostprocess.escape(Self.family(font.family)))\" "
            + "font-size=\"\(Self.number(font.sizePixels))\""
        if font.italic { attributes += " font-style=\"italic\"" }
        if font.bold { attributes += " font-weight=\"bold\"" }
        attributes += " fill=\"rgb(\(Self.channel(color.red)),\(Self.channel(color.green)),\(Self.channel(color.blue)))\""
        if color.alpha < 1 { attributes += " fill-opacity=\"\(Self.number(color.alpha))\"" }
        if !rotations.isEmpty { attributes += " transform=\"\(rotations.joined(separator: " "))\"" }
        elements.append("<text \(attributes)>\(SVGPostprocess.escape(string))</text>")
    }

    /// The group of every text element, to close the document with (empty when there is no text).
    var group: String {
        elements.isEmpty ? "" : "<g class=\"text\" xml:space=\"preserve\">\n" + elements.joined(separator: "\n") + "\n</g>\n"
    }

    /// `svg` with the text group before its closing tag.
    func insert(into svg: String) -> String {
        guard !elements.isEmpty, let close = svg.range(of: "</svg>", options: .backwards) else { return svg }
        return String(svg[..<close.lowerBound]) + group + String(svg[close.lowerBound...])
    }

    /// The family and a generic fallback, for viewers without it.
    static func family(_ name: String) -> String {
        let generic = name.contains("Mono") ? "monospace" : name.contains("Sans") || name.contains("Bright") ? "sans-serif" : "serif"
        return "'\(name)', \(generic)"
    }

    static func channel(_ c: Double) -> Int { Int((min(max(c, 0), 1) * 255).rounded()) }

    /// At most two decimals, no trailing zeros: the same bytes on every run.
    static func number(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var s = String(format: "%.2f", rounded)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
