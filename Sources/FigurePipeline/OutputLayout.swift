import ExperimentSpec

/// The one place that owns every path the program writes: figures, sidecars, gallery and cache.
public struct OutputLayout: Sendable {
    public var figuresDirectory: String
    public var cacheDirectory: String

    public init(figuresDirectory: String, cacheDirectory: String) {
        self.figuresDirectory = figuresDirectory
        self.cacheDirectory = cacheDirectory
    }

    public func path(_ id: String, _ ext: String) -> String { figuresDirectory + "/" + id + "." + ext }
    public func sidecar(_ id: String) -> String { path(id, "json") }
    public func frame(_ id: String, _ index: Int) -> String { figuresDirectory + "/" + Self.frameName(id, index) }
    static func frameName(_ id: String, _ index: Int) -> String { Experiment.frameName(id, index) }
    public var gallery: String { figuresDirectory + "/" + Gallery.fileName }
    public func cacheRecord(_ id: String) -> String { cacheDirectory + "/" + id + ".record" }
    /// Trained models, kept apart from rendered outputs (see `ModelCache`).
    public var modelCacheDirectory: String { cacheDirectory + "/models" }

    /// Every file name (relative to the figures directory) that `experiment` produces.
    public func outputNames(_ experiment: Experiment) -> [String] { experiment.outputNames }
}
