import ExperimentSpec
import Foundation
@testable import FigureReviewing

/// Small experiment files rendered once per test process, for the review tests: two soft-argmin figures
/// and one samples figure at small sizes, with a variant that changes one β and one that drops a figure.
enum ReviewFixture {
    /// The id of the figure whose β the variant changes.
    static let changedID = "weights-a"
    /// The id of the figure the `removed` variant drops.
    static let removedID = "samples"

    static func experimentsJSON(betaOfA: Double, includeSamples: Bool = true) -> String {
        var experiments = [
            #"{"id": "weights-a", "kind": "softargmin-weights", "title": "Weights A", "size": {"width": 360, "height": 200}, "plot": {"yPrime": 23, "beta": \#(betaOfA)}}"#,
            #"{"id": "weights-b", "kind": "softargmin-weights", "title": "Weights B", "size": {"width": 360, "height": 200}, "plot": {"yPrime": 10, "beta": 1}}"#,
        ]
        if includeSamples {
            experiments.append(#"{"id": "samples", "kind": "samples", "title": "Samples", "size": {"width": 240, "height": 160}}"#)
        }
        return #"{"version": 1, "experiments": ["# + experiments.joined(separator: ", ") + "]}"
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory(_ label: String) -> String {
        let path = FileManager.default.temporaryDirectory.path + "/ebm-review-tests-\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Renders an experiments file into `directory` (cache beside it) and returns the files.
    static func render(_ json: String, into directory: String) throws -> FigureFiles {
        let experiments = try ExperimentFile.parse(Data(json.utf8), file: "fixture.json")
        return try Regeneration.regenerate(experiments, into: directory + "/figures", cacheDirectory: directory + "/cache", jobs: 2)
    }

    /// The rendered sides, computed once: `base` (β = 1), `rerun` (the same file again), `changed` (β = 3 for
    /// weights-a), `removed` (without the samples figure).
    struct Sides {
        var root: String
        var base: FigureFiles
        var rerun: FigureFiles
        var changed: FigureFiles
        var removed: FigureFiles
    }

    static let sides: Result<Sides, Error> = Result {
        let root = temporaryDirectory("sides")
        return Sides(root: root,
                     base: try render(experimentsJSON(betaOfA: 1), into: root + "/base"),
                     rerun: try render(experimentsJSON(betaOfA: 1), into: root + "/rerun"),
                     changed: try render(experimentsJSON(betaOfA: 3), into: root + "/changed"),
                     removed: try render(experimentsJSON(betaOfA: 1, includeSamples: false), into: root + "/removed"))
    }
}
