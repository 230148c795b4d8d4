/// Legend placement inside the axes, as matplotlib's `loc`.
public enum LegendLocation: String, Sendable, Equatable, Codable {
    case upperRight = "upper right", upperLeft = "upper left", lowerLeft = "lower left", lowerRight = "lower right"
    case upperCenter = "upper center", lowerCenter = "lower center", centerRight = "center right"
}

/// A legend built from the labelled marks of its axes, in drawing order.
public struct LegendSpec: Sendable, Equatable {
    public var location: LegendLocation
    public var columns: Int
    public var fontSizePixels: Double
    /// Length of a handle and the gap between columns, in font sizes (matplotlib's `handlelength`, `columnspacing`).
    public var handleLength: Double
    public var columnSpacing: Double
    /// Gap between a handle and its text, in font sizes (matplotlib's `handletextpad`).
    public var handlePad: Double
    /// Spread the columns over the axes' width (matplotlib's `mode="expand"`).
    public var expand: Bool
    /// The size of a marker handle relative to the plot's marker (matplotlib's `markerscale`).
    public var markerScale: Double = 1
    /// The vertical gap between rows, in font sizes (matplotlib's `labelspacing`, 0.5).
    public var labelSpacing: Double = 0.5
    /// The space between the box's edge and its entries, in font sizes (matplotlib's `borderpad`, 0.4).
    public var borderPad: Double = 0.4
    /// How far every entry's handle (its marker or line) stands above its row's middle, in font sizes; the label stays
    /// centred. 0 centres both; matplotlib aligns the handle with the text's baseline, which puts it higher by about a
    /// tenth of the font size.
    public var handleRaise: Double = 0
    /// The box's edge width when it differs from the style sheet's `legendEdgeWidth` (a reduced copy of another
    /// figure's legend draws it thinner); nil: the style sheet's.
    public var edgeWidthPixels: Double? = nil
    /// Where a handle stands: its centre this many font sizes above its label's baseline, as matplotlib stands it
    /// (0.35: half its 0.7 em handle box, which sits on the baseline); nil: centred on the label's box.
    public var handleAboveBaseline: Double? = nil
    /// With `expand`, the gap between each side of the box and the axes' edge, in font sizes; nil: 0.15.
    public var expandPad: Double? = nil
    /// Set every label on one baseline, as if each had the tallest label's ascent and descent (matplotlib sets its
    /// labels on the font's baseline); false: each label's ink centred on its row, which lifts a lone y.
    public var sharedBaseline = false
    /// Each label drawn a second time this many font sizes to the right (as `\pmb` overprints its copies, at most
    /// `MathLayout.poorBoldSpread`): a reduced capture's small labels read heavier than one copy of the font; 0: one copy.
    public var labelOverprint = 0.0
    public init(location: LegendLocation = .upperRight, columns: Int = 1, fontSizePixels: Double = 26, handleLength: Double = 2,
                columnSpacing: Double = 2, handlePad: Double = 0.8, expand: Bool = false) {
        self.location = location
        self.columns = columns
        self.fontSizePixels = fontSizePixels
        self.handleLength = handleLength
        self.columnSpacing = columnSpacing
        self.handlePad = handlePad
        self.expand = expand
    }
}

/// A vertical colour bar beside its axes.
public struct ColorbarSpec: Sendable, Equatable {
    public var colorMap: ColorMap
    public var vmin: Double
    public var vmax: Double
    public var ticks: TickRule
    /// Draw the triangular end for values above `vmax` (matplotlib `extend='max'`).
    public var extendMax: Bool
    public var label: String?
    /// Bar width in pixels and gap to the axes in pixels.
    public var widthPixels: Double
    public var gapPixels: Double
    /// Tick marks drawn into the bar from its right edge (matplotlib's `direction='in'`) rather than out of it.
    public var ticksInward = false
    /// The tick marks' colour (nil: the theme's frame colour).
    public var tickColor: Color? = nil
    /// The tick labels' size relative to the axes' tick labels (a slide whose bar is labelled larger than its axes).
    public var tickLabelScale = 1.0
    /// The gap between the bar's right edge and its tick labels' left end, pixels.
    public var tickLabelPadPixels = 8.0
    public init(colorMap: ColorMap, vmin: Double, vmax: Double, ticks: TickRule = .automatic(maxTicks: 9), extendMax: Bool = false,
                label: String? = nil, widthPixels: Double = 28, gapPixels: Double = 24) {
        self.colorMap = colorMap
        self.vmin = vmin
        self.vmax = vmax
        self.ticks = ticks
        self.extendMax = extendMax
        self.label = label
        self.widthPixels = widthPixels
        self.gapPixels = gapPixels
    }
}

/// A 2-D plot: limits, ticks, labels, decorations and marks. Plain values; `lower` turns it into draw commands.
public struct Axes: Sendable, Equatable {
    /// The region given to the plot area, in figure pixels (labels and ticks go outside it).
    public var frame: Rect
    /// Data limits; nil means automatic from the marks with 5 % margins (matplotlib's default).
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    /// Keep one data unit the same length on both axes by shrinking the plot area about its centre.
    public var equalAspect: Bool
    public var xTicks: TickRule
    public var yTicks: TickRule
    public var showTickLabels: Bool
    /// The x tick labels alone (a panel above another that labels the shared x axis, as 15-2 Fig 7's top row).
    public var showXTickLabels = true
    /// Tick marks pointing out of the plot, their labels a tick length further out (matplotlib's `direction: out`);
    /// false: into the plot, as the lecture's line plots draw them.
    public var ticksOutward = false
    public var xLabel: String?
    public var yLabel: String?
    public var title: String?
    public var grid: Bool
    /// Bold lines along x = 0 and y = 0.
    public var zeroLines: Bool
    public var showFrame: Bool
    public var frameColor: Color?
    /// The frame's width in points when it differs from the style sheet's `frameWidth` (a slide whose spines carry
    /// more or less light than the others').
    public var frameWidth: Double? = nil
    public var marks: [Mark]
    public var legend: LegendSpec?
    public var colorbar: ColorbarSpec?
    public var tickLabelSizePixels: Double
    public var axisLabelSizePixels: Double
    public var titleSizePixels: Double
    /// Set the y label along the axis (rotated 90° counter-clockwise) instead of upright.
    public var yLabelRotated = false
    /// The y label's size when it differs from the x label's (`axisLabelSizePixels`).
    public var yLabelSizePixels: Double? = nil
    /// Widths of the grid and the zero lines when they differ from the style sheet's (a reduced copy of another
    /// figure draws them thinner, as 15-2 Figs 3–5's copy of 15-1 Fig 7; its frame sets `frameWidth`); nil: the style
    /// sheet's.
    public var gridWidthPixels: Double? = nil
    /// The grid's dash and gap in points when a slide draws its grid otherwise than the style sheet's `gridDash` (15-1
    /// Fig 6's capture: nearly solid lines); nil: the style sheet's.
    public var gridDash: [Double]? = nil
    public var zeroLineWidthPixels: Double? = nil
    /// The gap between the x tick labels and the x label, in the label's font sizes; nil: 0.42.
    public var xLabelPad: Double? = nil

    public init(frame: Rect, xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil, equalAspect: Bool = false,
                xTicks: TickRule = .automatic(maxTicks: 9), yTicks: TickRule = .automatic(maxTicks: 9), showTickLabels: Bool = true,
                xLabel: String? = nil, yLabel: String? = nil, title: String? = nil, grid: Bool = true, zeroLines: Bool = false,
                showFrame: Bool = true, frameColor: Color? = nil, marks: [Mark] = [], legend: LegendSpec? = nil,
                colorbar: ColorbarSpec? = nil, tickLabelSizePixels: Double = 14, axisLabelSizePixels: Double = 34, titleSizePixels: Double = 24) {
        self.frame = frame
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.equalAspect = equalAspect
        self.xTicks = xTicks
        self.yTicks = yTicks
        self.showTickLabels = showTickLabels
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.title = title
        self.grid = grid
        self.zeroLines = zeroLines
        self.showFrame = showFrame
        self.frameColor = frameColor
        self.marks = marks
        self.legend = legend
        self.colorbar = colorbar
        self.tickLabelSizePixels = tickLabelSizePixels
        self.axisLabelSizePixels = axisLabelSizePixels
        self.titleSizePixels = titleSizePixels
    }
}

/// A whole figure: size, theme, 2-D and 3-D axes, and free annotations (figure fractions).
///
/// Every length of a figure is in layout units of 1/100 inch — a pixel at the course's 100 dpi, which is why the
/// fields say "pixels" — so fonts, line widths, markers and pads are physical lengths. The renderer draws the layout
/// at `dpi`/100 scale on a canvas of `canvasWidth × canvasHeight` pixels; the layout itself does not depend on `dpi`.
public struct Figure: Sendable, Equatable {
    /// The size in layout units (1/100 in).
    public var widthPixels: Int
    public var heightPixels: Int
    /// Raster dots per inch (100: one layout unit is one pixel).
    public var dpi: Double = 100
    public var theme: Theme
    public var axes: [Axes]
    public var axes3D: [Axes3D]
    public var annotations: [Annotation]
    /// Slide content beside the plots: titles, formula blocks, diagrams, block arrows.
    public var slide: [SlideElement]
    /// Free shapes in figure pixels drawn after everything else.
    public var overlay: [DrawCommand]

    public init(widthPixels: Int, heightPixels: Int, theme: Theme = .dark, axes: [Axes] = [], axes3D: [Axes3D] = [],
                annotations: [Annotation] = [], slide: [SlideElement] = [], overlay: [DrawCommand] = []) {
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
        self.theme = theme
        self.axes = axes
        self.axes3D = axes3D
        self.annotations = annotations
        self.slide = slide
        self.overlay = overlay
    }

    /// The size in inches.
    public var widthInches: Double { Double(widthPixels) / 100 }
    public var heightInches: Double { Double(heightPixels) / 100 }
    /// The raster canvas in pixels: the size at `dpi`.
    public var canvasWidth: Int { Self.canvasPixels(widthPixels, dpi: dpi) }
    public var canvasHeight: Int { Self.canvasPixels(heightPixels, dpi: dpi) }

    /// The pixels of a side of `units` layout units at `dpi` (rounded to the nearest pixel).
    public static func canvasPixels(_ units: Int, dpi: Double) -> Int { Int((Double(units) * dpi / 100).rounded()) }
}
