import ExperimentSpec

/// The lecture pages the figures reproduce: an experiment whose title starts with "15-1 Fig" or "15-2 Fig" (the
/// shipped file's convention) reproduces a figure of that practicum's page.
enum LecturePages {
    static let pages = [
        "15-1": "https://atcold.github.io/pytorch-Deep-Learning/en/week15/15-1/",
        "15-2": "https://atcold.github.io/pytorch-Deep-Learning/en/week15/15-2/",
    ]

    /// The practicum ("15-1") and its page, when the experiment reproduces one of its figures.
    static func page(of experiment: Experiment) -> (practicum: String, url: String)? {
        for (practicum, url) in pages.sorted(by: { $0.key < $1.key }) where experiment.title.hasPrefix(practicum + " Fig") {
            return (practicum, url)
        }
        return nil
    }
}
