extension Experiment {
    /// The files an experiment writes into the output directory: one per format, the `.json` sidecar, and for a
    /// contour-3d with rotation frames `ID-frameN.png`. One place, so that the runner, the output ownership and the
    /// validation of name collisions agree.
    public var outputNames: [String] {
        var frameCount = 0
        if case let .contour3D(p) = plot { frameCount = p.frames.count }
        return formats.map { id + "." + $0.rawValue } + [id + ".json"] + (0..<frameCount).map { Self.frameName(id, $0) }
    }

    /// The name of rotation frame `index` of experiment `id`.
    public static func frameName(_ id: String, _ index: Int) -> String { id + "-frame\(index).png" }
}

extension ExperimentFile {
    /// Two experiments that would write the same file (one figure lost), compared without regard to case, since a
    /// case-insensitive file system (macOS's default) makes `A.png` and `a.png` one file.
    static func checkOutputCollisions(_ experiments: [Experiment], indices: [Int], log: IssueLog) {
        var owner: [String: (index: Int, id: String, name: String)] = [:]
        for (experiment, index) in zip(experiments, indices) {
            for name in experiment.outputNames {
                let key = name.lowercased()
                if let first = owner[key], first.index != index {
                    guard first.id != experiment.id else { continue }   // a duplicate id, reported as such
                    let same = first.name == name ? "" : " (\(first.name) on a case-insensitive file system)"
                    log.add("experiments[\(index)].id", "writes \(name), which experiments[\(first.index)] (\"\(first.id)\") also writes\(same); rename one of them")
                } else if owner[key] == nil {
                    owner[key] = (index, experiment.id, name)
                }
            }
        }
    }
}
