// The `plot` parameters of the kinds of 15-1 ("Inference for LV-EBMs"), one struct per kind (see `KindParameters`).

/// Shared docs and limits of keys several kinds have.
enum KeyDocs {
    static let zTilde = "z̃, where the descent on z starts (15-1 Figs 5 and 7)"
    static let zRange: ClosedRange<Double> = -100...100
    static let zFromPi = "start of the z axis, in units of π"
    static let zToPi = "end of the z axis, in units of π (above zFromPi, by enough for 2 curve samples)"
    static let zPointsPerPeriod = "curve samples per 2π of z"
    static let zPoints: ClosedRange<Int> = 2...10_000
    static let y1 = "the y₁ grid [start, stop, step]"
    static let y2 = "the y₂ grid [start, stop, step]"
    static let colorRange = "[min, max] of the colour scale"
    static let elevation = "camera elevation, degrees"
    static let azimuth = "camera azimuth, degrees"
    static let slide = "draw the lecture slide's title, formulas and diagram beside the plot"
    static let betas = "the β values, one per curve or panel"
    static let defaultY1 = GridAxis(start: -3, stop: 3, step: 0.25)
    static let defaultY2 = GridAxis(start: -2, stop: 2, step: 0.25)
}

public struct SamplesPlot: KindParameters {
    public var yPrime: PointReference?
    public var inference = false
    public var zTilde = 0.5
    public var legend = LegendPlacement.upperRight
    public var legendClear = false
    public var margins = Margins(0.082, 0.033, 0.08, 0.13)
    public init() {}
    public static let kind = ExperimentKind.samples
    public static let summary = "the data and the model's manifold g(z), with y′ and the inference from z̃ (15-1 Figs 2, 6, 7)"
    public static var keys: [KeyDeclaration<Self>] {
        [.optionalPointReference("yPrime", \.yPrime, "y′: a 1-based data index (Y[i]) or a point [y1, y2], ringed",
                                 dependentDefault: "Y[23] with inference, none otherwise"),
         .boolean("inference", \.inference, "show the inference from z̃: the descent to ž and g(ž)"),
         .number("zTilde", \.zTilde, KeyDocs.zRange, KeyDocs.zTilde),
         .choice("legend", \.legend, "where the legend sits",
                 dependentDefault: "\"lower center\" with inference, \"lower right\" with a y′, \"upper right\" otherwise"),
         .boolean("legendClear", \.legendClear, "keep the legend off the data (extends the y range) instead of the lecture's placement"),
         .margins("margins", \.margins, "canvas margins [left, right, top, bottom], fractions of the width and height (15-1 Fig 2's)")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) {
        if yPrime == nil, inference { yPrime = .index(23) }
        context.checkIndex(yPrime, key: "yPrime", written: written.contains("yPrime"))
        if !written.contains("legend") { legend = inference ? .lowerCenter : yPrime != nil ? .lowerRight : .upperRight }
    }
}

public struct ComputationGraphPlot: KindParameters {
    public init() {}
    public static let kind = ExperimentKind.computationGraph
    public static let summary = "the energy's computation graph (15-1 Fig 3)"
    public static var keys: [KeyDeclaration<Self>] { [] }
}

public struct EnergyPanelsPlot: KindParameters {
    public var zPointsPerPeriod = 24
    public init() {}
    public static let kind = ExperimentKind.energyPanels
    public static let summary = "E(y, z) over z for every data point, one panel each (15-1 Fig 4)"
    public static var keys: [KeyDeclaration<Self>] {
        [.integer("zPointsPerPeriod", \.zPointsPerPeriod, KeyDocs.zPoints, KeyDocs.zPointsPerPeriod)]
    }
}

public struct EnergyCurvePlot: KindParameters {
    public var yPrime = PointReference.index(23)
    public var zTilde = 0.5
    public var zFromPi = 0.0
    public var zToPi = 2.0
    public var zPointsPerPeriod = 24
    public init() {}
    public static let kind = ExperimentKind.energyCurve
    public static let summary = "E(y′, z) over z with the descent from z̃ and F∞ (15-1 Fig 5)"
    public static var keys: [KeyDeclaration<Self>] {
        [.pointReference("yPrime", \.yPrime, "y′: a 1-based data index (Y[i]) or a point [y1, y2]"),
         .number("zTilde", \.zTilde, KeyDocs.zRange, KeyDocs.zTilde),
         .number("zFromPi", \.zFromPi, KeyDocs.zRange, KeyDocs.zFromPi),
         .number("zToPi", \.zToPi, KeyDocs.zRange, KeyDocs.zToPi),
         .integer("zPointsPerPeriod", \.zPointsPerPeriod, KeyDocs.zPoints, KeyDocs.zPointsPerPeriod)]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) {
        context.checkIndex(yPrime, key: "yPrime", written: written.contains("yPrime"))
        context.checkZRange(from: zFromPi, to: zToPi, perPeriod: zPointsPerPeriod)
    }
}

public struct MeshGridPlot: KindParameters {
    public var y1 = KeyDocs.defaultY1
    public var y2 = KeyDocs.defaultY2
    public var rings: [[Double]] = []
    public var legend = LegendPlacement.upperRight
    public var margins = Margins(0.127, 0.094, 0.066, 0.156)
    public init() {}
    public static let kind = ExperimentKind.meshGrid
    public static let summary = "the y-plane grid and ringed points on the manifold (15-1 Figs 8, 9)"
    public static var keys: [KeyDeclaration<Self>] {
        [.gridAxis("y1", \.y1, KeyDocs.y1),
         .gridAxis("y2", \.y2, KeyDocs.y2),
         .points("rings", \.rings, "points [y1, y2] drawn ringed"),
         .choice("legend", \.legend, "where the legend sits"),
         .margins("margins", \.margins, "canvas margins [left, right, top, bottom], fractions of the width and height (15-1 Fig 8's)")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) { context.checkGrid(y1, y2) }
}

public struct EnergyCurvesPlot: KindParameters {
    public var points: [[Double]] = [[-3, -0.5], [-2.25, -0.5], [-1.5, -0.5], [-0.75, -0.5], [0, -0.5]]
    public var zFromPi = 0.0
    public var zToPi = 2.0
    public var zPointsPerPeriod = 24
    public init() {}
    public static let kind = ExperimentKind.energyCurves
    public static let summary = "E(y, z) over z for several points, with each ž (15-1 Fig 10)"
    public static var keys: [KeyDeclaration<Self>] {
        [.points("points", \.points, minCount: 1, "the points [y1, y2], one curve each (15-1 Fig 10's five by default)"),
         .number("zFromPi", \.zFromPi, KeyDocs.zRange, KeyDocs.zFromPi),
         .number("zToPi", \.zToPi, KeyDocs.zRange, KeyDocs.zToPi),
         .integer("zPointsPerPeriod", \.zPointsPerPeriod, KeyDocs.zPoints, KeyDocs.zPointsPerPeriod)]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) {
        context.checkZRange(from: zFromPi, to: zToPi, perPeriod: zPointsPerPeriod)
    }
}

public struct SoftargminWeightsPlot: KindParameters {
    public var yPrime = PointReference.index(23)
    public var beta = 1.0
    public var zTilde = 0.5
    public var inset = true
    public var margins = Margins(0.0733, 0.44, 0.03125, 0.15625)
    public init() {}
    public static let kind = ExperimentKind.softargminWeights
    public static let summary = "the manifold coloured by the softargmin weights of y′ (15-2 Figs 3–5)"
    public static var keys: [KeyDeclaration<Self>] {
        [.pointReference("yPrime", \.yPrime, "y′: a 1-based data index (Y[i]) or a point [y1, y2]"),
         .beta("beta", \.beta, "β of the weights"),
         .number("zTilde", \.zTilde, KeyDocs.zRange, KeyDocs.zTilde),
         .boolean("inset", \.inset, "draw the inset with the descent from z̃"),
         .margins("margins", \.margins, "canvas margins [left, right, top, bottom] around the main plot, fractions of the width and height; "
                  + "the insets and the text on the right keep their places relative to the main plot")]
    }
    public mutating func resolve(_ context: ResolutionContext, written: Set<String>) {
        context.checkIndex(yPrime, key: "yPrime", written: written.contains("yPrime"))
    }
}
