#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Plotting

/// The lectures' energy computation graph as a `Diagram`: z (orange, with a bar for its 1-D range) →
/// Decoder (teal) → ỹ (orchid, with an ellipse for the manifold) and, when the energy is shown, ỹ → E (red
/// box) ← y (blue, shaded because observed). The conditional model adds x (pink, shaded) → Predictor
/// (lavender arch) → Decoder. Units: a node's radius is 1.
struct ComputationGraphDiagram {
    /// The predictor branch fed by x (15-2 Figs 10–11).
    var conditional: Bool
    /// The E box and its two arrows (15-1 Fig 3, 15-2 Fig 11); without it y stands alone (15-2 Fig 10).
    var showsEnergy: Bool

    static let radius = 1.0

    /// Where the shapes sit, in diagram units.
    struct Layout {
        /// The diagram-unit rectangle the shapes span (mapped onto the figure's frame).
        var extent: Rect
        /// The row of z, the decoder and ỹ; the row of z's bar and ỹ's ellipse; z's column; the decoder's span.
        var topRow: Double
        var markRow: Double
        var zColumn: Double
        var decoderX: ClosedRange<Double>
        /// The column of ỹ, E and y; the top of E; the row of y.
        var outputColumn: Double
        var energyTop: Double
        var bottomRow: Double
        /// Half the length of z's bar and the radii of ỹ's ellipse.
        var barHalfLength: Double
        var ellipseRadii: Point
        /// Square left corners on the decoder's "D" (both lectures' slides) instead of slightly rounded ones, and
        /// the radius of its right corners as a share of its height.
        var squareDecoder: Bool
        var deeRounding: Double = 0.4
        /// The predictor as an arch rising from its base to a point-free crown (15-2's slides) rather than a flat-topped
        /// dome.
        var archedPredictor: Bool = false
        /// How far right of the decoder's centre its word sits, and the words' face and size (15-1's slide sets
        /// "Decoder" in a regular sans as wide as the slide's word: Computer Modern Sans at 0.92).
        var decoderLabelShift: Double
        var boldWords: Bool
        var wordSize: Double
        /// The words' colour: a role of their own (15-1's slide sets "Decoder" in light grey), or nil for the foreground.
        var wordRole: ColorRole?
        /// The row of ỹ's ellipse when it stands apart from z's bar (15-2's slide leaves a gap under it); nil: the
        /// mark row.
        var ellipseRow: Double? = nil
        /// The decoder's top and bottom when they are not a radius above and below the top row (15-2's slides draw it
        /// 1.92 radii tall, its top a fiftieth of a radius low), and the predictor's box (nil: on E's top, 4.4 radii wide).
        var decoderRows: ClosedRange<Double>? = nil
        var predictorBox: Rect? = nil
        /// How far the words' overprinted copies spread, in word sizes (0: printed once). 15-2's slides set "Decoder" and
        /// "Predictor" heavier than the regular face: their stems 4.0 px wide at 1596 px width, the face's 2.7.
        var wordSpread: Double = 0
        /// How far outlines, marks and arrows are mixed toward the muted grey and then toward the background (0, 0:
        /// their roles' own colours), and the outlines' and arrows' widths in radii (nil: the diagram's defaults). 15-1's
        /// slide, a soft capture, shows its outlines dimmer and wider than crisp strokes, of nearly the same hue: z's
        /// orange peaks at (210, 163, 118) where the role's is (255, 193, 105), E's red at (204, 127, 114) for (255, 141, 127).
        var outlineGreying: Double = 0
        var outlineDimming: Double = 0
        var outlineWidth: Double? = nil
        var arrowWidth: Double? = nil

        /// 15-1 Fig 3 as its slide places it: the slide's whole canvas (378 × 323) at a node radius of 1, every
        /// position its measured fraction of that canvas (z at 0.186 W, the top row at 0.24 H, z's bar and ỹ's
        /// ellipse both at 0.088 H, the output column at 0.87 W, E centred at 0.56 H, y at 0.88 H).
        static let energyGraph = Layout(
            extent: Rect(x: 0, y: 0, width: 13.93, height: 11.9), topRow: 2.84, markRow: 1.05, zColumn: 2.59,
            decoderX: 5.47...9.26, outputColumn: 12.14, energyTop: 5.65, bottomRow: 10.45, barHalfLength: 1.0,
            ellipseRadii: Point(1.01, 0.35), squareDecoder: true, decoderLabelShift: -0.03, boldWords: false,
            wordSize: 0.86, wordRole: .slideWord, wordSpread: energyGraphWordSpread, outlineGreying: energyGraphDulling.greying,
            outlineDimming: energyGraphDulling.dimming,
            outlineWidth: energyGraphOutlineWidth, arrowWidth: energyGraphArrowWidth)

        /// 15-1's "Decoder": the regular face in the slide's light grey, overprinted a little wider (the soft slide lights
        /// 595 pixels of the word at 378 px width, the regular face 376, the bold one 485 but whiter).
        static let energyGraphWordSpread = 0.03
        /// 15-1's outlines mixed 0.2 toward the muted grey, then 0.15 toward the black (z's ring now peaks at (200, 157,
        /// 98), E's at (200, 122, 112)), and 0.11 radii wide (the default's 0.085 lit 110 pixels of z's ring at the slide's
        /// 378 px width, where the slide lights 137).
        static let energyGraphDulling = (greying: 0.2, dimming: 0.15)
        static let energyGraphOutlineWidth = 0.11
        /// Its arrows' shafts 0.06 radii wide (at the default 0.045 they lit 89 pixels of z's arrow at 378 px width, the slide 124).
        static let energyGraphArrowWidth = 0.06

        /// 15-2 Figs 10–11, where the predictor branch shares the frame.
        static let predictorGraph = Layout(
            extent: Rect(x: -0.05, y: 0.0, width: 12.05, height: 10.05 + 1.12), topRow: 2.3, markRow: 2.3 - 1.36, zColumn: 1.19,
            decoderX: 4.12...8.0, outputColumn: 10.9, energyTop: 5.2, bottomRow: 10.01, barHalfLength: 1.01,
            ellipseRadii: Point(1.05, 0.36), squareDecoder: true, deeRounding: predictorDeeRounding, archedPredictor: true, decoderLabelShift: -0.04, boldWords: false,
            wordSize: 0.86, wordRole: nil, ellipseRow: predictorEllipseRow, decoderRows: predictorDecoderRows, predictorBox: predictorArchBox,
            wordSpread: predictorWordSpread)

        /// 15-2's decoder and predictor where the slides draw them (outlines' centre lines measured at 1596 px width: the
        /// decoder from 89.5 to 189.5 px, left side at 1133.5; the arch from 289.5 to 389 px, 969.5 to 1195 px; with x's
        /// circle below the arch's middle at 1082.5 px).
        static let predictorDecoderRows = 1.32...3.24
        static let predictorArchBox = Rect(x: 0.94, y: 5.19, width: 4.4, height: 1.94)
        /// The spread that widens the regular face's 2.7 px stems to the slide's 4.0 px at a 47.5 px word size.
        static let predictorWordSpread = 0.012

        /// 15-2's ellipse sits higher over ỹ than z's bar over z: its centre 1.83 radii above ỹ's (the bar's 1.36
        /// above z), leaving about half a radius between ellipse and circle as the slide does.
        static let predictorEllipseRow = 2.3 - 1.83
        /// 15-2's decoder rounds its right side with corners 0.43 of its height (the slide's 45 px on a 104 px box),
        /// a little rounder than 15-1's.
        static let predictorDeeRounding = 0.43
    }

    /// The layout: 15-1's slide for the plain graph, 15-2's for the conditional one.
    var layout: Layout { conditional ? .predictorGraph : .energyGraph }

    /// The diagram-unit rectangle the shapes span.
    var extent: Rect { layout.extent }

    /// The diagram fitted into `frame` (figure pixels).
    func diagram(frame: Rect, theme: Theme) -> Diagram {
        var d = Diagram(frame: frame, extent: extent, shapes: shapes(theme: theme))
        if let width = layout.outlineWidth { d.strokeWidth = width }
        if let width = layout.arrowWidth { d.arrowWidth = width }
        return d
    }

    func shapes(theme: Theme) -> [DiagramShape] {
        let l = layout
        let r = Self.radius, row = l.topRow, column = l.outputColumn
        // The fill of an observed variable: the foreground faintly over the background.
        let observed = theme.foreground.withAlpha(0.14)
        let edge = { (role: ColorRole) in self.outlineColor(role, theme: theme) }
        let arrowColor = self.arrowColor(theme: theme)
        let rows = l.decoderRows ?? (row - 1.0)...(row + 1.0)
        let decoder = Rect(x: l.decoderX.lowerBound, y: rows.lowerBound, width: l.decoderX.upperBound - l.decoderX.lowerBound,
                           height: rows.upperBound - rows.lowerBound)
        // Without the predictor, z enters the decoder in the middle; with it, z enters high and the predictor low.
        let zRow = conditional ? row - 0.5 : row
        let z = Point(l.zColumn, zRow), yTilde = Point(column, row)
        let markOffset = row - l.markRow
        let nodeSize = 1.25
        var shapes: [DiagramShape] = [
            .line([Point(z.x - l.barHalfLength, zRow - markOffset), Point(z.x + l.barHalfLength, zRow - markOffset)], color: edge(.latent)),
            .circle(center: z, radius: r, edge: edge(.latent), fill: nil),
            .label(.math("$z$", size: nodeSize, color: theme[.latent]), at: z),
            l.squareDecoder ? .line(Self.squareDee(decoder, rounding: l.deeRounding), color: edge(.decoder)) : .box(.dee, rect: decoder, edge: edge(.decoder)),
            .label(Self.word("Decoder", layout: l, color: l.wordRole.map { theme[$0] }), at: Point(decoder.center.x + l.decoderLabelShift, row)),
            .arrow([Point(z.x + r, zRow), Point(decoder.minX, zRow)], color: arrowColor),
            .arrow([Point(decoder.maxX, row), Point(column - r, row)], color: arrowColor),
            .ellipse(center: Point(column, l.ellipseRow ?? l.markRow), radii: l.ellipseRadii, color: edge(.manifold)),
            .circle(center: yTilde, radius: r, edge: edge(.manifold), fill: nil),
            .label(.math("$\\boldsymbol{\\tilde{y}}$", size: nodeSize, color: theme[.manifold]), at: yTilde),
        ]
        if conditional {
            // The arch's crown reaches a tenth of a radius higher than the dome's flat top, on the same base.
            let rise = l.archedPredictor ? Self.archRise : 0
            let predictor = l.predictorBox ?? Rect(x: 0.85, y: l.energyTop - rise, width: 4.4, height: 1.95 + rise)
            let x = Point(predictor.center.x, l.bottomRow)
            shapes += [
                l.archedPredictor ? .line(Self.arch(predictor), color: edge(.predictor)) : .box(.dome, rect: predictor, edge: edge(.predictor)),
                .label(Self.word("Predictor", layout: l, color: nil),
                       at: Point(predictor.center.x, predictor.center.y + (l.archedPredictor ? Self.archWordDrop : 0.12))),
                .arrow([Point(predictor.center.x, predictor.minY), Point(predictor.center.x, row + 0.5), Point(decoder.minX, row + 0.5)], color: arrowColor),
                .circle(center: x, radius: r, edge: edge(.input), fill: observed),
                .label(.math("$x$", size: nodeSize, color: theme[.input]), at: x),
                .arrow([Point(x.x, x.y - r), Point(x.x, predictor.maxY)], color: arrowColor),
            ]
        }
        let y = Point(column, l.bottomRow)
        shapes += [
            .circle(center: y, radius: r, edge: edge(.data), fill: observed),
            .label(.math("$\\boldsymbol{y}$", size: nodeSize, color: theme[.data]), at: y),
        ]
        if showsEnergy {
            let energy = Rect(x: column - r, y: l.energyTop, width: 2 * r, height: 2 * r)
            shapes += [
                .box(.rectangle, rect: energy, edge: edge(.energy)),
                .label(.math("$E$", size: nodeSize, color: theme[.energy]), at: Point(column, energy.center.y)),
                .arrow([Point(column, row + r), Point(column, energy.minY)], color: arrowColor),
                .arrow([Point(column, y.y - r), Point(column, energy.maxY)], color: arrowColor),
            ]
        }
        return shapes
    }

    /// The colour of an outline or mark drawn in `role`: the role's, dulled as far as the layout asks.
    func outlineColor(_ role: ColorRole, theme: Theme) -> Color { dulled(theme[role], theme: theme) }

    /// The arrows' colour: nil (the foreground) unless the layout dulls its strokes.
    func arrowColor(theme: Theme) -> Color? {
        layout.outlineGreying > 0 || layout.outlineDimming > 0 ? dulled(theme.foreground, theme: theme) : nil
    }

    private func dulled(_ c: Color, theme: Theme) -> Color {
        let l = layout
        guard l.outlineGreying > 0 || l.outlineDimming > 0 else { return c }
        return c.mixed(with: theme[.muted], fraction: l.outlineGreying).mixed(with: theme[.background], fraction: l.outlineDimming)
    }

    /// A diagram word in the layout's face, size and weight.
    static func word(_ text: String, layout l: Layout, color: Color?) -> MathBlock {
        let plain: MathBlock = .words(text, size: l.wordSize, color: color, bold: l.boldWords)
        return l.wordSpread > 0 ? .overprinted(plain, spread: l.wordSpread * l.wordSize) : plain
    }

    /// The slide's "D" as a closed outline: square left corners, the right end rounded with corners of `rounding` of
    /// its height joined by a short straight side.
    static func squareDee(_ r: Rect, rounding: Double = 0.4) -> [Point] {
        let round = rounding * r.height
        let arc = { (c: Point, a0: Double, a1: Double) in
            (0...12).map { k -> Point in
                let a = a0 + (a1 - a0) * Double(k) / 12
                return Point(c.x + round * cos(a), c.y + round * sin(a))
            }
        }
        let pi = Double.pi
        let top = arc(Point(r.maxX - round, r.minY + round), 1.5 * pi, 2 * pi)
        // Back along the top edge to its first point, so that every corner is a join rather than a line's end.
        return [Point(r.minX, r.minY)] + top + arc(Point(r.maxX - round, r.maxY - round), 0, 0.5 * pi)
            + [Point(r.minX, r.maxY), Point(r.minX, r.minY), top[0]]
    }

    /// How much higher the arch's crown stands than the dome's top, and how far below the arch's middle its word
    /// sits (the slide's word centres on the middle of base and crown, 339 px at 1596 px width).
    static let archRise = 0.1
    static let archWordDrop = -0.01
    /// The exponent of the arch's superellipse: 2 is a half-ellipse; the slide's predictor is fuller, its sides at
    /// half height 0.91 of the half-width out where an ellipse's are at 0.87 (a least-squares fit of its outline: 2.4).
    static let archExponent = 2.4

    /// The slide's predictor as a closed outline: a flat base and the upper half of a superellipse spanning the box.
    static func arch(_ r: Rect) -> [Point] {
        let n = archExponent, c = Point(r.center.x, r.maxY), a = r.width / 2, b = r.height
        let crown = (0...48).map { k -> Point in
            let t = Double.pi * Double(k) / 48
            let ct = cos(t), st = sin(t)
            return Point(c.x - a * (ct < 0 ? -1 : 1) * pow(abs(ct), 2 / n), c.y - b * pow(st, 2 / n))
        }
        // Closed along the base and back to the crown's first point, so that both corners are joins.
        return crown + [crown[0], crown[1]]
    }

    /// The graph's nodes and edges for the sidecar.
    var sidecar: [String: SidecarValue] {
        var nodes = ["z", "Decoder", "ỹ"], edges = [["z", "Decoder"], ["Decoder", "ỹ"]]
        if conditional {
            nodes += ["x", "Predictor"]
            edges += [["x", "Predictor"], ["Predictor", "Decoder"]]
        }
        nodes.append("y")
        if showsEnergy {
            nodes.insert("E", at: nodes.count - 1)
            edges += [["ỹ", "E"], ["y", "E"]]
        }
        return ["nodes": .array(nodes.map(SidecarValue.string)), "edges": .array(edges.map { .array($0.map(SidecarValue.string)) })]
    }
}
