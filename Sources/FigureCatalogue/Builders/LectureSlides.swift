import Plotting

/// The slide content the lecture shows beside its plots (titles, formulas, the model diagram), as slide
/// elements; sizes are fractions of the figure height so that a slide keeps its proportions at any size.
struct LectureSlides {
    /// The figure's height in pixels, the unit of every size below.
    let height: Double
    let theme: Theme

    private func px(_ fraction: Double) -> Double { fraction * height }

    /// A row of math pieces, each in its own colour (nil: the theme's foreground).
    static func tinted(_ pieces: [(String, Color?)], size: Double) -> MathBlock {
        .row(pieces.map { .math($0.0, size: size, color: $0.1) })
    }

    /// A subscript drawn apart from its base (so that it can take its own colour).
    static func subscripted(_ text: String, size: Double, color: Color?) -> MathBlock {
        .raised(.math(text, size: 0.7 * size, color: color), up: -0.22 * size)
    }

    /// A slide title in the light sans-serif face, its left end at figure fraction `x`, centred on `y`.
    func title(_ text: String, x: Double, y: Double, size: Double = 0.072) -> SlideElement {
        .block(.words(text, size: px(size), light: true), at: Point(x, y), anchor: TextAnchor(.left, .center))
    }

    /// The free-energy title's centre, in figure widths: the slide's title spans 5.4–98.0 % of the width (its ink 43–777 px of 793).
    static let freeEnergyTitleCentre = 0.5155

    /// 15-2 Fig 8: "Free energy F_β(y) ≐ −(1/β) log (1/|Z|) ∫_Z exp[−βE(y, z)] dz", F lavender, y blue,
    /// β khaki, Z and z orange, E red.
    func freeEnergyTitle(y: Double) -> SlideElement {
        // 0.0709 of the height: the title spans the slide's 1000 px of 1081 at 600 px height (it was 1016 at 0.072).
        let s = px(0.0709)
        let F = theme[.freeEnergy], yb = theme[.data], beta = theme[.freeEnergyBeta], z = theme[.latent], E = theme[.energy]
        let bold = "$\\boldsymbol{y}$"
        let t = Self.FreeEnergyTitle.self
        let formula: MathBlock = .row([
            .words("Free energy", size: t.wordsSize * s, light: true), .space(t.wordsGap * s),
            .math("$F$", size: s, color: F), .space(t.subscriptKern * s),
            .raised(.math("$\\beta$", size: 0.7 * s, color: beta), up: -t.subscriptDrop * s), .space(t.subscriptSpace * s),
            Self.tinted([("$($", nil), (bold, yb), ("$) \\doteq$", nil)], size: s), .space(-t.relationMinusKern * s),
            .math("$\\!-\\!$", size: s), .space(t.minusGap * s),
            .fraction(.math("$1$", size: s), over: .math("$\\beta$", size: s, color: beta), size: s), .space(t.preLogGap * s),
            .math("$\\mathrm{log}$", size: s), .space(t.logGap * s),
            .fraction(.math("$1$", size: s), over: .row([.math("$|$", size: s), t.crossedZ(size: s, color: z), .math("$|$", size: s)]), size: s),
            .space(0.25 * s), .raised(.integral(size: t.integralSize * s), up: -t.integralDrop * s), .space(t.limitKern * s),
            .raised(t.crossedZ(size: 0.7 * s, color: z), up: -t.limitDrop * s), .space(t.limitSpace * s),
            .math("$\\mathrm{exp}[$", size: s), .space(-t.bracketMinusKern * s), .math("$\\!-\\!$", size: s),
            .space(-t.minusBetaKern * s),
            Self.tinted([("$\\beta$", beta), ("$E$", E), ("$($", nil), (bold, yb), ("$,$", nil), ("$z$", z),
                         ("$)]\\,\\mathrm{d}$", nil), ("$z$", z)], size: s),
        ])
        return .block(formula, at: Point(Self.freeEnergyTitleCentre, y), anchor: TextAnchor(.center, .center), maxWidth: 0.96)
    }

    /// 15-2 Fig 9: the title and the data-generating process in a column right of the plot.
    /// The space between "y =" and the sample's bracket, in formula sizes: the slide's bracket stands 36 px right of
    /// its "=" at 1592 px width (at 0.15 ours stood 33 px from it, the bracket 9 px left of the slide's).
    static let sampleFenceSpace = 0.3

    func generatingProcess() -> [SlideElement] {
        let s = px(0.066), small = px(0.056)
        let pink = theme[.input], orange = theme[.latent]
        let left = TextAnchor(.left, .center)
        let sample: MathBlock = .row([
            .math("$\\boldsymbol{y}$", size: s, color: theme[.data]), .math("$ = $", size: s), .space(Self.sampleFenceSpace * s),
            .fenced(Self.FormulaColumn.hugged(.lines([
                Self.FormulaColumn.sampleRow(1, "cos", size: s, x: pink, theta: orange),
                Self.FormulaColumn.sampleRow(2, "sin", size: s, x: pink, theta: orange),
            ], gap: Self.FormulaColumn.sampleRowGap * s, axis: s), size: s), left: .openBracket, right: .closeBracket, size: s),
        ])
        let radius: MathBlock = .row([
            .math("$x$", size: s, color: pink), .space(Self.FormulaColumn.mapsToSpace.before * s), .math("$\\ ↦\\ $", size: s),
            .space(Self.FormulaColumn.mapsToSpace.after * s),
            .fenced(.inset(.lines([
                Self.tinted([("$𝛼$", nil), ("$x$", pink), ("$\\!+\\!\\beta(1\\!-\\!$", nil), ("$x$", pink), ("$)$", nil)], size: small),
                Self.tinted([("$\\beta$", nil), ("$x$", pink), ("$\\!+\\!𝛼(1\\!-\\!$", nil), ("$x$", pink), ("$)$", nil)], size: small),
            ], gap: Self.FormulaColumn.radiusRowGap * small, axis: s),
                           horizontal: Self.FormulaColumn.radiusFenceInset.horizontal * s,
                           top: Self.FormulaColumn.radiusFenceInset.vertical * s, bottom: Self.FormulaColumn.radiusFenceInset.vertical * s),
                    left: .openBracket, right: .closeBracket, size: s),
        ])
        // The brackets reach just past the parenthesised fraction, as on the slide, and the square pokes out above them:
        // the brackets enclose room for it, and it is set back into that room.
        let n = Self.FormulaColumn.self
        let square = n.noiseSquareRoom * s, inset = n.noiseFenceInset.horizontal * s
        let back = square + Self.fenceGap * s + Self.fenceWidth * s - inset - n.squareKern * s
        let noise: MathBlock = .row([
            .math("$\\varepsilon \\sim 𝒩$", size: s), .space(n.noiseFenceSpace * s),
            .fenced(.inset(.row([.math("$0,\\,$", size: s),
                                 .fenced(.inset(.fraction(.math("$1$", size: 0.72 * s), over: .math("$20$", size: 0.72 * s), size: 0.72 * s),
                                                horizontal: 0, top: 0, bottom: n.noiseParenthesisInset * s),
                                         left: .openParenthesis, right: .closeParenthesis, size: s),
                                 .space(square)]),
                           horizontal: inset, top: n.noiseFenceInset.vertical * s, bottom: n.noiseFenceInset.vertical * s),
                    left: .openBracket, right: .closeBracket, size: s),
            .space(-back), .raised(.math("$2$", size: 0.7 * s), up: 0.62 * s),
        ])
        return [
            // The title spans 121–604 px of 1600 as the slide's does (at 0.077 it spanned 128–619).
            .block(.words("Training samples", size: px(Self.FormulaColumn.titleSize)), at: Self.FormulaColumn.titlePlace, anchor: TextAnchor(.left, .center)),
            // α and β stand where the slide has them (from 695 px), their rows 122 px from α's top to β's foot.
            .block(.lines([.math("$𝛼 = 1.5$", size: s), .math("$\\beta = 2$", size: s)], gap: 0.5 * s), at: Point(0.433, 0.905),
                   anchor: TextAnchor(.left, .center)),
            .block(sample, at: Point(0.61, Self.FormulaColumn.sampleCentre), anchor: left),
            .block(.math("$𝜌 \\;:\\; ℝ \\to ℝ^2$", size: s), at: Point(0.698, 0.723), anchor: left),
            .block(radius, at: Self.FormulaColumn.radiusPlace, anchor: left),
            .block(Self.tinted([("$\\cdot \\mathrm{exp}(2$", nil), ("$x$", pink), ("$)$", nil)], size: s), at: Point(0.774, 0.428), anchor: left),
            .block(Self.tinted([("$x$", pink), ("$ \\sim 𝒰(0, 1)$", nil)], size: s), at: Point(0.698, 0.325), anchor: left),
            .block(Self.tinted([("$𝜃$", orange), ("$ \\sim 𝒰(0, 2\\pi)$", nil)], size: s), at: Point(0.698, 0.222), anchor: left),
            .block(noise, at: Point(0.698, n.noiseCentre), anchor: left),
        ]
    }

    /// A fence's width and its gap to what it encloses, in font sizes (as `MathBlock.fenced` draws them).
    static let fenceWidth = 0.32, fenceGap = 0.08

    /// The room between a grid formula's variable and its "=", in font sizes: a little less than the thick space TeX
    /// would put there, which the separately coloured variable loses (measured on the slide: z's "=" 48 px, x's 52 px
    /// right of the variable at 1600 px width).
    static let gridVariableGap = 0.15
    /// The room either side of a grid formula's fraction besides the colons' thick spaces, in font sizes: the slide's
    /// colons stand 30 px from π/24 and 1/50, 5 px more than TeX's spacing gives.
    static let gridFractionRoom = 0.06
    /// z's tall brackets: how far the opening one is pulled onto 0 and the room left after 2π, in font sizes (the
    /// slide's bracket stands 5 px from 0 and 15 px from 2π), and the height they span above and below the baseline
    /// (on the slide 50 px above it and 21 px below it at 59 px text: a bracket 71 px tall, where the fraction's own
    /// ink, reaching deeper, would draw it 79 px tall).
    static let gridFenceHug = 0.135
    static let gridFenceTrail = 0.12
    static let gridFenceReach = (above: 0.766, below: 0.275)
    /// The room between "=" and a tall fence, in font sizes (a text-size bracket after " = " gets TeX's thick space).
    static let gridFenceGap = 0.15
    /// The grid formulas' fractions (π/24, 1/50), in font sizes: larger than TeX's script size, as on the slide.
    static let gridFractionShare = 0.8

    /// Figs 10–11's title size in figure heights: the slides' titles span 761 and 689 px at 1600 px width (Fig 10's ends
    /// 38 px before z's circle); at 0.08 ours spanned 774 and 711.
    static let manifoldTitleSize = 0.078

    /// Figs 10–11's diagram frame: its left edge and its height, in figure widths.
    static let manifoldDiagramLeft = 0.5704
    static let manifoldDiagramHeight = 0.3612

    /// 15-2 Figs 10–11: the title, the conditional model's diagram (with E once trained) and the grids of z and x.
    func manifold(trained: Bool, figureWidth: Double) -> [SlideElement] {
        let s = px(0.066), pink = theme[.input], orange = theme[.latent]
        let graph = ComputationGraphDiagram(conditional: true, showsEnergy: trained)
        // Placed so that the nodes sit where the slides have them (measured: ỹ and y at 92.9 % of the width, ỹ at
        // 15.7 % of the height and y at 60.5 %), and sized by the width, as both slides draw it at one size although
        // their heights differ (Fig 11's, sized by its height, stood 6 px shorter than the slide's from z to y, at 1590
        // px width).
        let frame = Rect(x: Self.manifoldDiagramLeft * figureWidth, y: px(0.025), width: 0.4 * figureWidth, height: Self.manifoldDiagramHeight * figureWidth)
        // The slide sets z's range between brackets as tall as its fraction and x's between text-size ones, and
        // leaves a little more room before "=" than TeX's thick space.
        func grid(_ variable: String, _ color: Color, _ step: MathBlock, _ end: String, close: MathBlock.Fence?) -> MathBlock {
            let head: [MathBlock] = [.math(variable, size: s, color: color), .space(Self.gridVariableGap * s)]
            let spaced: MathBlock = .row([.space(Self.gridFractionRoom * s), step, .space(Self.gridFractionRoom * s)])
            guard let close else {
                return .row(head + [.math("$ = [0\\;:\\;$", size: s), spaced, .math("$\\;:\\;\(end)]$", size: s)])
            }
            // The tall fences hug 0 and 2π and reach as high and low as the slide's.
            let range: MathBlock = .row([.space(-Self.gridFenceHug * s), .math("$0\\;:\\;$", size: s), spaced, .math("$\\;:\\;\(end)$", size: s),
                                         .space(Self.gridFenceTrail * s)])
            return .row(head + [.math("$=$", size: s), .space(Self.gridFenceGap * s),
                                .fenced(.strut(range, ascent: Self.gridFenceReach.above * s, descent: Self.gridFenceReach.below * s),
                                        left: .openBracket, right: close, size: s)])
        }
        let third = Self.gridFractionShare * s
        return [
            title(trained ? "Trained model manifold" : "Untrained model manifold", x: trained ? 0.072 : 0.077, y: 0.857,
                  size: Self.manifoldTitleSize),
            .diagram(graph.diagram(frame: frame, theme: theme)),
            .block(grid("$z$", orange, .fraction(.math("$\\pi$", size: third), over: .math("$24$", size: third), size: third), "2\\pi",
                        close: .openBracket), at: Point(0.685, 0.197), anchor: TextAnchor(.left, .center)),
            .block(grid("$x$", pink, .fraction(.math("$1$", size: third), over: .math("$50$", size: third), size: third), "1",
                        close: nil), at: Point(0.685, 0.079), anchor: TextAnchor(.left, .center)),
        ]
    }
}
