/// The look of a figure as one value, like a matplotlib style sheet: the colour cycle, the colour of every role a
/// figure draws (background, text, grid, legend box, the lecture's symbols y, ỹ, y′, z̃, ž, E …), the widths of the
/// axes' lines, the base text size and the font families. Themes are style sheets (`dark`, the lecture's look, and
/// `light`); a spec may override a few keys (`applying`). Lengths are in points (1/100 in at the layout scale).
public struct StyleSheet: Sendable, Equatable {
    public var name: String
    /// The colour cycle (matplotlib's `axes.prop_cycle`); roles given as `.cycle(i)` take entry i (matplotlib's "Ci").
    public var palette: [Color]
    /// What each role is: an entry of the cycle or a colour of its own. Every role has an entry (see `dark`, `light`).
    public var roles: [ColorRole: RoleColor]
    /// A second cycle for figures that compare several curves on one axes (15-1 Figs 9–10: `bmh`'s, with the slides' blue).
    public var comparisonPalette: [Color]
    /// The smallest contrast against the background that text coloured as a colour-map key must keep; nil keeps the
    /// colour map's own colour (the lecture's dark slides set "F = 0" in viridis' dark violet on black).
    public var keyMinimumContrast: Double?

    /// The base text size in points (matplotlib's `font.size`); every text of the figure scales by fontSize / 10.
    public var fontSize: Double
    /// The width of data lines in points (matplotlib's `lines.linewidth`, 2 in `bmh`); data lines scale by lineWidth / 2.
    public var lineWidth: Double
    /// The 2-D grid's width in points: `bmh`'s 0.5-point grid at the lecture's scale (its captures measure 0.55–0.8 px
    /// of #b2b2b2 per 1000 px of width, as much light as 0.65 of this sheet's grid grey).
    public var gridWidth: Double
    /// The 2-D grid's dash and gap in points: matplotlib's "--" (3.7 on 1.6 line widths), which the lecture's slides
    /// show as fine dashes 4.15 px apart per 1000 px of width (15-1 Figs 2, 5, 7, 10 and 15-2 Figs 2–6 alike).
    public var gridDash: [Double]
    public var zeroLineWidth: Double
    public var legendEdgeWidth: Double
    /// The lecture's marker and text sizes (docs/lecture.md §1.4), the same in every theme.
    public var sizes: LectureSizes

    /// The serif family for text and math (Computer Modern look).
    public var serifFamily: String
    /// The fallback family for glyphs the serif family lacks.
    public var fallbackFamily: String
    /// Math symbols in the Computer Modern design (≥, ∞, ′), tried before the fallback.
    public var symbolFamily: String?
    /// Sans-serif text (`\mathsf`, slide words such as "Decoder").
    public var sansFamily: String
    /// The face of the 2-D axes' and their colour bars' tick labels (their upright text); nil keeps the serif's
    /// regular. The lecture's captures show Computer Modern's digits heavier than cmr10 at their size (an enlarged,
    /// softened screen capture): as heavy as cmb10, the bold non-extended face of the same width.
    public var tickLabelFace: TextFace? = nil
    /// Light sans-serif text: the slides' titles, set in a light face (Computer Modern Bright).
    public var lightSansFamily: String = "CMU Bright"
    /// The width in points of the 2-D axes' frame (the spines) and of the small panels' frames; a figure may set its
    /// own (`Axes.frameWidth`). The lecture draws `dark_background`'s 0.8-point spines in images of many sizes: on its
    /// crisp captures they are the frame's grey 0.74 (188), and across the 2-D images of both practica they carry
    /// 0.84–1.06 pixels of white per 1000 pixels of width (median 0.9; 15-1 Figs 6–7 1.14 and 1.36), as much light
    /// as 1.3 points of this grey on a 1000-point figure.
    public var frameWidth: Double = 1.8

    /// The base `fontSize` the lecture's text sizes are written for.
    public static let referenceFontSize = 10.0
    /// The `lineWidth` the lecture's line widths are written for (`bmh`'s `lines.linewidth`).
    public static let referenceLineWidth = 2.0

    /// The colour of `role`.
    public subscript(role: ColorRole) -> Color {
        switch roles[role] {
        case let .cycle(i)?: return cycle(i)
        case let .color(c)?: return c
        case nil: preconditionFailure("style sheet \(name) has no colour for role \(role.rawValue)")
        }
    }

    /// Entry i of the colour cycle (wrapping), matplotlib's "Ci".
    public func cycle(_ i: Int) -> Color { palette[i % palette.count] }

    /// Entry i of the comparison cycle (wrapping).
    public func comparison(_ i: Int) -> Color { comparisonPalette[i % comparisonPalette.count] }

    /// How much every text of the figure is scaled (1 at the reference font size).
    public var fontScale: Double { fontSize / Self.referenceFontSize }
    /// How much every data line is scaled (1 at the reference line width).
    public var lineScale: Double { lineWidth / Self.referenceLineWidth }

    /// `color` for text that keys a colour map: as it is, or moved toward the foreground until it has the sheet's
    /// `keyMinimumContrast` against the background.
    public func keyColor(_ color: Color) -> Color {
        guard let minimum = keyMinimumContrast else { return color }
        let background = self[.background]
        var fraction = 0.0
        var c = color
        while c.contrast(with: background) < minimum, fraction < 1 {
            fraction = min(1, fraction + 0.05)
            c = color.mixed(with: self[.foreground], fraction: fraction)
        }
        return c
    }

    /// This sheet with some keys replaced: a new cycle (roles given as cycle entries follow it), single roles, the
    /// base font size and the data line width.
    public func applying(fontSize: Double? = nil, lineWidth: Double? = nil, palette: [Color]? = nil,
                         colors: [ColorRole: Color] = [:]) -> StyleSheet {
        var sheet = self
        if let fontSize { sheet.fontSize = fontSize }
        if let lineWidth { sheet.lineWidth = lineWidth }
        if let palette, !palette.isEmpty { sheet.palette = palette }
        for (role, color) in colors { sheet.roles[role] = .color(color) }
        return sheet
    }

    /// A sheet by name (`dark` or `light`).
    public static func named(_ name: String) -> StyleSheet? {
        switch name {
        case "dark": return .dark
        case "light": return .light
        default: return nil
        }
    }

    /// The names of the built-in sheets.
    public static let names = ["dark", "light"]
}

/// A font face by family and weight (Cairo picks the family's face of that weight; "CMU Serif Extra" bold is cmb10).
public struct TextFace: Sendable, Equatable, Hashable {
    public var family: String
    public var bold: Bool

    public init(family: String, bold: Bool = false) {
        self.family = family
        self.bold = bold
    }
}

/// A role's colour in a sheet: an entry of the sheet's cycle, or a colour of its own.
public enum RoleColor: Sendable, Equatable {
    case cycle(Int)
    case color(Color)
}

/// The lecture's marker and text sizes for a 1000 × 640 figure (docs/lecture.md §1.4), in points.
public struct LectureSizes: Sendable, Equatable {
    /// Marker diameter ≈ 1.7 % of a 1000-point figure width.
    public var marker: Double
    /// Legend text, axis labels and tick labels: its large LaTeX axis labels (y₁ inks ≈ 5.5 % of the figure height),
    /// a legend of about 4 em by 1.3 em a row, ticks ≈ 2.4 %.
    public var legend: Double
    public var axisLabel: Double
    public var tickLabel: Double

    public static let lecture = LectureSizes(marker: 17, legend: 38, axisLabel: 58, tickLabel: 15.5)
}

extension StyleSheet {
    /// The lecture's look: matplotlib `dark_background` + `bmh` on black (docs/lecture.md §1.4–1.6). The legend's
    /// edge is grey 0.5 at 1 point: matplotlib's 0.8 grey edge at the legend's 0.8 alpha, as the slides show it (one
    /// pixel of 162 on the crisp captures of 15-1 Figs 6–7, and 0.47–0.52 pixels of white per 1000 pixels of width on
    /// 15-1 Figs 5–8 and 15-2 Fig 2).
    public static let dark = StyleSheet(
        name: "dark", palette: Palette.dark,
        roles: [
            .background: .color(.black), .pane: .color(.black), .foreground: .color(.white),
            .frame: .color(Color(grey: 0.74)), .panelFrame: .color(Color(grey: 0.75)), .grid: .color(Color(grey: 0.75)),
            .zeroLine: .color(.white), .legendFace: .color(Color(grey: 0.0, alpha: 0.8)), .legendEdge: .color(Color(grey: 0.5)),
            .edge: .color(.black), .arrow: .color(.white), .muted: .color(Color(grey: 0.6)), .reference: .color(Color.white.withAlpha(0.8)),
            .legendSwatch: .color(Palette.legendBlue),
            .meshPoint: .color(Palette.yellowGreen.mixed(with: Color(grey: 0.5), fraction: 0.65).withAlpha(0.48)),
            .slideWord: .color(Color(grey: 0.8)),
            .data: .cycle(4), .manifold: .cycle(7), .query: .cycle(6), .latent: .cycle(5), .minimum: .cycle(4), .energy: .cycle(3),
            .input: .color(Palette.pink), .beta: .cycle(1), .freeEnergy: .cycle(2), .decoder: .cycle(0), .predictor: .cycle(2),
            .freeEnergyBeta: .color(Palette.khaki),
        ],
        comparisonPalette: Palette.lectureComparison, keyMinimumContrast: nil,
        fontSize: 10, lineWidth: 2, gridWidth: 0.65, gridDash: [2.9, 1.25], zeroLineWidth: 2.8, legendEdgeWidth: 1, sizes: .lecture,
        serifFamily: "CMU Serif", fallbackFamily: "DejaVu Serif", symbolFamily: "Latin Modern Math", sansFamily: "CMU Sans Serif",
        tickLabelFace: TextFace(family: "CMU Serif Extra", bold: true), frameWidth: 1.3)

    /// A print look: white paper, black ink, every role in a darker colour of the same hue (each has a contrast of at
    /// least 4.5:1 against white), an opaque legend box.
    public static let light = StyleSheet(
        name: "light", palette: Palette.print,
        roles: [
            .background: .color(.white), .pane: .color(.white), .foreground: .color(.black),
            .frame: .color(Color(grey: 0.2)), .panelFrame: .color(Color(grey: 0.3)), .grid: .color(Color(grey: 0.7)),
            .zeroLine: .color(Color(grey: 0.15)), .legendFace: .color(.white), .legendEdge: .color(Color(grey: 0.5)),
            .edge: .color(.black), .arrow: .color(.white), .muted: .color(Color(grey: 0.45)), .reference: .color(Color.white.withAlpha(0.8)),
            .legendSwatch: .color(Palette.legendBlue),
            .meshPoint: .color(Palette.print[6].mixed(with: .white, fraction: 0.45).withAlpha(0.6)),
            .slideWord: .color(Color(grey: 0.2)),
            .data: .cycle(4), .manifold: .cycle(7), .query: .cycle(6), .latent: .cycle(5), .minimum: .cycle(4), .energy: .cycle(3),
            .input: .color(Palette.printPink), .beta: .cycle(1), .freeEnergy: .cycle(2), .decoder: .cycle(0), .predictor: .cycle(2),
            .freeEnergyBeta: .cycle(1),
        ],
        comparisonPalette: Palette.bmh, keyMinimumContrast: 3,
        fontSize: 10, lineWidth: 2, gridWidth: 0.65, gridDash: [2.9, 1.25], zeroLineWidth: 2.8, legendEdgeWidth: 1, sizes: .lecture,
        serifFamily: "CMU Serif", fallbackFamily: "DejaVu Serif", symbolFamily: "Latin Modern Math", sansFamily: "CMU Sans Serif")
}

/// The names the lowering layer reads (a theme's chrome).
extension StyleSheet {
    public var figureBackground: Color { self[.background] }
    public var axesBackground: Color { self[.pane] }
    public var foreground: Color { self[.foreground] }
    public var frameColor: Color { self[.frame] }
    public var gridColor: Color { self[.grid] }
    public var zeroLineColor: Color { self[.zeroLine] }
    public var legendFill: Color { self[.legendFace] }
    public var legendEdge: Color { self[.legendEdge] }
    /// Colour of marker edges drawn "dark" (e.g. Y points over a heatmap).
    public var markerEdge: Color { self[.edge] }
}
