/// A marker's shape, as matplotlib names them.
public enum MarkerShape: String, Sendable, Equatable, Codable {
    /// `o`: a disc.
    case circle
    /// `X`: a filled, bold diagonal cross.
    case boldX
    /// `x`: a thin stroked diagonal cross.
    case thinX
    /// `+`: a thin stroked upright cross.
    case plus
    /// `s`: a square.
    case square
}

/// How markers look: shape, diameter, fill and edge. A nil fill gives a hollow ring.
public struct MarkerStyle: Sendable, Equatable {
    public var shape: MarkerShape
    public var sizePixels: Double
    public var fill: Color?
    public var edge: Color?
    public var edgeWidthPixels: Double

    public init(shape: MarkerShape = .circle, sizePixels: Double, fill: Color?, edge: Color? = nil, edgeWidthPixels: Double = 1) {
        self.shape = shape
        self.sizePixels = sizePixels
        self.fill = fill
        self.edge = edge
        self.edgeWidthPixels = edgeWidthPixels
    }
}

/// Points drawn with one marker style, optionally coloured one by one (e.g. by a colour map).
public struct Scatter: Sendable, Equatable {
    public var points: [Point]
    public var marker: MarkerStyle
    /// Per-point fill colours; overrides `marker.fill` when given.
    public var colors: [Color]?
    public var label: String?

    public init(points: [Point], marker: MarkerStyle, colors: [Color]? = nil, label: String? = nil) {
        self.points = points
        self.marker = marker
        self.colors = colors
        self.label = label
    }
}

/// A polyline in data units with an optional marker at every vertex.
public struct LineSeries: Sendable, Equatable {
    public var points: [Point]
    public var color: Color
    public var widthPixels: Double
    public var dash: [Double]
    public var marker: MarkerStyle?
    public var label: String?

    public init(points: [Point], color: Color, widthPixels: Double = 2, dash: [Double] = [], marker: MarkerStyle? = nil, label: String? = nil) {
        self.points = points
        self.color = color
        self.widthPixels = widthPixels
        self.dash = dash
        self.marker = marker
        self.label = label
    }
}

/// A grid of values drawn as one image of flat cells (`imshow` with nearest interpolation).
public struct Heatmap: Sendable, Equatable {
    /// Row-major values, row 0 at the bottom (y ascending), `columns` per row.
    public var values: [Double]
    public var columns: Int
    public var rows: Int
    /// Data extent of the outer cell edges: x from `xMin` to `xMax`, y from `yMin` to `yMax`.
    public var xMin: Double, xMax: Double, yMin: Double, yMax: Double
    public var colorMap: ColorMap
    public var vmin: Double
    public var vmax: Double

    public init(values: [Double], columns: Int, rows: Int, xMin: Double, xMax: Double, yMin: Double, yMax: Double,
                colorMap: ColorMap, vmin: Double, vmax: Double) {
        precondition(values.count == columns * rows)
        self.values = values
        self.columns = columns
        self.rows = rows
        self.xMin = xMin
        self.xMax = xMax
        self.yMin = yMin
        self.yMax = yMax
        self.colorMap = colorMap
        self.vmin = vmin
        self.vmax = vmax
    }

    /// The bitmap of the cells, top row first, as a renderer draws it.
    public func raster() -> RasterImage {
        var bytes = [UInt8](repeating: 0, count: columns * rows * 4)
        for r in 0..<rows {
            let sourceRow = rows - 1 - r
            for c in 0..<columns {
                let color = colorMap.color(for: values[sourceRow * columns + c], vmin: vmin, vmax: vmax)
                let i = (r * columns + c) * 4
                bytes[i] = channel(color.red)
                bytes[i + 1] = channel(color.green)
                bytes[i + 2] = channel(color.blue)
                bytes[i + 3] = channel(color.alpha)
            }
        }
        return RasterImage(width: columns, height: rows, rgba: bytes)
    }
}

func channel(_ v: Double) -> UInt8 { UInt8((min(max(v, 0), 1) * 255).rounded()) }

/// A field of arrows (matplotlib's `quiver`, `angles='xy'`, `units='width'`).
public struct Quiver: Sendable, Equatable {
    public var origins: [Point]
    public var vectors: [Point]
    public var color: Color
    /// Data units of vector per axes width; nil uses matplotlib's auto-scale
    /// (scale = 1.8 · mean‖v‖ · max(10, √N), lengths in axes widths).
    public var scale: Double?
    /// Shaft width as a fraction of the axes width (matplotlib's default 0.005).
    public var shaftWidthFraction: Double

    public init(origins: [Point], vectors: [Point], color: Color, scale: Double? = nil, shaftWidthFraction: Double = 0.005) {
        precondition(origins.count == vectors.count)
        self.origins = origins
        self.vectors = vectors
        self.color = color
        self.scale = scale
        self.shaftWidthFraction = shaftWidthFraction
    }

    /// The scale used: the given one, or matplotlib's crude auto-scale.
    public var effectiveScale: Double {
        if let scale { return scale }
        let n = Double(vectors.count)
        guard n > 0 else { return 1 }
        let mean = vectors.map(\.length).reduce(0, +) / n
        return mean > 0 ? 1.8 * mean * max(10, n.squareRoot()) : 1
    }
}

/// A single arrow along a polyline in data units (two points: straight; more: curved through them).
public struct ArrowMark: Sendable, Equatable {
    public var points: [Point]
    public var color: Color
    public var widthPixels: Double
    public var dash: [Double]
    /// How far into `dash` the shaft starts, in pixels (an outline's longer dashes start before the line's own).
    public var dashOffset: Double
    public var headLengthPixels: Double
    public var headWidthPixels: Double
    /// Smooth the polyline with a Catmull–Rom spline (for arrows along a curve).
    public var smooth: Bool

    public init(points: [Point], color: Color, widthPixels: Double = 2, dash: [Double] = [], dashOffset: Double = 0,
                headLengthPixels: Double = 14, headWidthPixels: Double = 10, smooth: Bool = false) {
        self.points = points
        self.color = color
        self.widthPixels = widthPixels
        self.dash = dash
        self.dashOffset = dashOffset
        self.headLengthPixels = headLengthPixels
        self.headWidthPixels = headWidthPixels
        self.smooth = smooth
    }
}

/// Where an annotation's position is measured.
public enum Coordinates: Sendable, Equatable {
    /// Data units of the axes.
    case data
    /// Fractions of the plot area: (0, 0) bottom-left, (1, 1) top-right.
    case axesFraction
    /// Fractions of the figure: (0, 0) bottom-left, (1, 1) top-right.
    case figureFraction
}

/// A text label (with math) placed anywhere.
public struct Annotation: Sendable, Equatable {
    public var text: String
    public var position: Point
    public var coordinates: Coordinates
    public var anchor: TextAnchor
    public var sizePixels: Double
    public var color: Color?

    public init(_ text: String, at position: Point, coordinates: Coordinates = .data, anchor: TextAnchor = .center,
                sizePixels: Double = 20, color: Color? = nil) {
        self.text = text
        self.position = position
        self.coordinates = coordinates
        self.anchor = anchor
        self.sizePixels = sizePixels
        self.color = color
    }
}

/// Anything drawn inside an axes, in drawing order.
public enum Mark: Sendable, Equatable {
    case heatmap(Heatmap)
    case scatter(Scatter)
    case line(LineSeries)
    case quiver(Quiver)
    case arrow(ArrowMark)
    case annotation(Annotation)
    /// A filled polygon in data units (e.g. a diagram box).
    case polygon([Point], fill: Color?, edge: Color?, widthPixels: Double)
}
