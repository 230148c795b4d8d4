/// The size of a run of text as the renderer would draw it, in pixels.
public struct TextExtents: Sendable, Equatable {
    /// Horizontal advance of the run.
    public var advance: Double
    /// Height of the ink above the baseline (positive up).
    public var ascent: Double
    /// Depth of the ink below the baseline (positive down).
    public var descent: Double

    public init(advance: Double, ascent: Double, descent: Double) {
        self.advance = advance
        self.ascent = ascent
        self.descent = descent
    }
}

/// Text measurement, supplied by the renderer: layout needs real glyph sizes, never a hard-coded table.
public protocol TextMeasuring: Sendable {
    /// The extents of `text` set in `font`.
    func extents(of text: String, font: FontSpec) -> TextExtents
    /// Whether `font` has a real glyph for every character of `text` (no "missing glyph" box).
    func hasGlyphs(for text: String, font: FontSpec) -> Bool
}
