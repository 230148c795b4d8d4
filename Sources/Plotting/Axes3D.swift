/// A 3-D plot (matplotlib `mplot3d`): a camera on a box of data limits, the box's back panes with grid
/// lines, three axes with ticks and math labels, and 3-D marks. Plain values; `lower` turns it into the
/// same draw commands as 2-D axes.
public struct Axes3D: Sendable, Equatable {
    /// The region given to the box, its labels and the colour bar, in figure pixels.
    public var frame: Rect
    /// Data limits; nil means automatic from the marks with 5 % margins.
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    public var zLimits: ClosedRange<Double>?
    /// The camera (matplotlib's defaults: elev = 30°, azim = −60°).
    public var elevationDegrees: Double
    public var azimuthDegrees: Double
    /// Box side lengths (matplotlib's default 4 : 4 : 3).
    public var boxAspect: Point3D
    /// The box diagonal as a fraction of the frame's shorter side.
    public var zoom: Double
    public var xTicks: TickRule
    public var yTicks: TickRule
    public var zTicks: TickRule
    /// Axis labels (math text, e.g. `$y_1$`, `$F_\infty(y)$`).
    public var xLabel: String?
    public var yLabel: String?
    public var zLabel: String?
    public var marks: [Mark3D]
    public var colorbar: ColorbarSpec?
    /// Shrink and centre the box so that it and its labels fit inside the frame (matplotlib lets labels
    /// spill; false keeps the plain `geometry`).
    public var fitToFrame: Bool
    /// Shade the three back panes.
    public var showPanes: Bool
    /// Grid lines on the back panes at every tick.
    public var showGrid: Bool
    /// Pane colours for the x, y and z panes; nil takes the theme's axes background (matplotlib's
    /// `dark_background` panes are as black as the figure).
    public var paneColors: [Color]?
    public var tickLabelSizePixels: Double
    public var axisLabelSizePixels: Double
    /// The x, y and z axis labels' colours (the slides colour x pink, y₁ and y₂ blue); nil or missing: the
    /// theme's foreground.
    public var axisLabelColors: [Color?]
    /// A fixed place for the colour bar, in figure pixels (the bar and its ticks start at its left edge and
    /// span its height); nil puts it beside the box's ink. A fixed strip keeps it still across rotation frames.
    public var colorbarStrip: Rect?
    /// The colour bar's tick labels in the theme's tick-label face (`StyleSheet.tickLabelFace`, bold on the dark
    /// sheet), as a 2-D axes' colour bar sets them; false: in the serif of the 3-D axes' own tick labels.
    public var colorbarTickLabelsInTickFace = false
    /// Stretch the projected box horizontally so that it and its labels fill the frame's width and height,
    /// as matplotlib's 3-D axes did before 3.3 (a wide frame draws a wide box).
    public var stretchToFrame: Bool
    /// Perspective as matplotlib draws it before 3.6: the viewer 10 box sides from the centre. False is orthographic.
    public var perspective: Bool
    /// The viewer's distance from the box centre in box units when `perspective` is on; nil: 10 times the
    /// longest box side (matplotlib's default `dist`). A closer viewer (a smaller `ax.dist`) makes vertical
    /// edges lean apart and the floor fan out.
    public var viewerDistance: Double?
    /// Grid lines on the floor (the z pane); false keeps them on the two walls only.
    public var showFloorGrid: Bool
    /// The colour and width of the three axis lines and their tick marks (matplotlib's `axes.edgecolor` and
    /// `axes.linewidth`); nil: the theme's frame colour. The lecture's 3-D axis lines are about 1.5 px, bolder
    /// than the grid.
    public var axisLineColor: Color? = nil
    public var axisLineWidthPixels: Double = 1.5
    /// Per axis (x, y, z): set the label upright rather than turned along its axis (15-1 Fig 1, drawn by an
    /// older matplotlib); missing entries: turned.
    public var uprightAxisLabels: [Bool] = []
    /// The pane grid's stroke; nil: the lecture's, the theme's grid colour at full strength, 1 px, dashes 3.4 on 1.6.
    public var gridStyle: StrokeStyle? = nil
    /// The gap between a tick mark's outer end and its label's box, in tick label sizes.
    public var tickLabelPad: Double = 0.35
    /// A view of its own for the box (panes, grid, axes and their labels); nil: the box is seen by the marks'
    /// camera. A picture whose box and marks were not drawn by one projection is matched by placing each as measured.
    /// It places a box that is not fitted: with `fitToFrame` on (as a constrained layout sets it) the box is seen by
    /// the marks' camera and fitted with them.
    public var boxView: Axes3DBoxView? = nil
    /// The height (data z) where the walls' grid ends; nil: at the top of the box. Upright grid lines stop there and
    /// level ones above it are left out.
    public var gridTop: Double? = nil
    /// Per pane (the back planes of x, y and z): whether its grid is drawn; missing entries: drawn. The z pane (the
    /// floor) also needs `showFloorGrid`.
    public var gridOnPanes: [Bool] = []

    /// Per axis (x, y, z): how far beyond the tick labels' reach the axis label is first set, in axis label sizes,
    /// before it steps out to clear them by a third of their size; missing entries: 0.1. A negative gap draws the
    /// label in over the tick labels' reach where they leave room (15-1 Fig 1's and 15-2 Figs 9–11's y₁ and y₂ labels
    /// stand closer to their axes than their tick labels' reach).
    public var axisLabelGaps: [Double] = []
    /// Set the axis labels where the gaps put them even over the axes' own tick labels, as a picture that lays them
    /// there does (matplotlib places an axis label without regard to its tick labels); the label-overlap check
    /// accepts those overlaps, and only those, for this axes (`IntendedLabelOverlap`).
    public var axisLabelsOverTickLabels = false
    /// Per axis (x, y, z): where along the axis line its label stands, as a fraction from the line's start (missing
    /// entries: 0.5, the middle, as matplotlib sets it).
    public var axisLabelPositions: [Double] = []

    /// Per axis (x, y, z): that axis' pad instead of `tickLabelPad` (15-1 Fig 1's y₂ labels stand further out than
    /// its x and y₁ labels); missing entries: `tickLabelPad`.
    public var tickLabelPads: [Double] = []

    /// The pad of axis `i`'s tick labels.
    public func tickLabelPad(axis i: Int) -> Double { i < tickLabelPads.count ? tickLabelPads[i] : tickLabelPad }

    public init(frame: Rect, xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
                zLimits: ClosedRange<Double>? = nil, elevationDegrees: Double = 30, azimuthDegrees: Double = -60,
                boxAspect: Point3D = Point3D(4, 4, 3), zoom: Double = 0.9, xTicks: TickRule = .automatic(maxTicks: 7),
                yTicks: TickRule = .automatic(maxTicks: 7), zTicks: TickRule = .automatic(maxTicks: 7), xLabel: String? = nil,
                yLabel: String? = nil, zLabel: String? = nil, marks: [Mark3D] = [], colorbar: ColorbarSpec? = nil,
                fitToFrame: Bool = true, showPanes: Bool = true, showGrid: Bool = true, paneColors: [Color]? = nil, tickLabelSizePixels: Double = 14,
                axisLabelSizePixels: Double = 34, axisLabelColors: [Color?] = [], colorbarStrip: Rect? = nil, stretchToFrame: Bool = false, perspective: Bool = true,
                viewerDistance: Double? = nil, showFloorGrid: Bool = true) {
        self.viewerDistance = viewerDistance
        self.showFloorGrid = showFloorGrid
        self.stretchToFrame = stretchToFrame
        self.colorbarStrip = colorbarStrip
        self.axisLabelColors = axisLabelColors
        self.perspective = perspective
        self.frame = frame
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.zLimits = zLimits
        self.elevationDegrees = elevationDegrees
        self.azimuthDegrees = azimuthDegrees
        self.boxAspect = boxAspect
        self.zoom = zoom
        self.xTicks = xTicks
        self.yTicks = yTicks
        self.zTicks = zTicks
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.zLabel = zLabel
        self.marks = marks
        self.colorbar = colorbar
        self.fitToFrame = fitToFrame
        self.showPanes = showPanes
        self.showGrid = showGrid
        self.paneColors = paneColors
        self.tickLabelSizePixels = tickLabelSizePixels
        self.axisLabelSizePixels = axisLabelSizePixels
    }

    /// The resolved limits, camera and box, before fitting the labels (the box centred in its area).
    public var geometry: Axes3DGeometry { Axes3DGeometry(self) }

    /// The geometry `lower` draws with: when `fitToFrame` is set, the box is scaled down (never up) until
    /// box, ticks and labels fit inside the box area, then moved so that their ink (and the colour bar
    /// beside it) is centred in the frame.
    public func fittedGeometry(text: MathLayout, theme: Theme = .dark) -> Axes3DGeometry {
        var g = geometry
        guard fitToFrame else { return g }
        let area = g.boxArea
        let points = markPoints()
        func ink(_ g: Axes3DGeometry) -> Rect {
            let box = Box3DLowering(axes: self, geometry: g, theme: theme, text: text).lowered().ink
            return Self.bounds(of: points, camera: g.camera).map(box.union) ?? box
        }
        for _ in 0..<(stretchToFrame ? 6 : 4) {
            let ink = ink(g)
            let kx = area.width / max(ink.width, 1e-9), ky = area.height / max(ink.height, 1e-9)
            if stretchToFrame {
                // The height sets the scale and the width the stretch (at most 3×, never a squeeze); labels keep
                // their size, so this is repeated until box and labels fill the frame.
                g.camera.pixelsPerUnit *= 0.99 * ky
                g.camera.horizontalStretch = min(max(g.camera.horizontalStretch * kx / ky, 1), 3)
                continue
            }
            let k = min(kx, ky)
            guard k < 1 else { break }
            g.camera.pixelsPerUnit *= 0.99 * k
        }
        // A box that cannot stretch narrower than its unstretched width may still overflow: shrink it to fit.
        for _ in 0..<(stretchToFrame ? 3 : 0) {
            let ink = ink(g)
            let k = min(area.width / max(ink.width, 1e-9), area.height / max(ink.height, 1e-9))
            guard k < 1 else { break }
            g.camera.pixelsPerUnit *= 0.995 * k
        }
        let ink = ink(g)
        let strip = frame.width - area.width
        let target = Point(frame.minX + (frame.width - ink.width - strip) / 2 + ink.width / 2, area.center.y)
        g.camera.center = g.camera.center + (target - ink.center)
        return g
    }

    /// The data points of the marks (a contour's iso-lines), whose pixels bound what the marks draw: contours
    /// may spill past the box, as matplotlib lets them.
    func markPoints() -> [Point3D] {
        marks.flatMap { mark -> [Point3D] in
            switch mark {
            case let .scatter(s): return s.points.filter(\.isFinite)
            case let .line(l): return l.points.filter(\.isFinite)
            case let .contour(c): return c.lines().flatMap { $0.polylines.flatMap { $0 } }
            }
        }
    }

    /// The pixel bounds of `points` seen by `camera`.
    static func bounds(of points: [Point3D], camera: Camera) -> Rect? {
        guard !points.isEmpty else { return nil }
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        for p in points {
            let q = camera.pixel(p)
            x0 = min(x0, q.x); x1 = max(x1, q.x); y0 = min(y0, q.y); y1 = max(y1, q.y)
        }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The figure pixels of data points as `lower` draws them (for tests and annotations).
    public func pixels(of points: [Point3D], text: MathLayout, theme: Theme = .dark) -> [Point] {
        let camera = fittedGeometry(text: text, theme: theme).camera
        return points.map(camera.pixel)
    }

    /// The tick values of axis `i` within the resolved limits.
    public func tickValues(axis i: Int, geometry: Axes3DGeometry) -> [Double] {
        let rule = i == 0 ? xTicks : (i == 1 ? yTicks : zTicks)
        let limits = geometry.camera.limits(axis: i)
        return Ticks.values(rule, lower: limits.lowerBound, upper: limits.upperBound)
    }

    /// Panes, grid, axes and labels first (as matplotlib draws them), then the marks back to front, then
    /// the colour bar.
    func lower(theme: Theme, text: MathLayout) -> [DrawCommand] {
        lowered(theme: theme, text: text, owner: .overlay).commands
    }

    /// The commands of `lower` and the obstacles of `labelObstacles` from one fitting of the box (the costly part).
    func lowered(theme: Theme, text: MathLayout, owner: LabelOwner) -> (commands: [DrawCommand], obstacles: [LabelObstacle]) {
        let geometry = fittedGeometry(text: text, theme: theme)
        var out: [DrawCommand] = []
        let box: (commands: [DrawCommand], ink: Rect, tickMarks: [(Point, Point)])
        if let view = boxView, !fitToFrame {
            // The panes and axes in the box's own view; the grid, when kept with the marks, in theirs.
            box = Box3DLowering(axes: self, geometry: view.geometry(of: self), theme: theme, text: text, drawsGrid: !view.gridWithMarks).lowered()
            out += box.commands
            if view.gridWithMarks {
                out += Box3DLowering(axes: self, geometry: geometry, theme: theme, text: text, drawsFrame: false).lowered().commands
            }
        } else {
            box = Box3DLowering(axes: self, geometry: geometry, theme: theme, text: text).lowered()
            out += box.commands
        }
        out += Mark3DLowering(camera: geometry.camera).commands(for: marks)
        var obstacles = box.tickMarks.map { LabelObstacle.tickMark(from: $0.0, to: $0.1, owner: owner) }
        if let colorbar {
            let bar = ColorbarLowering(spec: colorbar, theme: theme, text: text, tickLabelSize: tickLabelSizePixels,
                                       tickText: colorbarTickLabelsInTickFace ? text.withUprightFace(theme.tickLabelFace) : nil)
            let area = colorbarArea(boxInk: box.ink, geometry: geometry)
            out += bar.commands(beside: area)
            obstacles.append(LabelObstacle(kind: .keepClear, box: bar.obstacle(beside: area), owner: owner))
        }
        return (out, obstacles)
    }

    /// The zero-width strip the colour bar stands beside: right of the ink of the box and as tall as most
    /// of it, like a colour bar beside a 2-D plot.
    func colorbarArea(boxInk ink: Rect, geometry: Axes3DGeometry) -> Rect {
        if let strip = colorbarStrip { return Rect(x: strip.minX, y: strip.minY, width: 0, height: strip.height) }
        let x = fitToFrame ? ink.maxX : geometry.boxArea.maxX
        let height = min(0.85 * ink.height, frame.height)
        return Rect(x: x, y: ink.center.y - height / 2, width: 0, height: height)
    }

    /// What labels must keep clear of: every tick mark of the box, and the colour bar with its ticks.
    func labelObstacles(theme: Theme, text: MathLayout, owner: LabelOwner) -> [LabelObstacle] {
        lowered(theme: theme, text: text, owner: owner).obstacles
    }
}

/// A camera placed as measured on a picture, for the box of a 3-D axes drawn apart from its marks: the view
/// (elevation, azimuth, box aspect, viewer distance) and where and how large the box lands, with the horizontal
/// stretch that matplotlib before 3.3 gave a projected box to fill its axes' rectangle.
public struct Axes3DBoxView: Sendable, Equatable {
    public var elevationDegrees: Double
    public var azimuthDegrees: Double
    /// Box side lengths in box units.
    public var boxAspect: Point3D
    /// The viewer's distance from the box centre in box units; nil is orthographic.
    public var viewerDistance: Double?
    /// The figure pixel where the box centre lands, and the pixels per box unit.
    public var center: Point
    public var pixelsPerUnit: Double
    /// Extra horizontal scale of the projected box (1: none).
    public var horizontalStretch: Double
    /// Draw the panes' grid in the marks' view, seen through them, rather than on this box.
    public var gridWithMarks: Bool

    public init(elevationDegrees: Double, azimuthDegrees: Double, boxAspect: Point3D, viewerDistance: Double?, center: Point,
                pixelsPerUnit: Double, horizontalStretch: Double = 1, gridWithMarks: Bool = false) {
        self.gridWithMarks = gridWithMarks
        self.elevationDegrees = elevationDegrees
        self.azimuthDegrees = azimuthDegrees
        self.boxAspect = boxAspect
        self.viewerDistance = viewerDistance
        self.center = center
        self.pixelsPerUnit = pixelsPerUnit
        self.horizontalStretch = horizontalStretch
    }

    /// The geometry of `axes`' box seen by this view: its limits, padding and back panes, this camera.
    public func geometry(of axes: Axes3D) -> Axes3DGeometry {
        var seen = axes
        seen.boxView = nil
        seen.elevationDegrees = elevationDegrees
        seen.azimuthDegrees = azimuthDegrees
        seen.boxAspect = boxAspect
        seen.perspective = viewerDistance != nil
        seen.viewerDistance = viewerDistance
        var g = Axes3DGeometry(seen)
        g.camera.center = center
        g.camera.pixelsPerUnit = pixelsPerUnit
        g.camera.horizontalStretch = horizontalStretch
        return g
    }
}
