import Plotting

/// 15-1 Fig 3: the energy computation graph z → Decoder → ỹ → E ← y, in the lecture's colours
/// (z orange, decoder teal with a rounded right side, ỹ orchid, E red, y blue and shaded because observed).
struct ComputationGraphFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let orange = Palette.orange, teal = Palette.teal, orchid = Palette.orchid, blue = Palette.lightBlue, red = Palette.salmon
        let node = 70.0
        func circle(_ x: Double, _ y: Double, _ edge: Color, fill: Color? = nil) -> Mark {
            .scatter(Scatter(points: [Point(x, y)], marker: MarkerStyle(sizePixels: node, fill: fill ?? .black, edge: edge, edgeWidthPixels: 3.5)))
        }
        func arrow(_ a: Point, _ b: Point) -> Mark {
            .arrow(ArrowMark(points: [a, b], color: .white, widthPixels: 3, headLengthPixels: 16, headWidthPixels: 13))
        }
        func label(_ text: String, _ x: Double, _ y: Double, _ color: Color = .white, size: Double = 44) -> Mark {
            .annotation(Annotation(text, at: Point(x, y), sizePixels: size, color: color))
        }
        // Decoder: a box with a rounded right side (a half-disc cap), drawn as a polygon.
        var decoder: [Point] = [Point(3.0, 2.1), Point(4.3, 2.1)]
        decoder += (0...24).map { k in
            let a = -Double.pi / 2 + Double.pi * Double(k) / 24
            return Point(4.3 + 0.55 * cos(a), 2.65 + 0.55 * sin(a))
        }
        decoder += [Point(4.3, 3.2), Point(3.0, 3.2)]
        let energyBox = [Point(6.9, 0.55), Point(7.9, 0.55), Point(7.9, 1.45), Point(6.9, 1.45)]
        let marks: [Mark] = [
            .polygon(decoder, fill: nil, edge: teal, widthPixels: 3.5),
            .polygon(energyBox, fill: nil, edge: red, widthPixels: 3.5),
            circle(1.2, 2.65, orange), circle(7.4, 2.65, orchid), circle(10.0, 1.0, blue, fill: Color(grey: 0.3)),
            // The small marks above z and ỹ: a line (the latent's 1-D range) and an ellipse (the manifold).
            .line(LineSeries(points: [Point(0.85, 3.55), Point(1.55, 3.55)], color: orange, widthPixels: 3)),
            .line(LineSeries(points: (0...40).map { k in
                let a = 2 * Double.pi * Double(k) / 40
                return Point(7.4 + 0.38 * cos(a), 3.62 + 0.12 * sin(a))
            }, color: orchid, widthPixels: 2.5)),
            arrow(Point(1.62, 2.65), Point(2.98, 2.65)), arrow(Point(4.87, 2.65), Point(6.98, 2.65)),
            arrow(Point(7.4, 2.23), Point(7.4, 1.47)), arrow(Point(9.58, 1.0), Point(7.92, 1.0)),
            label("$z$", 1.2, 2.62, orange), label("Decoder", 3.85, 2.65, .white, size: 30), label("$\\tilde{y}$", 7.4, 2.62, orchid),
            label("$E$", 7.4, 0.98, red), label("$y$", 10.0, 0.98, blue),
        ]
        let axes = Axes(frame: Rect(x: 20, y: 20, width: Double(e.widthPixels) - 40, height: Double(e.heightPixels) - 40),
                        xLimits: 0...11, yLimits: 0...4.2, equalAspect: true, xTicks: .none, yTicks: .none, showTickLabels: false,
                        grid: false, showFrame: false, marks: marks)
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: Theme.named(e.theme) ?? .dark,
                                           axes: [axes]),
                            data: ["nodes": .array(["z", "Decoder", "ỹ", "E", "y"].map(SidecarValue.string)),
                                   "edges": .array([["z", "Decoder"], ["Decoder", "ỹ"], ["ỹ", "E"], ["y", "E"]].map { .array($0.map(SidecarValue.string)) })])
    }
}

#if canImport(Glibc)
import Glibc
#endif
