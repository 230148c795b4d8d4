/// TeX's math letters as Unicode's mathematical alphanumeric symbols (U+1D400…), which the math font draws in the
/// shapes TeX sets in formulas: Greek italics as in cmmi (𝛼, 𝜌, 𝜃), bold italics as in cmmib (`\boldsymbol{Y}` → 𝒀).
/// A text italic differs there: CMU Serif Italic's α is a text shape, and its bold italic Y stands 0.21 em clear of
/// its left edge where the math bold italic's stands 0.04 em. Plain Latin italics keep the serif's italic
/// (cmti and cmmi draw them alike).
enum MathAlphabet {
    /// Lower-case Greek α…ω (with the final ς in its place) and TeX's variant forms, as math italic code points.
    private static let greekItalic: [Character: UInt32] = {
        var table: [Character: UInt32] = [:]
        for offset in 0...0x18 { table[Character(Unicode.Scalar(0x03B1 + UInt32(offset))!)] = 0x1D6FC + UInt32(offset) }
        // ϵ ϑ ϰ ϕ ϱ ϖ follow ∂ (U+1D715) in the math italic block.
        for (variant, code) in [(0x03F5, 0x1D716), (0x03D1, 0x1D717), (0x03F0, 0x1D718), (0x03D5, 0x1D719),
                                (0x03F1, 0x1D71A), (0x03D6, 0x1D71B)] as [(UInt32, UInt32)] {
            table[Character(Unicode.Scalar(variant)!)] = code
        }
        return table
    }()

    /// Distance from the math italic Greek block to the bold italic one (𝛼 U+1D6FC → 𝜶 U+1D736).
    private static let greekBoldShift: UInt32 = 0x1D736 - 0x1D6FC

    /// Whether every character of `text` is a mathematical alphanumeric symbol (U+1D400…U+1D7FF) or one of the
    /// letterlike symbols that fill that block's holes (ℝ, ℕ, ℤ, ℂ, ℚ, ℙ, ℍ; script ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℯ ℊ ℴ; ℎ;
    /// fraktur ℭ ℌ ℑ ℜ ℨ).
    static func isMathLetter(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x1D400...0x1D7FF).contains($0.value) || letterlike.contains($0.value) }
    }

    private static let letterlike: Set<UInt32> = [
        0x211D, 0x2115, 0x2124, 0x2102, 0x211A, 0x2119, 0x210D,
        0x212C, 0x2130, 0x2131, 0x210B, 0x2110, 0x2112, 0x2133, 0x211B, 0x212F, 0x210A, 0x2134,
        0x210E, 0x212D, 0x210C, 0x2111, 0x211C, 0x2128,
    ]

    /// The math letter TeX would set for `character` in italic (bold when `bold`), or nil when the serif's own
    /// glyph is what TeX sets (plain Latin italics, digits, punctuation).
    static func italic(_ character: Character, bold: Bool) -> Character? {
        if let code = greekItalic[character] {
            return Character(Unicode.Scalar(bold ? code + greekBoldShift : code)!)
        }
        guard bold, let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.isASCII else { return nil }
        switch scalar.value {
        case 0x41...0x5A: return Character(Unicode.Scalar(0x1D468 + scalar.value - 0x41)!)  // 𝑨…𝒁
        case 0x61...0x7A: return Character(Unicode.Scalar(0x1D482 + scalar.value - 0x61)!)  // 𝒂…𝒛
        default: return nil
        }
    }
}
