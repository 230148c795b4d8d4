/// The order a review is read in: what differs first, the largest pixel change (RMS) first, then the figures without
/// pixel metrics (data or SVG only, added, removed) in the experiments' order; the unchanged ones last.
extension Review {
    public var figuresByImpact: [FigureComparison] {
        let touched = figures.enumerated().filter { $0.element.status != .unchanged }
        let sorted = touched.sorted { a, b in
            let ra = a.element.largestRMS ?? -1, rb = b.element.largestRMS ?? -1
            return ra != rb ? ra > rb : a.offset < b.offset
        }
        return sorted.map(\.element) + figures(.unchanged)
    }
}

extension FigureComparison {
    /// The largest RMS of the figure's PNGs that were compared pixel by pixel (its frames included).
    public var largestRMS: Double? { files.compactMap { $0.pixels?.rms }.max() }
}
