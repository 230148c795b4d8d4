/// Ticks that fit the length of their axis, from measured labels: an automatic rule asks for fewer ticks while
/// neighbouring labels would touch (matplotlib's `MaxNLocator` with its number of bins taken from the axis length
/// and the label size), and a fixed rule keeps every tick mark but labels only every k-th tick, k the smallest that
/// leaves the labels apart. Labels that already stand apart are left as the rule gives them.
public struct FittedTicks: Sendable, Equatable {
    /// Where tick marks (and grid lines) go.
    public var values: [Double]
    /// The label of each tick, nil where a label was thinned out.
    public var labels: [String?]

    /// The values that carry a label.
    public var labelled: [(value: Double, label: String)] {
        zip(values, labels).compactMap { v, l in l.map { (v, $0) } }
    }
}

public enum TickFitting {
    /// The smallest space between two neighbouring labels along the axis, in font sizes.
    public static let minimumGap = 0.25

    /// The ticks of `rule` from `lower` to `upper`. `position` maps a value to its pixel along the axis, `extent`
    /// gives a label's length along the axis (its width on a horizontal axis, its height on a vertical one), and
    /// `sizePixels` is the labels' font size.
    public static func fit(_ rule: TickRule, lower: Double, upper: Double, sizePixels: Double,
                           position: (Double) -> Double, extent: (String) -> Double) -> FittedTicks {
        let gap = minimumGap * sizePixels
        func fits(_ values: [Double], _ labels: [String?]) -> Bool {
            let placed = zip(values, labels).compactMap { v, l in l.map { (position(v), extent($0)) } }.sorted { $0.0 < $1.0 }
            return zip(placed, placed.dropFirst()).allSatisfy { a, b in b.0 - a.0 >= (a.1 + b.1) / 2 + gap }
        }
        var values = Ticks.values(rule, lower: lower, upper: upper)
        var labels: [String?] = Ticks.labels(values)
        if fits(values, labels) { return FittedTicks(values: values, labels: labels) }
        if case let .automatic(maxTicks) = rule {
            for n in stride(from: maxTicks - 1, through: 2, by: -1) {
                let fewer = Ticks.values(.automatic(maxTicks: n), lower: lower, upper: upper)
                let fewerLabels: [String?] = Ticks.labels(fewer)
                if fits(fewer, fewerLabels) { return FittedTicks(values: fewer, labels: fewerLabels) }
                values = fewer
                labels = fewerLabels
            }
        }
        return thinned(values, labels: labels, fits: fits)
    }

    /// Every k-th label kept (k = 2, 3, …), counted from the tick at zero when there is one so that 0 keeps its label,
    /// for the smallest k whose labels fit; a single label when none does.
    static func thinned(_ values: [Double], labels: [String?], fits: ([Double], [String?]) -> Bool) -> FittedTicks {
        guard values.count > 1 else { return FittedTicks(values: values, labels: labels) }
        let anchor = values.firstIndex(of: 0) ?? 0
        for k in 2..<values.count {
            let kept = labels.indices.map { i in (i - anchor) % k == 0 ? labels[i] : nil }
            if fits(values, kept) { return FittedTicks(values: values, labels: kept) }
        }
        return FittedTicks(values: values, labels: labels.indices.map { $0 == anchor ? labels[$0] : nil })
    }
}
