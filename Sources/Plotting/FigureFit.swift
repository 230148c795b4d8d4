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

    /// The adaptation with the largest text — at each text size, the builder's arrangement, else panels wrapped into
    /// rows — under which every view's labels are clear and every plot keeps `minimumPlotShare` of its cell; else
    /// the largest under which the labels are clear; else the one with the fewest problems (fewer than `problems`,
    /// or the views as built). Smaller text never collides more, so the sizes are bisected after the largest.
    static func fitTogether(_ views: [Figure], problems asBuilt: Int, metrics: any TextMeasuring) -> [FittedFigure] {
        let axesCount = views.map(\.axes.count).max() ?? 0
        // Wrapped into r = 2, 3, … rows of ⌈n/r⌉ columns, so that rows stay about as full as one another.
        let arrangements: [Int?] = [nil] + (axesCount > 1 ? Set((2...axesCount).map { (axesCount + $0 - 1) / $0 }).sorted(by: >) : [])
        let scales = fittingTextScales
        var memo: [Int: (rank: Int, count: Int, fits: [FittedFigure])] = [:]
        /// Rank 2: clear with room for the plots; 1: clear; 0: collisions (`count` of them).
        func attempt(_ k: Int) -> (rank: Int, count: Int, fits: [FittedFigure]) {
            if let known = memo[k] { return known }
            var result: (rank: Int, count: Int, fits: [FittedFigure])?
            for columns in arrangements {
                let laid = views.map { $0.scalingText(by: scales[k]).constrainedLayout(metrics: metrics, columns: columns) }
                let fits = laid.map { FittedFigure(figure: $0.figure, problems: $0.figure.labelLayout(metrics: metrics).problems(),
                                                   textScale: scales[k], constrained: true, columns: columns) }
                let count = fits.map(\.problems.count).reduce(0, +)
                if count == 0 {
                    // Panels are wrapped only to clear collisions; a crowded plot asks for smaller text instead.
                    result = (laid.allSatisfy { $0.plotShare >= minimumPlotShare } ? 2 : 1, 0, fits)
                    break
                }
                if result == nil || count < result!.count { result = (0, count, fits) }
            }
            memo[k] = result!
            return result!
        }
        /// The largest text size of at least `rank`, bisecting on the assumption that smaller text ranks no lower.
        func largest(rank: Int) -> Int? {
            if attempt(0).rank >= rank { return 0 }
            guard attempt(scales.count - 1).rank >= rank else { return nil }
            var (lo, hi) = (1, scales.count - 1)
            while lo < hi {
                let mid = (lo + hi) / 2
                if attempt(mid).rank >= rank { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        if let k = largest(rank: 2) ?? largest(rank: 1) { return attempt(k).fits }
        if let fewest = memo.values.min(by: { $0.count < $1.count }), fewest.count < asBuilt { return fewest.fits }
        return views.map { FittedFigure(figure: $0, problems: $0.labelLayout(metrics: metrics).problems(), textScale: 1, constrained: false) }
    }
}
