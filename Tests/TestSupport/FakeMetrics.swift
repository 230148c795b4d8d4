import Plotting

/// Proportional text metrics for layout tests without cairo: every character advances `0.5·size`, ink rises
/// `0.7·size` and characters with descenders drop `0.2·size`. `missing` lists characters the serif family
/// lacks (as CMU Serif lacks ∞), so that font fallback can be tested.
package struct FakeMetrics: TextMeasuring {
    package var serifFamily = "CMU Serif"
    package var missing: Set<Character> = ["∞"]

    package static let advancePerEm = 0.5
    package static let ascentPerEm = 0.7
    package static let descentPerEm = 0.2

    package init(serifFamily: String = "CMU Serif", missing: Set<Character> = ["∞"]) {
        self.serifFamily = serifFamily
        self.missing = missing
    }

    package func extents(of text: String, font: FontSpec) -> TextExtents {
        let descends = text.contains { "gjpqy(),|".contains($0) }
        return TextExtents(advance: Double(text.count) * Self.advancePerEm * font.sizePixels,
                           ascent: Self.ascentPerEm * font.sizePixels,
                           descent: descends ? Self.descentPerEm * font.sizePixels : 0)
    }

    package func hasGlyphs(for text: String, font: FontSpec) -> Bool {
        font.family != serifFamily || !text.contains { missing.contains($0) }
    }
}
