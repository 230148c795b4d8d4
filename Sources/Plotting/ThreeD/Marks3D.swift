/// A 3-D scatter (matplotlib `Axes3D.scatter`): one marker per point, coloured one by one, drawn back to
/// front so that nearer markers cover farther ones.
public struct Scatter3D: Sendable, Equatable {
    public var points: [Point3D]
    /// Shape and size; `fill` is the colour when `colors` is nil. A nil `edge` with a positive edge width
    /// strokes the edge in the face colour (matplotlib's `edgecolors='face'`).
    public var marker: MarkerStyle
    /// Per-point colours (e.g. `ColorMap.rainbow` by x); overrides `marker.fill`.
    public var colors: [Color]?
    /// Opacity multiplied into every colour.
    public var alpha: Double
    /// matplotlib's `depthshade`: alpha × (1 − 0.7·t), with t the point's depth normalised over the scatter
    /// (0 = nearest, 1 = farthest), so that far points fade.
    public var depthShade: Bool

    public init(points: [Point3D], marker: MarkerStyle, colors: [Color]? = nil, alpha: Double = 1, depthShade: Bool = true) {
        precondition(colors == nil || colors!.count == points.count, "one colour per point")
        self.points = points
        self.marker = marker
        self.colors = colors
        self.alpha = alpha
        self.depthShade = depthShade
    }
}

/// A polyline in 3-D data units (a manifold curve); non-finite points break the line.
public struct Line3D: Sendable, Equatable {
    public var points: [Point3D]
    public var color: Color
    public var widthPixels: Double
    public var dash: [Double]

    public init(points: [Point3D], color: Color, widthPixels: Double = 2, dash: [Double] = []) {
        self.points = points
        self.color = color
        self.widthPixels = widthPixels
        self.dash = dash
    }
}

/// The iso-lines of a surface z = F(x, y) sampled on a grid, each drawn at its own height and coloured by
/// its level (matplotlib `Axes3D.contour`): colour = colorMap((level − vmin)/(vmax − vmin)).
public struct ContourStack: Sendable, Equatable {
    /// Grid abscissae (ascending) and ordinates (ascending).
    public var x: [Double]
    public var y: [Double]
    /// Row-major values, `x.count` per row, rows over y: values[j·x.count + i] = F(x[i], y[j]). NaN cells are skipped.
    public var values: [Double]
    public var levels: [Double]
    public var colorMap: ColorMap
    public var vmin: Double
    public var vmax: Double
    public var widthPixels: Double
    /// A darker rim drawn under each line, so that thick stacked rings stay apart (nil: none).
    public var outline: Color?
    public var outlineWidthPixels: Double
    /// Each line stands at z = level × `heightScale` (1: at its level, as matplotlib draws it). A smaller scale
    /// flattens the stack against the z axis, as a picture whose z axis and ring heights disagree shows it.
    public var heightScale: Double
    /// The surface's own grid (matplotlib's `plot_wireframe` over the sampled grid), drawn thin under every line
    /// where it is no higher than `mesh.below`; nil: none.
    public var mesh: ContourMesh? = nil

    public init(x: [Double], y: [Double], values: [Double], levels: [Double], colorMap: ColorMap, vmin: Double, vmax: Double,
                widthPixels: Double = 1.5, outline: Color? = nil, outlineWidthPixels: Double = 0, heightScale: Double = 1) {
        self.heightScale = heightScale
        self.outline = outline
        self.outlineWidthPixels = outlineWidthPixels
        precondition(values.count == x.count * y.count, "values must hold x.count × y.count samples")
        self.x = x
        self.y = y
        self.values = values
        self.levels = levels
        self.colorMap = colorMap
        self.vmin = vmin
        self.vmax = vmax
        self.widthPixels = widthPixels
    }

    /// The colour of the line at `level`.
    public func color(of level: Double) -> Color { colorMap.color(for: level, vmin: vmin, vmax: vmax) }

    /// The iso-lines of every level, in data units, lifted to z = level × `heightScale`.
    public func lines() -> [(level: Double, polylines: [[Point3D]])] {
        levels.map { level in
            (level, MarchingSquares.isolines(x: x, y: y, values: values, level: level).map { line in
                line.map { Point3D($0.x, $0.y, level * heightScale) }
            })
        }
    }
}

/// The grid lines of a `ContourStack`'s sampled surface: every segment between neighbouring samples whose two values
/// are at or below `below`, at the stack's heights (value × `heightScale`), in one stroke.
public struct ContourMesh: Sendable, Equatable {
    public var below: Double
    public var style: StrokeStyle

    public init(below: Double, style: StrokeStyle) {
        self.below = below
        self.style = style
    }
}

extension ContourStack {
    /// The mesh's segments in data units (empty without a mesh): along x within each row, then along y within each
    /// column.
    public func meshSegments() -> [(Point3D, Point3D)] {
        guard let mesh else { return [] }
        let n = x.count
        func point(_ i: Int, _ j: Int) -> Point3D? {
            let v = values[j * n + i]
            return v.isFinite && v <= mesh.below ? Point3D(x[i], y[j], v * heightScale) : nil
        }
        var out: [(Point3D, Point3D)] = []
        for j in y.indices {
            for i in x.indices.dropLast() { if let a = point(i, j), let b = point(i + 1, j) { out.append((a, b)) } }
        }
        for i in x.indices {
            for j in y.indices.dropLast() { if let a = point(i, j), let b = point(i, j + 1) { out.append((a, b)) } }
        }
        return out
    }
}

/// Anything drawn inside a 3-D axes.
public enum Mark3D: Sendable, Equatable {
    case scatter(Scatter3D)
    case line(Line3D)
    case contour(ContourStack)
}
