import ExperimentSpec

/// One builder per kind of figure: experiment → figure description + sidecar.
public enum Catalogue {
    /// Builds the figure of `experiment` (computing its data, training its model when it has one).
    /// Trained models come from `modelCache` when it holds them.
    public static func build(_ experiment: Experiment, modelCache: any ModelStore = NoModelStore()) throws -> FigureOutput {
        let context = ExperimentContext(experiment, modelCache: modelCache)
        switch experiment.plot {
        case let .samples(plot): return try SamplesFigure(context: context, plot: plot).build()
        case .computationGraph: return ComputationGraphFigure(context: context).build()
        case let .energyPanels(plot): return EnergyPanelsFigure(context: context, plot: plot).build()
        case let .energyCurve(plot): return try EnergyCurveFigure(context: context, plot: plot).build()
        case let .meshGrid(plot): return MeshGridFigure(context: context, plot: plot).build()
        case let .energyCurves(plot): return try EnergyCurvesFigure(context: context, plot: plot).build()
        case let .freeEnergyHeatmap(plot): return FreeEnergyHeatmapFigure(context: context, plot: plot).build()
        case let .crossSection(plot): return try CrossSectionFigure(context: context, plot: plot).build()
        case let .softargminWeights(plot): return try SoftargminWeightsFigure(context: context, plot: plot).build()
        case let .trainingComposite(plot): return try TrainingCompositeFigure(context: context, plot: plot).build()
        case let .freeEnergyBetas(plot): return FreeEnergyBetasFigure(context: context, plot: plot).build()
        case let .betaSweep(plot): return try BetaSweepFigure(context: context, plot: plot).build()
        case let .trainingCurves(plot): return try TrainingCurvesFigure(context: context, plot: plot).build()
        case let .contour3D(plot): return ContourBathtubFigure(context: context, plot: plot).build()
        case let .hornData(plot): return HornDataFigure(context: context, plot: plot).build()
        case let .hornManifold(plot): return try HornManifoldFigure(context: context, plot: plot).build()
        case let .hornGeneralisation(plot): return try HornGeneralisationFigure(context: context, plot: plot).build()
        }
    }
}
