import CairoRenderer
import ExperimentSpec

/// What every output file says about itself: title, description and software in each format's standard fields
/// (PNG `iTXt`, SVG `<title>`/`<desc>`, PDF document information), and the provenance (experiment id, spec hash).
enum FigureMetadata {
    static func entries(_ experiment: Experiment, specHash: String) -> [(String, String)] {
        let description = experiment.caption.isEmpty
            ? "ebm-figures experiment \"\(experiment.id)\" (kind \"\(experiment.kind.rawValue)\")" : experiment.caption
        return [(FileMetadata.title, experiment.title), (FileMetadata.description, description),
                (FileMetadata.software, "ebm-figures \(ProgramIdentity.version)"),
                ("ebm-figures:id", experiment.id), ("ebm-figures:spec-hash", specHash)]
    }
}
