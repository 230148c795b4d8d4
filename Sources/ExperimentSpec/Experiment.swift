/// One experiment of `experiments.json`, fully resolved (defaults applied, values checked, strings made enums).
public struct Experiment: Sendable, Equatable {
    public var id: String
    public var title: String
    public var caption: String
    /// The figure's size in layout units of 1/100 inch (a pixel at 100 dpi): `size` in pixels, or in inches × 100.
    public var widthPixels: Int
    public var heightPixels: Int
    /// The raster's dots per inch (100 by default). The canvas is widthPixels·dpi/100 × heightPixels·dpi/100 pixels.
    public var dpi: Double = 100
    public var formats: [OutputFormatName]
    public var theme: ThemeName
    public var model: ModelSpec
    public var data: DataSpec
    public var training: TrainingSpec?
    /// The kind's own parameters; the kind is the case.
    public var plot: PlotParameters
    /// How the SVG carries its text.
    public var svgText: SVGTextChoice = .outlines
    /// Style-sheet keys replaced for this figure (`plot.style`, any kind); nil: the theme as it is.
    public var style: StyleOverrides?

    public init(id: String, title: String, caption: String, widthPixels: Int, heightPixels: Int, dpi: Double = 100,
                formats: [OutputFormatName], theme: ThemeName, model: ModelSpec, data: DataSpec, training: TrainingSpec?,
                plot: PlotParameters, svgText: SVGTextChoice = .outlines, style: StyleOverrides? = nil) {
        self.id = id
        self.title = title
        self.caption = caption
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
        self.dpi = dpi
        self.formats = formats
        self.theme = theme
        self.model = model
        self.data = data
        self.training = training
        self.plot = plot
        self.svgText = svgText
        self.style = style
    }

    public var kind: ExperimentKind { plot.kind }

    /// The dpi the figure is rendered at.
    public var dotsPerInch: Double { dpi }
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
    public var source: DataSource
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

    public init(source: DataSource, count: Int, seed: UInt64, noise: Double, path: String? = nil, digest: String? = nil,
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
    public var isGiven: Bool { source == .file || source == .points }

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
    public var optimizer: OptimizerName
    public var learningRate: Double
    public var momentum: Double
    public var batchSize: Int
    public var epochs: Int
    public var order: TrainingOrder
    public var seed: UInt64
    /// Inverse temperature of the free energy; `.infinity` trains at zero temperature.
    public var beta: Double
    public var loss: LossName
    public var margin: Double
}

/// A point given either as a 1-based index into the data (Y[i]) or as coordinates.
public enum PointReference: Sendable, Equatable {
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
