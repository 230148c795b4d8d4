// The `plot` parameters of the free-energy and training kinds, one struct per kind (see `KindParameters`).

public struct FreeEnergyHeatmapPlot: KindParameters {
    public var y1 = KeyDocs.defaultY1
    public var y2 = KeyDocs.defaultY2
    public var beta = Double.infinity
    public var colorRange = Interval(0, 2)
    public var arrows = true
    /// As written: the points whose y̌ is marked; empty means the training points (see `checksOf`).
    public var checkPoints: [[Double]] = []
    public init() {}

    /// Whose y̌ = g(ž) the figure marks.
    public enum CheckQueries: Equatable, Sendable {
        /// Every training point's.
        case trainingPoints
        /// The y̌ of these points of the plane.
        case points([[Double]])
    }
    public var checksOf: CheckQueries { checkPoints.isEmpty ? .trainingPoints : .points(checkPoints) }

    public static let kind = ExperimentKind.freeEnergyHeatmap
    public static let summary = "F_β over the y-plane with its gradient arrows (15-1 Fig 11)"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y1", \.y1, KeyDocs.y1),
         .gridAxis("y2", \.y2, KeyDocs.y2),
         .beta("beta", \.beta, "β of the free energy"),
         .interval("colorRange", \.colorRange, ends: ("min", "max"), KeyDocs.colorRange),
         .boolean("arrows", \.arrows, "draw (and compute) the gradient arrows −∇F"),
         .points("checkPoints", \.checkPoints, "points [y1, y2] whose closest manifold point y̌ = g(ž) is marked; empty: every training point's")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkGrid(y1, y2) }
}

public struct Contour3DPlot: KindParameters {
    public var y1 = KeyDocs.defaultY1
    public var y2 = KeyDocs.defaultY2
    public var colorRange = Interval(0, 1)
    public var levels = 13
    public var levelsIncludeMax = true
    public var elevation = 30.0
    public var azimuth = -60.0
    public var frames: [Double] = []
    public init() {}
    public static let kind = ExperimentKind.contour3D
    public static let summary = "the zero-temperature free energy as a 3-D contour surface (15-2 Fig 1)"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y1", \.y1, KeyDocs.y1),
         .gridAxis("y2", \.y2, KeyDocs.y2),
         .interval("colorRange", \.colorRange, ends: ("min", "max"), KeyDocs.colorRange + " and of the contour levels"),
         .integer("levels", \.levels, 2...200, "contour levels"),
         .boolean("levelsIncludeMax", \.levelsIncludeMax, "true: the levels run from min to max inclusive; false: min + k·(max − min)/levels, the top one a step below max"),
         .number("elevation", \.elevation, -90...90, KeyDocs.elevation),
         .number("azimuth", \.azimuth, -360...360, KeyDocs.azimuth),
         .numbers("frames", \.frames, maxCount: 360, -360...360, "azimuths of extra rotation frames, one PNG each (ID-frameN.png)")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkGrid(y1, y2) }
}

public struct CrossSectionPlot: KindParameters {
    public var y2 = KeyDocs.defaultY2
    public var betas: [Double] = [.infinity]
    public var trained = false
    public var slide = false
    public var legendClear = false
    public var margins = Margins(0.098, 0.068, 0.028, 0.136)
    public init() {}
    public static let kind = ExperimentKind.crossSection
    public static let summary = "F_β along y₂ at y₁ = 0, one curve per β (15-2 Figs 2, 6, 8)"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y2", \.y2, KeyDocs.y2),
         .betas("betas", \.betas, KeyDocs.betas),
         .boolean("trained", \.trained, "draw the model after training (needs a training section)"),
         .boolean("slide", \.slide, KeyDocs.slide),
         .boolean("legendClear", \.legendClear, "raise the y-axis so the legend covers no curve"),
         .margins("margins", \.margins, "canvas margins [left, right, top, bottom] around the plot, fractions of the width and height "
                  + "(without `slide`; the slide's plot keeps its place under the title)")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkTrainable(trained) }
}

public struct FreeEnergyBetasPlot: KindParameters {
    public var y1 = KeyDocs.defaultY1
    public var y2 = KeyDocs.defaultY2
    public var betas: [Double] = [0.1, 1, 10, .infinity]
    public var colorRange = Interval(0, 4)
    public init() {}
    public static let kind = ExperimentKind.freeEnergyBetas
    public static let summary = "F_β over the y-plane, one panel per β"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y1", \.y1, KeyDocs.y1),
         .gridAxis("y2", \.y2, KeyDocs.y2),
         .betas("betas", \.betas, KeyDocs.betas),
         .interval("colorRange", \.colorRange, ends: ("min", "max"), KeyDocs.colorRange)]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkGrid(y1, y2) }
}

public struct TrainingCompositePlot: KindParameters {
    public var y1 = KeyDocs.defaultY1
    public var y2 = KeyDocs.defaultY2
    public var yPrime = PointReference.index(10)
    public var warmTrainingBeta = 10.0
    public var warmHeatmapBeta = 10.0
    public var arrowBeta = 1.0
    public var trainedWarmHeatmapBeta = 1.0
    public init() {}
    public static let kind = ExperimentKind.trainingComposite
    public static let training = TrainingUse.ellipse(required: true, betasFrom: "plot.warmTrainingBeta (and β = ∞)")
    public static let summary = "training at zero temperature and warm: heatmaps, arrows and losses (15-2 Fig 7)"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y1", \.y1, KeyDocs.y1),
         .gridAxis("y2", \.y2, KeyDocs.y2),
         .pointReference("yPrime", \.yPrime, "y′ of the arrows: a 1-based data index (Y[i]) or a point [y1, y2]"),
         .beta("warmTrainingBeta", \.warmTrainingBeta, "β the warm model trains at"),
         .beta("warmHeatmapBeta", \.warmHeatmapBeta, "β of the untrained model's warm heatmap"),
         .beta("arrowBeta", \.arrowBeta, "β of the arrows' softargmin weights"),
         .beta("trainedWarmHeatmapBeta", \.trainedWarmHeatmapBeta, "β of the trained warm model's heatmap")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) {
        context.checkGrid(y1, y2)
        context.checkIndex(yPrime, key: "yPrime", written: written.contains("yPrime"))
    }
}

public struct BetaSweepPlot: KindParameters {
    public var betas: [Double] = [.infinity, 10, 3, 1, 0.5, 0.3, 0.1]
    public init() {}
    public static let kind = ExperimentKind.betaSweep
    public static let training = TrainingUse.ellipse(required: true, betasFrom: "plot.betas")
    public static let summary = "the manifolds trained at each β"
    public static var keys: [KeyDeclaration<Self>] { [.betas("betas", \.betas, "the β values the models train at, one manifold each")] }
}

public struct TrainingCurvesPlot: KindParameters {
    public var betas: [Double] = [.infinity, 10]
    public init() {}
    public static let kind = ExperimentKind.trainingCurves
    public static let training = TrainingUse.ellipse(required: true, betasFrom: "plot.betas")
    public static let summary = "loss and decoder weights during training, one run per β"
    public static var keys: [KeyDeclaration<Self>] { [.betas("betas", \.betas, "the β values the models train at, one run each")] }
}
