import ExperimentSpec

/// One builder per kind of figure: experiment → figure description + sidecar.
public enum Catalogue {
    /// Builds the figure of `experiment` (computing its data, training its model when it has one).
    public static func build(_ experiment: Experiment) throws -> FigureOutput {
        let context = ExperimentContext(experiment)
        switch experiment.kind {
        case .samples: return try SamplesFigure(context: context).build()
        default: throw BuildError("kind \"\(experiment.kind.rawValue)\" has no builder yet")
        }
    }
}
