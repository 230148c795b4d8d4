import Plotting

/// The lectures' energy computation graph as a `Diagram`: z (orange, with a bar for its 1-D range) →
/// Decoder (teal) → ỹ (orchid, with an ellipse for the manifold) and, when the energy is shown, ỹ → E (red
/// box) ← y (blue, shaded because observed). The conditional model adds x (pink, shaded) → Predictor
/// (lavender half-dome) → Decoder. Units: a node's radius is 1.
struct ComputationGraphDiagram {
    /// The predictor branch fed by x (15-2 Figs 10–11).
    var conditional: Bool
    /// The E box and its two arrows (15-1 Fig 3, 15-2 Fig 11); without it y stands alone (15-2 Fig 10).
    var showsEnergy: Bool

    static let radius = 1.0
    /// The row of z, the decoder and ỹ, and the column of ỹ, E and y.
    static let topRow = 2.3
    static let outputColumn = 10.9
    static let energyTop = 5.2
    static let bottomRow = 10.05

    /// The diagram-unit rectangle the shapes span.
    var extent: Rect {
        Rect(x: -0.05, y: 0.0, width: 12.05, height: Self.bottomRow + 1.12)
    }

    /// The diagram fitted into `frame` (figure pixels).
    func diagram(frame: Rect, theme: Theme) -> Diagram {
        Diagram(frame: frame, extent: extent, shapes: shapes(theme: theme))
    }

    func shapes(theme: Theme) -> [DiagramShape] {
        let r = Self.radius, row = Self.topRow, column = Self.outputColumn
        // The fill of an observed variable: the foreground faintly over the background.
        let observed = theme.foreground.withAlpha(0.14)
        let decoder = Rect(x: 4.05, y: row - 1.0, width: 3.95, height: 2.0)
        // Without the predictor, z enters the decoder in the middle; with it, z enters high and the predictor low.
        let zRow = conditional ? row - 0.5 : row
        let z = Point(1.1, zRow), yTilde = Point(column, row)
        let nodeSize = 1.25, wordSize = 0.92
        var shapes: [DiagramShape] = [
            .line([Point(z.x - 1.05, zRow - 1.36), Point(z.x + 1.05, zRow - 1.36)], color: Palette.orange),
            .circle(center: z, radius: r, edge: Palette.orange, fill: nil),
            .label(.math("$z$", size: nodeSize, color: Palette.orange), at: z),
            .box(.dee, rect: decoder, edge: Palette.teal),
            .label(.words("Decoder", size: wordSize), at: Point(decoder.center.x - 0.15, row)),
            .arrow([Point(z.x + r, zRow), Point(decoder.minX, zRow)], color: nil),
            .arrow([Point(decoder.maxX, row), Point(column - r, row)], color: nil),
            .ellipse(center: Point(column, row - 1.86), radii: Point(1.05, 0.36), color: Palette.orchid),
            .circle(center: yTilde, radius: r, edge: Palette.orchid, fill: nil),
            .label(.math("$\\boldsymbol{\\tilde{y}}$", size: nodeSize, color: Palette.orchid), at: yTilde),
        ]
        if conditional {
            let predictor = Rect(x: 0.85, y: Self.energyTop, width: 4.4, height: 1.95)
            let x = Point(predictor.center.x, Self.bottomRow)
            shapes += [
                .box(.dome, rect: predictor, edge: Palette.lavender),
                .label(.words("Predictor", size: wordSize), at: Point(predictor.center.x, predictor.center.y + 0.12)),
                .arrow([Point(predictor.center.x, predictor.minY), Point(predictor.center.x, row + 0.5), Point(decoder.minX, row + 0.5)], color: nil),
                .circle(center: x, radius: r, edge: Palette.pink, fill: observed),
                .label(.math("$x$", size: nodeSize, color: Palette.pink), at: x),
                .arrow([Point(x.x, x.y - r), Point(x.x, predictor.maxY)], color: nil),
            ]
        }
        let y = Point(column, Self.bottomRow)
        shapes += [
            .circle(center: y, radius: r, edge: Palette.lightBlue, fill: observed),
            .label(.math("$\\boldsymbol{y}$", size: nodeSize, color: Palette.lightBlue), at: y),
        ]
        if showsEnergy {
            let energy = Rect(x: column - r, y: Self.energyTop, width: 2 * r, height: 2 * r)
            shapes += [
                .box(.rectangle, rect: energy, edge: Palette.salmon),
                .label(.math("$E$", size: nodeSize, color: Palette.salmon), at: Point(column, energy.center.y)),
                .arrow([Point(column, row + r), Point(column, energy.minY)], color: nil),
                .arrow([Point(column, y.y - r), Point(column, energy.maxY)], color: nil),
            ]
        }
        return shapes
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
