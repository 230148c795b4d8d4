import ExperimentSpec
import Plotting

extension Experiment {
    /// The figure's style sheet: its theme with `plot.style` applied (docs/experiments.md, "Themes and style").
    var styleSheet: StyleSheet {
        let sheet = theme.theme
        guard let style else { return sheet }
        var colors: [ColorRole: Color] = [:]
        for (name, hex) in style.colors ?? [:] {
            guard let role = ColorRole(rawValue: name), let color = Color(hex: hex) else {
                preconditionFailure("plot.style.colors.\(name) = \(hex) passed validation")
            }
            colors[role] = color
        }
        let palette = style.palette.map { hexes in
            hexes.map { hex in
                guard let color = Color(hex: hex) else { preconditionFailure("plot.style.palette colour \(hex) passed validation") }
                return color
            }
        }
        return sheet.applying(fontSize: style.fontSize, lineWidth: style.lineWidth, palette: palette, colors: colors)
    }
}
