import Plotting

/// The run's warning for a figure whose labels still collide after its layout adapted to the size: which texts,
/// in one line (the progress display prefixes the experiment's id). It costs no output: the figure is written.
enum LabelOverlapWarning {
    /// How many collisions one warning names before it counts the rest.
    static let named = 3

    static func lines(_ problems: [LabelProblem], figure: String?) -> [String] {
        guard !problems.isEmpty else { return [] }
        let shown = problems.prefix(named).map(describe).joined(separator: "; ")
        let more = problems.count > named ? " (and \(problems.count - named) more)" : ""
        let subject = figure.map { "\($0): " } ?? ""
        return ["\(subject)labels collide at this size: \(shown)\(more); a larger size or smaller text may fix it"]
    }

    /// A collision by its texts, without coordinates.
    static func describe(_ problem: LabelProblem) -> String {
        switch problem {
        case let .overlap(a, b): return "“\(a.text)” overlaps “\(b.text)”"
        case let .obstacle(label, obstacle):
            switch obstacle.kind {
            case .plotArea: return "“\(label.text)” crosses the plot's edge"
            case .keepClear: return "“\(label.text)” runs into the colour bar"
            case .tickMark: return "“\(label.text)” runs into a tick mark"
            }
        case let .outsideFigure(label): return "“\(label.text)” leaves the figure"
        }
    }
}
