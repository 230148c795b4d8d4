/// The resolved `plot` section: the parameters of the experiment's kind, and only those.
public enum PlotParameters: Sendable, Equatable {
    case samples(SamplesPlot)
    case computationGraph(ComputationGraphPlot)
    case energyPanels(EnergyPanelsPlot)
    case energyCurve(EnergyCurvePlot)
    case meshGrid(MeshGridPlot)
    case energyCurves(EnergyCurvesPlot)
    case freeEnergyHeatmap(FreeEnergyHeatmapPlot)
    case contour3D(Contour3DPlot)
    case crossSection(CrossSectionPlot)
    case softargminWeights(SoftargminWeightsPlot)
    case freeEnergyBetas(FreeEnergyBetasPlot)
    case trainingComposite(TrainingCompositePlot)
    case betaSweep(BetaSweepPlot)
    case trainingCurves(TrainingCurvesPlot)
    case hornData(HornDataPlot)
    case hornManifold(HornManifoldPlot)
    case hornGeneralisation(HornGeneralisationPlot)

    /// The parameters themselves.
    public var parameters: any KindParameters {
        switch self {
        case let .samples(p): return p
        case let .computationGraph(p): return p
        case let .energyPanels(p): return p
        case let .energyCurve(p): return p
        case let .meshGrid(p): return p
        case let .energyCurves(p): return p
        case let .freeEnergyHeatmap(p): return p
        case let .contour3D(p): return p
        case let .crossSection(p): return p
        case let .softargminWeights(p): return p
        case let .freeEnergyBetas(p): return p
        case let .trainingComposite(p): return p
        case let .betaSweep(p): return p
        case let .trainingCurves(p): return p
        case let .hornData(p): return p
        case let .hornManifold(p): return p
        case let .hornGeneralisation(p): return p
        }
    }

    public var kind: ExperimentKind { type(of: parameters).kind }

    /// The section as the file writes it: the kind's keys, every default filled in.
    public var json: JSONValue { parameters.json }

    /// The `plot` section of `kind` (nil: not written), read and resolved.
    static func read(_ kind: ExperimentKind, _ reader: ObjectReader?, context: ResolutionContext) -> PlotParameters {
        switch kind {
        case .samples: return .samples(.read(reader, context: context))
        case .computationGraph: return .computationGraph(.read(reader, context: context))
        case .energyPanels: return .energyPanels(.read(reader, context: context))
        case .energyCurve: return .energyCurve(.read(reader, context: context))
        case .meshGrid: return .meshGrid(.read(reader, context: context))
        case .energyCurves: return .energyCurves(.read(reader, context: context))
        case .freeEnergyHeatmap: return .freeEnergyHeatmap(.read(reader, context: context))
        case .contour3D: return .contour3D(.read(reader, context: context))
        case .crossSection: return .crossSection(.read(reader, context: context))
        case .softargminWeights: return .softargminWeights(.read(reader, context: context))
        case .freeEnergyBetas: return .freeEnergyBetas(.read(reader, context: context))
        case .trainingComposite: return .trainingComposite(.read(reader, context: context))
        case .betaSweep: return .betaSweep(.read(reader, context: context))
        case .trainingCurves: return .trainingCurves(.read(reader, context: context))
        case .hornData: return .hornData(.read(reader, context: context))
        case .hornManifold: return .hornManifold(.read(reader, context: context))
        case .hornGeneralisation: return .hornGeneralisation(.read(reader, context: context))
        }
    }
}

extension ExperimentKind {
    /// The kind's parameter declarations.
    public var parameters: any KindParameters.Type {
        switch self {
        case .samples: return SamplesPlot.self
        case .computationGraph: return ComputationGraphPlot.self
        case .energyPanels: return EnergyPanelsPlot.self
        case .energyCurve: return EnergyCurvePlot.self
        case .meshGrid: return MeshGridPlot.self
        case .energyCurves: return EnergyCurvesPlot.self
        case .freeEnergyHeatmap: return FreeEnergyHeatmapPlot.self
        case .contour3D: return Contour3DPlot.self
        case .crossSection: return CrossSectionPlot.self
        case .softargminWeights: return SoftargminWeightsPlot.self
        case .freeEnergyBetas: return FreeEnergyBetasPlot.self
        case .trainingComposite: return TrainingCompositePlot.self
        case .betaSweep: return BetaSweepPlot.self
        case .trainingCurves: return TrainingCurvesPlot.self
        case .hornData: return HornDataPlot.self
        case .hornManifold: return HornManifoldPlot.self
        case .hornGeneralisation: return HornGeneralisationPlot.self
        }
    }

    /// What the kind draws, in one line.
    public var summary: String { parameters.summary }
    /// The kind's `plot` keys.
    public var keys: [KeyInfo] { parameters.keyInfo }
}
