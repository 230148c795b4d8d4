import ExperimentSpec
import EBMCore
import Plotting

/// The lecture's look for the ellipse figures (docs/lecture.md §1): roles of colours, marker sizes, axes.
enum LectureStyle {
    /// Marker diameter ≈ 1.7 % of a 1000-pixel figure width (docs/lecture.md §6.1.2).
    static let pointSize = 17.0
    /// Legend text, axis labels and tick labels as the lecture sets them in a 1000 × 640-pixel figure: its large
    /// LaTeX axis labels (y₁ inks ≈ 5.5 % of the figure height), a legend of about 4 em by 1.3 em a row, ticks ≈ 2.4 %.
    static let legendSize = 38.0
    static let axisLabelSize = 58.0
    static let tickLabelSize = 15.5

    static let y = "$\\boldsymbol{y}$"
    static let yTilde = "$\\boldsymbol{\\tilde{y}}$"
    static let yPrime = "$\\boldsymbol{y'}$"
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

    /// The faint mesh of y′ in 15-1 Figs 8–9: the palette's yellow-green greyed and dimmed (the lecture's ≈ (70, 73, 52)).
    static let meshPoint = Palette.yellowGreen.mixed(with: Color(grey: 0.5), fraction: 0.65).withAlpha(0.48)

    /// Training points y (`#81b1d2`), optionally with black edges for use over heatmaps.
    static func dataPoints(_ data: [Point2], edged: Bool = false, size: Double = pointSize, label: String? = y) -> Mark {
        .scatter(Scatter(points: data.map(point), marker: MarkerStyle(sizePixels: size, fill: Palette.lightBlue,
                                                                       edge: edged ? .black : nil, edgeWidthPixels: 1.2),
                         label: label))
    }

    /// The 48 manifold points ỹ = g(z) (`#bc82bd`).
    static func manifoldPoints(_ points: [Point2], label: String? = yTilde) -> Mark {
        .scatter(Scatter(points: points.map(point), marker: MarkerStyle(sizePixels: pointSize, fill: Palette.orchid), label: label))
    }

    /// A bold "X" marker (y′, z̃, ž, g(z̃), g(ž)).
    static func cross(_ p: Point2, color: Color, size: Double = 26, edged: Bool = false, label: String?) -> Mark {
        .scatter(Scatter(points: [point(p)], marker: MarkerStyle(shape: .boldX, sizePixels: size, fill: color,
                                                                  edge: edged ? .black : nil, edgeWidthPixels: 1.2), label: label))
    }

    /// The manifold as a thin continuous line (300 samples of g over [0, 2π]).
    static func manifoldLine(_ decoder: EllipseDecoder, color: Color = Palette.orchid.withAlpha(0.9), width: Double = 1.8, label: String? = nil) -> Mark {
        let z = (0...300).map { Double($0) * 2 * Double.pi / 300 }
        return .line(LineSeries(points: z.map { point(decoder($0)) }, color: color, widthPixels: width, label: label))
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
        LegendSpec(location: placement.location, columns: columns, fontSizePixels: size,
                   handleLength: handleLength, columnSpacing: columnSpacing, handlePad: handlePad, expand: expand)
    }

    static func point(_ p: Point2) -> Point { Point(p.x, p.y) }
}
