/// One experiment of `experiments.json`, fully resolved (defaults applied, values checked).
public struct Experiment: Sendable, Equatable, Codable {
    public var id: String
    public var kind: ExperimentKind
    public var title: String
    public var caption: String
    /// The figure's size in layout units of 1/100 inch (a pixel at 100 dpi): `size` in pixels, or in inches × 100.
    public var widthPixels: Int
    public var heightPixels: Int
    /// The raster's dots per inch; nil is the default, 100 (left out of the encoded spec, so that a file without
    /// `dpi` keeps its hash). The canvas is widthPixels·dpi/100 × heightPixels·dpi/100 pixels.
    public var dpi: Double? = nil
    public var formats: [String]
    public var theme: String
    public var model: ModelSpec
    public var data: DataSpec
    public var training: TrainingSpec?
    public var plot: PlotSpec
    /// `"text"`: the SVG keeps its text as `<text>` elements; nil: glyph outlines (the default, encoded as nothing
    /// so that the default leaves the spec's hash as it was).
    public var svgText: String?

    /// The dpi the figure is rendered at (`dpi`, or 100).
    public var dotsPerInch: Double { dpi ?? 100 }
}

/// The figure builders, one per kind of picture.
public enum ExperimentKind: String, Sendable, Equatable, Codable, CaseIterable {
    case samples = "samples"
    case computationGraph = "computation-graph"
    case energyPanels = "energy-panels"
    case energyCurve = "energy-curve"
    case meshGrid = "mesh-grid"
    case energyCurves = "energy-curves"
    case freeEnergyHeatmap = "free-energy-heatmap"
    case contour3D = "contour-3d"
    case crossSection = "cross-section"
    case softargminWeights = "softargmin-weights"
    case freeEnergyBetas = "free-energy-betas"
    case trainingComposite = "training-composite"
    case betaSweep = "beta-sweep"
    case trainingCurves = "training-curves"
    case hornData = "horn-data"
    case hornManifold = "horn-manifold"
    case hornGeneralisation = "horn-generalisation"

    /// Whether the kind needs a `training` section (it trains a model before drawing).
    public var trains: Bool {
        switch self {
        case .trainingComposite, .betaSweep, .trainingCurves, .hornGeneralisation: return true
        default: return false
        }
    }

    /// Whether the kind works on the conditional horn model.
    public var isHorn: Bool { self == .hornData || self == .hornManifold || self == .hornGeneralisation }
}

/// The unconditional decoder g(z) = [w₁ cos z, w₂ sin z] and its latent grid (or, for the horn, the predictor's seed).
public struct ModelSpec: Sendable, Equatable, Codable {
    public var w1: Double
    public var w2: Double
    /// N_z: z_k = k·2π/N_z.
    public var latentCount: Int
    /// Seed of the predictor's initialisation (horn kinds).
    public var seed: UInt64
}

/// Where the training points come from.
public struct DataSpec: Sendable, Equatable, Codable {
    /// `lecture` (the 24 digitised points), `ellipse` (sampled at x = 0), `horn` (sampled x, θ), `file` (a CSV
    /// file) or `points` (given inline).
    public var source: String
    public var count: Int
    public var seed: UInt64
    /// σ of the Gaussian noise ε.
    public var noise: Double
    /// `file`: the CSV file as written in the experiments file (relative to it).
    public var path: String?
    /// `file`: FNV-1a digest of the file's bytes, so that editing the file changes the spec's hash.
    public var digest: String?
    /// `points`: the rows as given inline.
    public var points: [[Double]]?
    /// `file` and `points`: the rows read, `[y1, y2]` (ellipse kinds) or `[x, y1, y2]` (horn kinds). Not part of
    /// the encoded spec: the digest (file) or `points` stand for them.
    public var rows: [[Double]] = []

    public init(source: String, count: Int, seed: UInt64, noise: Double, path: String? = nil, digest: String? = nil,
                points: [[Double]]? = nil, rows: [[Double]] = []) {
        self.source = source
        self.count = count
        self.seed = seed
        self.noise = noise
        self.path = path
        self.digest = digest
        self.points = points
        self.rows = rows
    }

    /// Whether the rows come from the experiments file's author (a file or inline points) rather than a generator.
    public var isGiven: Bool { source == "file" || source == "points" }

    private enum CodingKeys: String, CodingKey {
        case source, count, seed, noise, path, digest, points
    }

    /// The spec in the file's vocabulary: a given data set has no seed and no noise.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(count, forKey: .count)
        if !isGiven {
            try c.encode(seed, forKey: .seed)
            try c.encode(noise, forKey: .noise)
        }
        try c.encodeIfPresent(path, forKey: .path)
        try c.encodeIfPresent(digest, forKey: .digest)
        try c.encodeIfPresent(points, forKey: .points)
    }
}

/// How a model is trained.
public struct TrainingSpec: Sendable, Equatable, Codable {
    /// `sgd` or `adam`.
    public var optimizer: String
    public var learningRate: Double
    public var momentum: Double
    public var batchSize: Int
    public var epochs: Int
    /// `given` (the data's order) or `shuffled` (seeded).
    public var order: String
    public var seed: UInt64
    /// Inverse temperature of the free energy; `.infinity` trains at zero temperature.
    public var beta: Double
    /// `energy`, `hinge` or `log`.
    public var loss: String
    public var margin: Double
}

/// A point given either as a 1-based index into the data (Y[i]) or as coordinates.
public enum PointReference: Sendable, Equatable, Codable {
    case index(Int)
    case point(Double, Double)
}

/// A 1-D grid `start : step : stop` (stop included when it falls on the grid).
public struct GridAxis: Sendable, Equatable, Codable {
    public var start: Double
    public var stop: Double
    public var step: Double

    public init(start: Double, stop: Double, step: Double) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    /// The number of grid values: ⌊(stop − start)/step⌋ + 1 (with a 1e-9 allowance for rounding).
    public var pointCount: Int {
        let n = ((stop - start) / step + 1e-9).rounded(.down) + 1
        return n.isFinite ? max(0, Int(min(n, 1e15))) : 0
    }

    /// The grid values, computed as start + k·step to avoid accumulated error.
    public var values: [Double] {
        (0..<pointCount).map { start + Double($0) * step }
    }
}

/// Figure parameters; each kind reads only the ones it uses (others are rejected as unknown).
public struct PlotSpec: Sendable, Equatable, Codable {
    public var yPrime: PointReference?
    public var zTilde: Double = 0.5
    public var showInference: Bool = false
    public var legend: String?
    /// Keep the legend off the data (the readable variant) instead of where the lecture draws it: samples extend
    /// their y range, cross-sections raise their y-axis above the curves.
    public var legendClear: Bool = false
    /// Samples and mesh grids: the canvas margins around the axes, [left, right, top, bottom] fractions of the width
    /// and height (15-1 Fig 2's and Fig 8's by default).
    public var margins: [Double] = PlotSpec.meshGridMargins
    public static let samplesMargins = [0.082, 0.033, 0.08, 0.13]
    public static let meshGridMargins = [0.127, 0.094, 0.066, 0.156]

    /// The plot parameters of `kind` before the file's `plot` section is read.
    public static func defaults(for kind: ExperimentKind) -> PlotSpec {
        var plot = PlotSpec()
        if kind == .samples { plot.margins = samplesMargins }
        return plot
    }
    public var y1Grid = GridAxis(start: -3, stop: 3, step: 0.25)
    public var y2Grid = GridAxis(start: -2, stop: 2, step: 0.25)
    public var rings: [[Double]] = []
    public var points: [[Double]] = []
    /// z range in units of π and samples per 2π period (15-1 Figs 4, 5, 10).
    public var zFromPi: Double = 0
    public var zToPi: Double = 2
    public var zPointsPerPeriod: Int = 24
    public var beta: Double = .infinity
    public var betas: [Double] = []
    public var colorMin: Double?
    public var colorMax: Double?
    public var arrows: Bool = true
    public var levels: Int = 13
    public var elevation: Double = 30
    public var azimuth: Double = -60
    public var frames: [Double] = []
    public var sampleCount: Int = 300
    public var x: Double = 0
    public var trained: Bool = false
    /// Draw the lecture slide's title, formulas and diagram beside the plot (kinds "horn-data", "horn-manifold",
    /// "cross-section").
    public var slide: Bool = false
    /// Horn samples: the y₁ and y₂ axis ranges (nil: the data's, ±20 and ±15).
    public var y1Limits: [Double]?
    public var y2Limits: [Double]?
    /// Warm-model choices of 15-2 Fig 7 (docs/lecture.md §5.2): training β, heatmap β's and the arrows' β.
    public var warmTrainingBeta: Double = 10
    public var warmHeatmapBeta: Double = 10
    public var arrowBeta: Double = 1
    public var trainedWarmHeatmapBeta: Double = 1
    public var regularization: Double = 0.1
    /// The 2-D latent grid of kind "horn-generalisation": side × side points on [−halfWidth, halfWidth]².
    public var latentSide: Int = 16
    public var latentHalfWidth: Double = 1
    /// The inverse temperature the regularised 2-D-latent model is trained at (the warm-temperature regulariser).
    public var regularizationBeta: Double = 1
    /// Style-sheet keys replaced for this figure (`plot.style`); nil: the theme as it is (encoded as nothing).
    public var style: StyleOverrides?
}
