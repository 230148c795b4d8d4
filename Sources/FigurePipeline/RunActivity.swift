/// What an experiment is doing right now, for a live progress display.
public enum RunStage: Sendable, Equatable, CustomStringConvertible {
    /// Comparing the spec and outputs with the cache record.
    case checking
    /// Computing the figure's numbers (data, free energies, grids).
    case building
    /// Training a model; `index` counts the experiment's trainings from 1 (cached ones are not counted); `epoch`
    /// of `epochs` once the first epoch started (0 before).
    case training(index: Int, epoch: Int = 0, epochs: Int = 0)
    /// Lowering and encoding PNG / SVG / PDF and the sidecar.
    case rendering
    /// Writing the files into place.
    case writing

    public var description: String {
        switch self {
        case .checking: return "checking"
        case .building: return "computing"
        case let .training(index, epoch, epochs):
            let model = index == 1 ? "training" : "training model \(index)"
            return epoch > 0 ? model + (index == 1 ? " epoch" : ", epoch") + " \(epoch)/\(epochs)" : model
        case .rendering: return "rendering"
        case .writing: return "writing"
        }
    }
}

/// Receives `(experiment id, stage)` from the worker threads as experiments move through their stages.
public typealias RunActivity = @Sendable (String, RunStage) -> Void
