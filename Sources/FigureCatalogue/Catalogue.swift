import ExperimentSpec

/// One builder per kind of figure: experiment → figure description + sidecar.
public enum Catalogue {
    /// Builds the figure of `experiment` (computing its data, training its model when it has one).
    /// Trained models come from `modelCache` when it holds them.
    public static func build(_ experiment: Experiment, modelCache: any ModelStore = NoModelStore()) throws -> FigureOutput {
        let context = ExperimentContext(experiment, modelCache: modelCache)
        switch experiment.kind {
        case .samples: return try SamplesFigure(context: context).build()
        case .computationGraph: return ComputationGraphFigure(context: context).build()
        case .energyPanels: return EnergyPanelsFigure(context: context).build()
        case .energyCurve: return try EnergyCurveFigure(context: context).build()
        case .meshGrid: return MeshGridFigure(context: context).build()
        case .energyCurves: return try EnergyCurvesFigure(context: context).build()
        case .freeEnergyHeatmap: return FreeEnergyHeatmapFigure(context: context).build()
        case .crossSection: return try CrossSectionFigure(context: context).build()
        case .softargminWeights: return try SoftargminWeightsFigure(context: context).build()
        case .trainingComposite: return try TrainingCompositeFigure(context: context).build()
        case .freeEnergyBetas: return FreeEnergyBetasFigure(context: context).build()
        case .betaSweep: return try BetaSweepFigure(context: context).build()
        case .trainingCurves: return try TrainingCurvesFigure(context: context).build()
        case .contour3D: return ContourBathtubFigure(context: context).build()
        case .hornData: return HornDataFigure(context: context).build()
        case .hornManifold: return try HornManifoldFigure(context: context).build()
        case .hornGeneralisation: return try HornGeneralisationFigure(context: context).build()
        }
    }
}
