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

    /// This figure laid out so that its labels are clear, measured with `metrics`; when no attempt is clear, the
    /// one with the fewest problems, and those problems.
    public func fitted(metrics: any TextMeasuring) -> FittedFigure {
        let own = labelLayout(metrics: metrics).problems()
        guard !own.isEmpty else { return FittedFigure(figure: self, problems: [], textScale: 1, constrained: false) }
        var best = FittedFigure(figure: self, problems: own, textScale: 1, constrained: false)
        // Side-by-side panels that cannot fit may wrap into rows of fewer columns, before the text gets smaller.
        let arrangements: [Int?] = [nil] + (axes.count > 1 ? Array(stride(from: axes.count - 1, through: 1, by: -1)) : [])
        for scale in Self.fittingTextScales {
            let scaled = scalingText(by: scale)
            for columns in arrangements {
                let candidate = scaled.constrained(metrics: metrics, columns: columns)
                let problems = candidate.labelLayout(metrics: metrics).problems()
                if problems.count < best.problems.count {
                    best = FittedFigure(figure: candidate, problems: problems, textScale: scale, constrained: true, columns: columns)
                }
                if problems.isEmpty { return best }
            }
        }
        return best
    }

    /// The same adaptation a fit found for another view of this figure (a rotation frame of the same plot).
    public func adapted(like fit: FittedFigure, metrics: any TextMeasuring) -> Figure {
        guard fit.constrained else { return self }
        return scalingText(by: fit.textScale).constrained(metrics: metrics, columns: fit.columns)
    }
}
