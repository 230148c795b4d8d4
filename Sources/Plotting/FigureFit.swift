/// A figure fitted to its size: the builder's placement when its labels are clear, else the constrained layout
/// (see `ConstrainedLayout`) with the text set smaller step by step until no label overlaps another, a tick or a
/// plot edge, or leaves the figure.
public struct FittedFigure: Sendable {
    public var figure: Figure
    /// What the label check still finds in `figure` (empty when the fit succeeded).
    public var problems: [LabelProblem]
    /// The factor the text was set at (1: as the builder set it).
    public var textScale: Double
    /// Whether the builder's placement was replaced by the constrained layout.
    public var constrained: Bool
    /// The number of columns the axes were wrapped into (nil: the builder's arrangement).
    public var columns: Int? = nil
}

extension Figure {
    /// The text factors tried in turn, largest first.
    public static let fittingTextScales = [1, 0.85, 0.72, 0.6, 0.5, 0.42, 0.35, 0.3]

    /// The least share of its cell a plot should keep (its width or height): text that leaves a plot less than this
    /// is set smaller while a smaller size still fits, so that a small figure shows its data, not only its labels.
    public static let minimumPlotShare = 0.5

    /// This figure laid out so that its labels are clear, measured with `metrics`; when no attempt is clear, the
    /// one with the fewest problems, and those problems.
    public func fitted(metrics: any TextMeasuring) -> FittedFigure {
        let own = labelLayout(metrics: metrics).problems()
        guard !own.isEmpty else { return FittedFigure(figure: self, problems: [], textScale: 1, constrained: false) }
        return Self.fitTogether([self], problems: own.count, metrics: metrics)[0]
    }

    /// A figure and its rotation frames fitted alike. Frames are only laid out again when the figure itself needed
    /// it (the tests check the frames as built); then all take the first adaptation under which every one is clear,
    /// so the text keeps its size from frame to frame.
    public func fitted(metrics: any TextMeasuring, frames: [Figure]) -> (figure: FittedFigure, frames: [FittedFigure]) {
        let main = fitted(metrics: metrics)
        let asBuilt = frames.map { FittedFigure(figure: $0, problems: [], textScale: 1, constrained: false) }
        guard main.constrained, !frames.isEmpty else { return (main, asBuilt) }
        let all = Self.fitTogether([self] + frames, problems: .max, metrics: metrics)
        return (all[0], Array(all.dropFirst()))
    }

    /// The first adaptation — wrapped panels before smaller text — under which every view's labels are clear and
    /// every plot keeps `minimumPlotShare` of its cell; else the first under which the labels are clear; else the
    /// one with the fewest problems (fewer than `problems`, or the views as built).
    static func fitTogether(_ views: [Figure], problems asBuilt: Int, metrics: any TextMeasuring) -> [FittedFigure] {
        let axesCount = views.map(\.axes.count).max() ?? 0
        // Side-by-side panels that cannot fit may wrap into rows of fewer columns, before the text gets smaller.
        // Wrapped into r = 2, 3, … rows of ⌈n/r⌉ columns, so that rows stay about as full as one another.
        let arrangements: [Int?] = [nil] + (axesCount > 1 ? Set((2...axesCount).map { (axesCount + $0 - 1) / $0 }).sorted(by: >) : [])
        var clear: [FittedFigure]?
        var best: (count: Int, fits: [FittedFigure])?
        for scale in fittingTextScales {
            for columns in arrangements {
                let laid = views.map { $0.scalingText(by: scale).constrainedLayout(metrics: metrics, columns: columns) }
                let fits = laid.map { FittedFigure(figure: $0.figure, problems: $0.figure.labelLayout(metrics: metrics).problems(),
                                                   textScale: scale, constrained: true, columns: columns) }
                let count = fits.map(\.problems.count).reduce(0, +)
                if count == 0 {
                    if laid.allSatisfy({ $0.plotShare >= minimumPlotShare }) { return fits }
                    if clear == nil { clear = fits }
                    // Panels are wrapped only to clear collisions; a crowded plot asks for smaller text instead.
                    break
                } else if count < (best?.count ?? asBuilt) {
                    best = (count, fits)
                }
            }
        }
        if let clear { return clear }
        if let best { return best.fits }
        return views.map { FittedFigure(figure: $0, problems: $0.labelLayout(metrics: metrics).problems(), textScale: 1, constrained: false) }
    }
}
