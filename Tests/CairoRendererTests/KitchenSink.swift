#if canImport(Glibc)
import Glibc
#endif
import Plotting

/// One figure that uses every 2-D mark and decoration, for golden-image, SVG-versus-PNG and label
/// overlap tests: a 2 × 2 grid of panels, an inset, legends in three places, a colour bar, math labels.
enum KitchenSink {
    static let width = 960
    static let height = 740

    static let tickSize = 12.0
    static let labelSize = 22.0
    static let titleSize = 20.0

    static func figure(theme: Theme) -> Figure {
        Figure(widthPixels: width, heightPixels: height, theme: theme,
               axes: [scatterPanel(theme), heatmapPanel(theme), linePanel(theme), inset(theme), arrowPanel(theme)],
               annotations: [Annotation("$\\beta \\to \\infty$", at: Point(0.985, 0.015), coordinates: .figureFraction,
                                        anchor: TextAnchor(.right, .bottom), sizePixels: 18, color: theme.palette[0])])
    }

    /// Panel A: filled circles, a bold X with an edge, hollow rings, alpha, colour by value; zero lines;
    /// a three-column legend at the bottom centre.
    static func scatterPanel(_ theme: Theme) -> Axes {
        let ring = (0..<24).map { k -> Point in
            let t = Double(k) / 24 * 2 * Double.pi + 0.3 * sin(Double(k) * 1.7)
            return Point(2 * cos(t), 1.5 * sin(t))
        }
        let manifold = (0..<32).map { k -> Point in
            let z = Double(k) / 32 * 2 * Double.pi
            return Point(-1.449 * cos(z), 0.357 * sin(z))
        }
        let energies = manifold.map { p in (p.x - 1.971) * (p.x - 1.971) + (p.y - 0.086) * (p.y - 0.086) }
        let colours = energies.map { ColorMap.viridis.color(for: exp(-$0), vmin: 0, vmax: 0.75) }
        let hollow = [Point(-0.6, -1.1), Point(0.1, -1.25), Point(0.8, -1.05)]
        return Axes(frame: Rect(x: 80, y: 45, width: 360, height: 255), xLimits: -2.5...2.5, yLimits: -1.75...1.75,
                    xTicks: .step(0.5), yTicks: .step(0.5), xLabel: "$y_1$", yLabel: "$y_2$",
                    title: "$\\tilde{y}$ and $g(\\check{z})$", zeroLines: true,
                    marks: [
                        .scatter(Scatter(points: ring, marker: MarkerStyle(sizePixels: 10, fill: Palette.lightBlue), label: "$y$")),
                        .scatter(Scatter(points: manifold, marker: MarkerStyle(sizePixels: 8, fill: .white), colors: colours, label: "$\\tilde{y}$")),
                        .scatter(Scatter(points: manifold.map { Point($0.x * 1.25, $0.y * 2.6) },
                                         marker: MarkerStyle(sizePixels: 7, fill: Palette.orchid.withAlpha(0.45)))),
                        .scatter(Scatter(points: hollow, marker: MarkerStyle(sizePixels: 14, fill: nil, edge: Palette.salmon, edgeWidthPixels: 1.5),
                                         label: "ring")),
                        .scatter(Scatter(points: [Point(1.971, 0.086)], marker: MarkerStyle(shape: .boldX, sizePixels: 18, fill: Palette.yellowGreen,
                                                                                           edge: theme.markerEdge, edgeWidthPixels: 1),
                                         label: "$y'$")),
                    ],
                    legend: LegendSpec(location: .lowerCenter, columns: 3, fontSizePixels: 14),
                    tickLabelSizePixels: tickSize, axisLabelSizePixels: labelSize, titleSizePixels: titleSize)
    }

    /// Panel B: a heatmap clipped at vmax with an extend-max colour bar, and an auto-scaled quiver.
    static func heatmapPanel(_ theme: Theme) -> Axes {
        let columns = 32, rows = 24
        var values: [Double] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let x = -2 + 4 * (Double(c) + 0.5) / Double(columns), y = -1.5 + 3 * (Double(r) + 0.5) / Double(rows)
                values.append(0.3 * x * x + y * y - 0.2)
            }
        }
        var origins: [Point] = [], vectors: [Point] = []
        for i in 0..<7 {
            for j in 0..<5 {
                let p = Point(-1.5 + 0.5 * Double(i), -1 + 0.5 * Double(j))
                origins.append(p)
                vectors.append(Point(-0.6 * p.x, -2 * p.y))
            }
        }
        return Axes(frame: Rect(x: 545, y: 45, width: 270, height: 255), xLimits: -2...2, yLimits: -1.5...1.5,
                    xTicks: .step(1), yTicks: .step(0.5), xLabel: "$y_1$", title: "$F_\\beta(y)|_{y_1=0}$", grid: false,
                    marks: [
                        .heatmap(Heatmap(values: values, columns: columns, rows: rows, xMin: -2, xMax: 2, yMin: -1.5, yMax: 1.5,
                                         colorMap: .viridis, vmin: 0, vmax: 1.5)),
                        .quiver(Quiver(origins: origins, vectors: vectors, color: .white)),
                    ],
                    colorbar: ColorbarSpec(colorMap: .viridis, vmin: 0, vmax: 1.5, ticks: .step(0.5), extendMax: true, label: "$F_\\infty$",
                                           widthPixels: 18, gapPixels: 16),
                    tickLabelSizePixels: tickSize, axisLabelSizePixels: labelSize, titleSizePixels: titleSize)
    }

    /// Panel C: several series from the palette, solid and dashed, with markers; a two-column legend.
    static func linePanel(_ theme: Theme) -> Axes {
        let betas = [0.5, 1, 2, 5]
        let dashes: [[Double]] = [[], [7, 4], [], [2, 3]]
        let markers: [MarkerStyle?] = [
            nil,
            MarkerStyle(sizePixels: 6, fill: theme.palette[1]),
            MarkerStyle(shape: .square, sizePixels: 6, fill: theme.palette[2], edge: theme.markerEdge, edgeWidthPixels: 0.8),
            MarkerStyle(shape: .thinX, sizePixels: 7, fill: nil, edge: theme.palette[3], edgeWidthPixels: 1.2),
        ]
        let series = betas.enumerated().map { i, beta -> Mark in
            let points = (0...16).map { k -> Point in
                let z = Double(k) / 16 * 2 * Double.pi
                return Point(z, 1.2 + cos(z) / (1 + 0.3 * beta) + 0.4 * Double(i))
            }
            return .line(LineSeries(points: points, color: theme.palette[i], widthPixels: 2, dash: dashes[i], marker: markers[i],
                                    label: "$\\beta = \(beta == beta.rounded() ? String(Int(beta)) : String(beta))$"))
        }
        return Axes(frame: Rect(x: 80, y: 420, width: 360, height: 240), xLimits: 0...(2 * Double.pi), yLimits: 0...3.5,
                    xTicks: .values([0, Double.pi / 2, Double.pi, 3 * Double.pi / 2, 2 * Double.pi]), yTicks: .automatic(maxTicks: 8),
                    xLabel: "$z$", yLabel: "$E$", title: "$E(y', z)$", marks: series,
                    legend: LegendSpec(location: .upperRight, columns: 2, fontSizePixels: 13),
                    tickLabelSizePixels: tickSize, axisLabelSizePixels: labelSize, titleSizePixels: titleSize)
    }

    /// An inset inside panel C: no grid, a frame in a palette colour, two ticks.
    static func inset(_ theme: Theme) -> Axes {
        let points = (0...40).map { k -> Point in
            let x = Double(k) / 40 * 3
            return Point(x, x * x)
        }
        return Axes(frame: Rect(x: 120, y: 440, width: 100, height: 62), xLimits: 0...3, yLimits: 0...9,
                    xTicks: .values([0, 3]), yTicks: .values([0, 9]), grid: false, frameColor: Palette.teal,
                    marks: [.line(LineSeries(points: points, color: Palette.salmon, widthPixels: 1.5))],
                    tickLabelSizePixels: 10)
    }

    /// Panel D: explicit-scale quiver, straight and curved dashed arrows, a polygon, thin markers,
    /// annotations in data and axes coordinates, a centre-right legend.
    static func arrowPanel(_ theme: Theme) -> Axes {
        var origins: [Point] = [], vectors: [Point] = []
        for i in 0..<3 {
            for j in 0..<3 {
                origins.append(Point(0.3 + 0.4 * Double(i), 0.3 + 0.45 * Double(j)))
                vectors.append(Point(0.25, 0.1 * Double(j - 1)))
            }
        }
        return Axes(frame: Rect(x: 545, y: 420, width: 330, height: 240), xLimits: 0...4, yLimits: 0...3,
                    xTicks: .step(1), yTicks: .step(1), xLabel: "$y_1$", title: "$F_\\infty \\geq 2$",
                    marks: [
                        .polygon([Point(1.8, 0.3), Point(2.6, 0.3), Point(2.2, 1.0)], fill: Palette.lavender.withAlpha(0.5),
                                 edge: Palette.lavender, widthPixels: 1.5),
                        .quiver(Quiver(origins: origins, vectors: vectors, color: Palette.orange, scale: 4)),
                        .arrow(ArrowMark(points: [Point(0.3, 2.6), Point(1.6, 2.6)], color: Palette.salmon)),
                        .arrow(ArrowMark(points: [Point(0.3, 1.9), Point(1.0, 2.4), Point(1.8, 1.9)], color: theme.foreground,
                                         dash: [6, 4], smooth: true)),
                        .scatter(Scatter(points: [Point(2.1, 2.5)], marker: MarkerStyle(shape: .plus, sizePixels: 12, fill: nil,
                                                                                        edge: Palette.teal, edgeWidthPixels: 2),
                                         label: "$\\tilde{z}$")),
                        .scatter(Scatter(points: [Point(2.4, 2.1)], marker: MarkerStyle(shape: .thinX, sizePixels: 12, fill: nil,
                                                                                        edge: Palette.lightBlue, edgeWidthPixels: 2),
                                         label: "$\\check{z}$")),
                        .annotation(Annotation("$g(\\check{z})$", at: Point(2.2, 1.25), coordinates: .data, anchor: TextAnchor(.center, .bottom),
                                               sizePixels: 18, color: Palette.lightBlue)),
                        .annotation(Annotation("$E(y', z)$", at: Point(0.97, 0.04), coordinates: .axesFraction, anchor: TextAnchor(.right, .bottom),
                                               sizePixels: 16)),
                    ],
                    legend: LegendSpec(location: .centerRight, columns: 1, fontSizePixels: 14),
                    tickLabelSizePixels: tickSize, axisLabelSizePixels: labelSize, titleSizePixels: titleSize)
    }
}
