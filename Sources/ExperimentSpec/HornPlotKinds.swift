// The `plot` parameters of the conditional (horn) kinds, one struct per kind (see `KindParameters`).

public struct HornDataPlot: KindParameters {
    public var sampleCount = 300
    public var slide = false
    public var y1Limits = Interval(-20, 20)
    public var y2Limits = Interval(-15, 15)
    public var elevation = 30.0
    public var azimuth = -60.0
    public init() {}
    public static let kind = ExperimentKind.hornData
    public static let model = ModelFamily.horn
    public static let training = TrainingUse.horn()
    public static let summary = "the horn's samples in (x, y₁, y₂), coloured by x (15-1 Fig 1, 15-2 Fig 9)"
    public static var keys: [KeyDeclaration<Self>] {
        [.integer("sampleCount", \.sampleCount, 1...ExperimentFile.maxSamples, "samples drawn (the first ones of the data)"),
         .boolean("slide", \.slide, KeyDocs.slide),
         .interval("y1Limits", \.y1Limits, "the y₁ axis range [lower, upper]"),
         .interval("y2Limits", \.y2Limits, "the y₂ axis range [lower, upper]"),
         .number("elevation", \.elevation, -90...90, KeyDocs.elevation),
         .number("azimuth", \.azimuth, -360...360, KeyDocs.azimuth)]
    }
}

public struct HornManifoldPlot: KindParameters {
    public var trained = false
    public var slide = false
    public var elevation = 30.0
    public var azimuth = -60.0
    public init() {}
    public static let kind = ExperimentKind.hornManifold
    public static let model = ModelFamily.horn
    public static let training = TrainingUse.horn()
    public static let summary = "the conditional model's manifold over x, untrained or trained (15-2 Figs 10, 11)"
    public static var keys: [KeyDeclaration<Self>] {
        [.boolean("trained", \.trained, "draw the model after training (needs a training section), on the data's axes"),
         .boolean("slide", \.slide, KeyDocs.slide),
         .number("elevation", \.elevation, -90...90, KeyDocs.elevation),
         .number("azimuth", \.azimuth, -360...360, KeyDocs.azimuth)]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkTrainable(trained) }
}

public struct HornGeneralisationPlot: KindParameters {
    public var y1 = KeyDocs.defaultY1
    public var y2 = KeyDocs.defaultY2
    public var x = 0.0
    public var regularization = 0.1
    public var latentSide = 16
    public var latentHalfWidth = 1.0
    public var regularizationBeta = 1.0
    public var colorRange = Interval(0, 2)
    public init() {}
    public static let kind = ExperimentKind.hornGeneralisation
    public static let model = ModelFamily.horn
    public static let training = TrainingUse.horn(required: true)
    public static let summary = "F∞ of the horn at one x for four generalisations of the conditional model"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y1", \.y1, KeyDocs.y1),
         .gridAxis("y2", \.y2, KeyDocs.y2),
         .number("x", \.x, 0...1, "the x the free energies are drawn at"),
         .number("regularization", \.regularization, 0...1e6, "λ of the latent penalty λ‖z‖² of model (c)"),
         .integer("latentSide", \.latentSide, 2...64, "the 2-D latent grid has latentSide² points"),
         // Up to 100: on a wider box the networks' outputs, and the gradients, grow so large that SGD at its default
         // rate diverges (found by the generated specs of GeneratedSpecTests).
         .number("latentHalfWidth", \.latentHalfWidth, 1e-3...100, "the 2-D latent box is [−w, w]²"),
         .beta("regularizationBeta", \.regularizationBeta, "β model (c) trains at"),
         .interval("colorRange", \.colorRange, ends: ("min", "max"), KeyDocs.colorRange)]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkGrid(y1, y2) }
}
