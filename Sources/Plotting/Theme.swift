/// The look shared by every axes of a figure.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var figureBackground: Color
    public var axesBackground: Color
    public var foreground: Color
    public var frameColor: Color
    public var gridColor: Color
    public var gridDash: [Double]
    public var zeroLineColor: Color
    public var legendFill: Color
    public var legendEdge: Color
    /// Colour of marker edges drawn "dark" (e.g. Y points over a heatmap).
    public var markerEdge: Color
    public var palette: [Color]
    /// The serif family for text and math (Computer Modern look).
    public var serifFamily: String
    /// The fallback family for glyphs the serif family lacks.
    public var fallbackFamily: String
    /// Math symbols in the Computer Modern design (≥, ∞, ′), tried before the fallback.
    public var symbolFamily: String? = "Latin Modern Math"
    /// Sans-serif text (`\mathsf`, slide words such as "Decoder").
    public var sansFamily: String = "CMU Sans Serif"

    /// The lecture's look: matplotlib `dark_background` + `bmh` on black (docs/lecture.md §1).
    public static let dark = Theme(
        name: "dark", figureBackground: .black, axesBackground: .black, foreground: .white,
        frameColor: Color(grey: 0.74), gridColor: Color(grey: 0.75), gridDash: [5, 1.5],
        zeroLineColor: .white, legendFill: Color(grey: 0.0, alpha: 0.8), legendEdge: Color(grey: 0.8),
        markerEdge: .black, palette: Palette.dark, serifFamily: "CMU Serif", fallbackFamily: "DejaVu Serif")

    /// A print look: white paper, black ink, the same palette darkened by the `bmh` cycle.
    public static let light = Theme(
        name: "light", figureBackground: .white, axesBackground: .white, foreground: .black,
        frameColor: Color(grey: 0.2), gridColor: Color(grey: 0.7), gridDash: [5, 1.5],
        zeroLineColor: Color(grey: 0.15), legendFill: Color(grey: 1.0, alpha: 0.85), legendEdge: Color(grey: 0.5),
        markerEdge: .black, palette: Palette.bmh, serifFamily: "CMU Serif", fallbackFamily: "DejaVu Serif")

    /// A theme by name (`dark` or `light`).
    public static func named(_ name: String) -> Theme? {
        switch name {
        case "dark": return .dark
        case "light": return .light
        default: return nil
        }
    }
}
