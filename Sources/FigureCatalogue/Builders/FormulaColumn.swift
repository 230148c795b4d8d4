import Plotting

extension LectureSlides {
    /// 15-2 Fig 9's formula column as the slide sets it, where a row of separately coloured pieces differs from TeX, in
    /// font sizes (measured on the slide at 1592 px width, font size 59 px).
    enum FormulaColumn {
        /// "Training samples" in the regular sans, as heavy as the slide's: 5560 pixels brighter than 100 of 255 at 1592 px
        /// width in the slide's 5231 (the light face, 4768); it spans 121–604 px and 101–163 px, as the slide's.
        static let titleSize = 0.0772
        static let titlePlace = Point(0.0738, 0.8505)

        /// Room after ρ's subscript and after the coloured x and θ of the sample's rows: the slide's "(" stands 20 px
        /// after the subscript's ink, its ")" 10 px after x's ink and 9 px after θ's (17, 6 and 5 px with the glyphs'
        /// own side bearings alone), so its rows are 400 px wide, not 381.
        static let subscriptSpace = 0.05
        static let xSpace = 0.15
        static let thetaSpace = 0.07
        /// How much closer than `MathBlock.fenced`'s own gap and reach the sample's brackets hug its rows: the slide's
        /// stand 15 px from ρ and 16 px from ε (18 and 19 px at the fence's defaults), reach 8 px above the top row's θ
        /// (9) and 21 px below the bottom row's baseline: 144 px tall, ours 136 before.
        static let fenceInset = (horizontal: 0.05, top: 0.017, bottom: -0.017)
        /// The sample's centre in figure heights (from the bottom): its rows' baselines at 92 and 164 px of 892 as on the
        /// slide (the brackets' deeper reach below lowers the block's middle by half a pixel, from 0.872).
        static let sampleCentre = 0.8714
        /// The rows' gap: the slide's baselines stand 72 px apart (69 at 0.18).
        static let sampleRowGap = 0.23

        /// The radius formula "x ↦ [αx+β(1−x); βx+α(1−x)]": its x starts 8 px left of the column (at 1106 px), "↦"
        /// 23 px after x's ink and the bracket 36 px after "↦" (20 and 27 before); the bracket stands 16 px from α and
        /// 19 px from ")" (21 and 23 before) and is 144 px tall, its rows' baselines 72 px apart (133 and 69 before).
        static let mapsToSpace = (before: 0.085, after: 0.187)
        static let radiusFenceInset = (horizontal: 0.08, vertical: -0.068)
        static let radiusRowGap = 0.46
        static let radiusPlace = Point(0.693, 0.5683)

        /// The noise formula "ε ∼ 𝒩[0, (1/20)²]": its brackets as tall as the parentheses inside them (the slide's span
        /// 766–838 px, its parentheses 767–837; ours reached 5 px past them and the parentheses 11 px deeper), 14 px
        /// from "0" (20 before) and 24 px after 𝒩 (17 before); the square 12 px after the parenthesis, pokes out 13 px
        /// above the bracket, and the bracket's room for it puts "]" 47 px after the parenthesis.
        static let noiseFenceSpace = 0.12
        static let noiseFenceInset = (horizontal: 0.1, vertical: 0.068)
        static let noiseParenthesisInset = 0.19
        /// The room the noise formula's brackets leave for the square after its parenthesis.
        static let noiseSquareRoom = 0.6
        /// How much further right than the room's start the square stands.
        static let squareKern = 0.153
        /// The noise formula's centre in figure heights (from the bottom): its baseline 818 px down, as the slide's.
        static let noiseCentre = 0.1089

        /// One row of the sample, "ρ_k(x) cos(θ) + ε", x and θ in their colours.
        static func sampleRow(_ k: Int, _ function: String, size s: Double, x: Color, theta: Color) -> MathBlock {
            .row([.math("$𝜌_\(k)$", size: s), .space(subscriptSpace * s), .math("$($", size: s), .math("$x$", size: s, color: x), .space(xSpace * s),
                  .math("$)\\,\\mathrm{\(function)}($", size: s), .math("$𝜃$", size: s, color: theta), .space(thetaSpace * s),
                  .math("$) + \\varepsilon$", size: s)])
        }

        /// `content` measured so that a fence of `size` around it hugs it as the slide's brackets do.
        static func hugged(_ content: MathBlock, size s: Double) -> MathBlock {
            .inset(content, horizontal: fenceInset.horizontal * s, top: fenceInset.top * s, bottom: fenceInset.bottom * s)
        }
    }
}
