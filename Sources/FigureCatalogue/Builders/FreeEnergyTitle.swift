import Plotting

extension LectureSlides {
    /// The measures of 15-2 Fig 8's free-energy title that TeX's math spacing gives the slide and a row of separately
    /// coloured pieces does not, in font sizes (measured on the slide at 793 px width, font size 31 px).
    enum FreeEnergyTitle {
        /// "Free energy" in the light sans, and the room after it: the slide's words span 43–213 px, its F starting at 232.
        static let wordsSize = 1.12
        static let wordsGap = 0.48
        /// "≐ −1/β": the slide's "−" stands 12 px after "≐" (TeX's relation space) and 7 px before the fraction's bar.
        static let relationMinusKern = 0.07
        static let minusGap = -0.02
        /// Room either side of "log": 8 px from the fraction 1/β's bar and 10 px to the fraction 1/|𝒵|'s on the slide.
        static let preLogGap = 0.12
        static let logGap = 0.13
        /// "[−β" set tight, as TeX sets a unary minus after an opening bracket: 4 px from "[" to "−" and from "−" to β on
        /// the slide, 6 and 5 px with the binary minus' spacing trimmed by a negative thin space.
        static let bracketMinusKern = 0.06
        static let minusBetaKern = 0.1
        /// Room between F and its subscript β: the slide's β starts 3 px after F's ink (math italic F is wider than the
        /// text italic F drawn here, whose β overlapped it by a pixel).
        static let subscriptKern = 0.13
        /// How far the subscript β's baseline stands below the formula's: its ink spans 63–81 px on the slide.
        static let subscriptDrop = 0.16
        /// Room after the subscript (TeX's script space and more): the slide's "(" stands 4 px after β.
        static let subscriptSpace = 0.08
        /// The display integral: the slide's reaches 1.28 sizes above the baseline and 0.83 below; the drawn sign spans
        /// 1.15 and 0.5 of its size, so it is drawn at 1.28 sizes and lowered by 0.19.
        static let integralSize = 1.28
        static let integralDrop = 0.19
        /// The integral's lower limit 𝒵 stands with its baseline this far below the formula's (at 0.7 size; its ink
        /// spans 87–100 px on the slide, the baseline at 73).
        static let limitDrop = 0.86
        /// The limit's place: pulled under the integral's foot (the slide's 𝒵 starts 17 px after the sign's left end),
        /// and the room after it (10 px to "exp").
        static let limitKern = -0.36
        static let limitSpace = 0.32

        /// The calligraphic Z as Computer Modern draws it (`\mathcal{Z}`), with a bar across its diagonal: the math font's
        /// script 𝒵 has none. The slide's bar is 10 px long and 1.7 px thick at 55 % of the letter's height (34 % of the
        /// font size above the baseline) at a font size of 31 px.
        static func crossedZ(size: Double, color: Color) -> MathBlock {
            .ruled(.math("$𝒵$", size: size, color: color), length: barLength * size, height: barHeight * size,
                   thickness: barThickness * size, color: color)
        }

        static let barLength = 0.32
        static let barHeight = 0.34
        static let barThickness = 0.055
    }
}
