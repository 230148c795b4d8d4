import ExperimentSpec
import EBMCore
import Plotting

/// The lecture's marks and axes for the ellipse figures (docs/lecture.md §1): each colour from a role of the
/// figure's style sheet, sizes from the sheet's lecture sizes.
enum LectureStyle {
    /// Marker diameter ≈ 1.7 % of a 1000-pixel figure width (docs/lecture.md §6.1.2).
    static let pointSize = LectureSizes.lecture.marker
    /// Legend text, axis labels and tick labels as the lecture sets them in a 1000 × 640-pixel figure.
    static let legendSize = LectureSizes.lecture.legend
    static let axisLabelSize = LectureSizes.lecture.axisLabel
    static let tickLabelSize = LectureSizes.lecture.tickLabel
    /// The handles of 15-1 Fig 7's one-row legend against the plot's markers (matplotlib's `markerscale`).
    static let wideLegendMarkerScale = 1.12
    /// 15-1 Fig 9 (the mesh with five ringed points) sets its y₂ label this much larger than the other y-plane
    /// slides (its y₂ inks ≈ 7.5 % of the canvas height against Fig 8's 6 %, measured); its y₁ runs off the
    /// slide's bottom edge, so its size cannot be measured.
    static let ringedAxisLabelScale = 1.25
    /// Fig 9's legend against Fig 8's (its box 1.08 × as wide and 1.13 × as tall on the slides).
    static let ringedLegendScale = 1.1

    /// How far the 15-1 slides' legend handles stand above their rows' middles, in font sizes (`LegendSpec.handleRaise`):
    /// their markers sit 0.07–0.12 font sizes higher in their boxes than centred ones would (measured on Figs 2, 5, 6,
    /// 7 and 11 against the box's edges).
    static let legendHandleRaise = 0.1

    static let y = "$\\boldsymbol{y}$"
    static let yTilde = "$\\boldsymbol{\\tilde{y}}$"
    static let yPrime = "$\\boldsymbol{y'}$"
    /// y′ in the legends of 15-1 Figs 6–9: a bold y with the regular, thin prime (the slides' legends set it steep and
    /// thin, a third as wide as the bold wedge of the axis labels and of Figs 4–5).
    static let yPrimeLegend = "$\\boldsymbol{y}'$"
    static let yCheck = "$\\boldsymbol{\\check{y}}$"

    /// The plot region of a one-axes figure, leaving room for labels (and a colour bar when asked).
    static func frame(width: Int, height: Int, colorbar: Bool = false, left: Double = 90, bottom: Double = 94,
                      top: Double = 28, right: Double? = nil) -> Rect {
        let right = right ?? (colorbar ? 150.0 : 22)
        return Rect(x: left, y: top, width: Double(width) - left - right, height: Double(height) - top - bottom)
    }

    /// The region of a figure given as fractions of its width and height (left, right, top, bottom margins).
    static func frame(width: Int, height: Int, margins: (left: Double, right: Double, top: Double, bottom: Double)) -> Rect {
        let w = Double(width), h = Double(height)
        return Rect(x: margins.left * w, y: margins.top * h, width: (1 - margins.left - margins.right) * w,
                    height: (1 - margins.top - margins.bottom) * h)
    }

    /// Training points y (the `data` role), optionally edged (the `edge` role) for use over heatmaps.
    /// `edgeWidth`: the edge's width in points, when `edged`.
    static func dataPoints(_ sheet: StyleSheet, _ data: [Point2], edged: Bool = false, size: Double = pointSize, edgeWidth: Double = 1.2,
                           label: String? = y) -> Mark {
        .scatter(Scatter(points: data.map(point), marker: MarkerStyle(sizePixels: size, fill: sheet[.data],
                                                                       edge: edged ? sheet[.edge] : nil, edgeWidthPixels: edgeWidth),
                         label: label))
    }

    /// The 48 manifold points ỹ = g(z) (the `manifold` role).
    static func manifoldPoints(_ sheet: StyleSheet, _ points: [Point2], label: String? = yTilde) -> Mark {
        .scatter(Scatter(points: points.map(point), marker: MarkerStyle(sizePixels: pointSize, fill: sheet[.manifold]), label: label))
    }

    /// A bold "X" marker (y′, z̃, ž, g(z̃), g(ž)), edged in the `edge` role when asked.
    static func cross(_ sheet: StyleSheet, _ p: Point2, color: Color, size: Double = 26, edged: Bool = false, label: String?) -> Mark {
        .scatter(Scatter(points: [point(p)], marker: MarkerStyle(shape: .boldX, sizePixels: size, fill: color,
                                                                  edge: edged ? sheet[.edge] : nil, edgeWidthPixels: 1.2), label: label))
    }

    /// The manifold as a thin continuous line (300 samples of g over [0, 2π]); nil colour: the `manifold` role at 90 %.
    static func manifoldLine(_ sheet: StyleSheet, _ decoder: EllipseDecoder, color: Color? = nil, width: Double = 1.8, label: String? = nil) -> Mark {
        let z = (0...300).map { Double($0) * 2 * Double.pi / 300 }
        return .line(LineSeries(points: z.map { point(decoder($0)) }, color: color ?? sheet[.manifold].withAlpha(0.9), widthPixels: width, label: label))
    }

    /// A y-plane axes with the lecture's decorations: y₁/y₂ labels (y₂ along the axis), ticks every 0.5 inside
    /// the frame, zero lines, equal aspect.
    static func yPlaneAxes(frame: Rect, x: ClosedRange<Double>? = -3...3, y: ClosedRange<Double>? = -1.75...1.75,
                           marks: [Mark], legend: LegendSpec?, zeroLines: Bool = true, colorbar: ColorbarSpec? = nil) -> Axes {
        var axes = Axes(frame: frame, xLimits: x, yLimits: y, equalAspect: true, xTicks: .interiorStep(0.5), yTicks: .interiorStep(0.5),
                        xLabel: "$y_1$", yLabel: "$y_2$", zeroLines: zeroLines, marks: marks, legend: legend, colorbar: colorbar,
                        tickLabelSizePixels: tickLabelSize, axisLabelSizePixels: axisLabelSize)
        axes.yLabelRotated = true
        return axes
    }

    static func legend(_ placement: LegendPlacement, columns: Int = 1, size: Double = legendSize,
                       handleLength: Double = 2, columnSpacing: Double = 2, handlePad: Double = 0.8, expand: Bool = false) -> LegendSpec {
        var spec = LegendSpec(location: placement.location, columns: columns, fontSizePixels: size,
                              handleLength: handleLength, columnSpacing: columnSpacing, handlePad: handlePad, expand: expand)
        spec.handleRaise = legendHandleRaise
        return spec
    }

    static func point(_ p: Point2) -> Point { Point(p.x, p.y) }
}
