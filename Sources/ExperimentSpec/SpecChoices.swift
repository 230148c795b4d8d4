/// The closed vocabularies of the experiments file: each string key with a fixed set of values is one of these enums
/// once validated, so that no builder switches on a string.
public protocol SpecChoice: RawRepresentable, CaseIterable, Sendable, Equatable where RawValue == String {}

extension SpecChoice {
    /// Every value as written in the file, in declaration order.
    public static var names: [String] { allCases.map(\.rawValue) }
}

/// `theme`: the figure's colours.
public enum ThemeName: String, SpecChoice, Codable { case dark, light }

/// `formats`: the files written besides the JSON sidecar.
public enum OutputFormatName: String, SpecChoice, Codable { case png, svg, pdf }

/// `svgText`: glyph outlines (the same in every viewer) or `<text>` elements.
public enum SVGTextChoice: String, SpecChoice, Codable { case outlines, text }

/// `data.source`.
public enum DataSource: String, SpecChoice, Codable {
    /// The 24 digitised points of the lecture.
    case lecture
    /// Sampled from the ellipse at x = 0.
    case ellipse
    /// Sampled horn points (x, θ).
    case horn
    /// A CSV file beside the experiments file.
    case file
    /// Rows given inline.
    case points
}

/// `training.optimizer`.
public enum OptimizerName: String, SpecChoice, Codable { case sgd, adam }

/// `training.order`: the data's order, or shuffled by the training's seed.
public enum TrainingOrder: String, SpecChoice, Codable { case given, shuffled }

/// `training.loss`.
public enum LossName: String, SpecChoice, Codable { case energy, hinge, log }

/// `plot.legend`: where a legend sits inside the axes.
public enum LegendPlacement: String, SpecChoice, Codable {
    case upperRight = "upper right"
    case upperLeft = "upper left"
    case lowerLeft = "lower left"
    case lowerRight = "lower right"
    case upperCenter = "upper center"
    case lowerCenter = "lower center"
    case centerRight = "center right"
}
