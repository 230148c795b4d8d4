import CairoRenderer

/// What happened to a figure, or to one of its files, between the two sides of a review.
public enum ChangeStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case unchanged, changed, added, removed
}

/// One file of a figure compared: `ID.png`, `ID-frame2.png`, `ID.svg`, `ID.json`, or the gallery.
public struct FileComparison: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A raster image (the figure or one of its frames), compared pixel by pixel.
        case png
        /// A vector image, compared as text without its provenance `<metadata>`.
        case svg
        /// The JSON data sidecar, compared number by number.
        case sidecar
        /// `README.md` or any other file, compared byte by byte.
        case other
    }

    public var name: String
    public var kind: Kind
    public var status: ChangeStatus
    /// Whether the bytes are the same (false for added and removed files).
    public var bytesIdentical: Bool
    /// Pixel metrics of a PNG present on both sides whose bytes differ.
    public var pixels: PixelMetrics?
    /// Data differences of a sidecar present on both sides whose bytes differ.
    public var data: SidecarDifferences?
    /// Why a file whose bytes differ counts as unchanged, or why it could not be measured.
    public var note: String?

    public init(name: String, kind: Kind, status: ChangeStatus, bytesIdentical: Bool, pixels: PixelMetrics? = nil,
                data: SidecarDifferences? = nil, note: String? = nil) {
        self.name = name
        self.kind = kind
        self.status = status
        self.bytesIdentical = bytesIdentical
        self.pixels = pixels
        self.data = data
        self.note = note
    }

    /// The kind a file name implies.
    public static func kind(of name: String) -> Kind {
        if name.hasSuffix(".png") { return .png }
        if name.hasSuffix(".svg") { return .svg }
        if name.hasSuffix(".json") { return .sidecar }
        return .other
    }
}

/// One figure (an experiment id, or the gallery `README.md`) and its files compared.
public struct FigureComparison: Sendable, Equatable {
    /// The experiment id, or the file name for files that belong to no figure (`README.md`).
    public var id: String
    public var status: ChangeStatus
    /// Files in a fixed order: the figure's PNG, its frames, SVG, sidecar, then anything else.
    public var files: [FileComparison]

    /// The main PNG's metrics when it changed (the summary table's numbers).
    public var mainPixels: PixelMetrics? { files.first { $0.name == id + ".png" }?.pixels }

    /// The files that count as changed, added or removed.
    public var changedFiles: [FileComparison] { files.filter { $0.status != .unchanged } }
}

/// The outcome of a review: every figure of either side, in the experiments' order.
public struct Review: Sendable, Equatable {
    public var beforeLabel: String
    public var afterLabel: String
    public var options: ReviewOptions
    public var figures: [FigureComparison]

    /// True when nothing differs beyond the tolerances.
    public var isClean: Bool { figures.allSatisfy { $0.status == .unchanged } }

    /// The figures with a given status.
    public func figures(_ status: ChangeStatus) -> [FigureComparison] { figures.filter { $0.status == status } }
}

/// Tolerances of a review.
public struct ReviewOptions: Sendable, Equatable {
    /// Largest RMS pixel difference (0–255 scale) that still counts as unchanged; 0 means any pixel counts.
    public var tolerance: Double
    /// Largest absolute difference of a sidecar number that still counts as unchanged.
    public var dataTolerance: Double

    public init(tolerance: Double = 0, dataTolerance: Double = 0) {
        self.tolerance = tolerance
        self.dataTolerance = dataTolerance
    }
}
