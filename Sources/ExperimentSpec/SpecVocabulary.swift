/// Key paths of the spec as earlier versions encoded it (their property names, in sidecars and cache records they
/// wrote) spelled as the experiments file spells them, for messages that compare with such files: `widthPixels` →
/// `size.width`, `plot.y1Grid` → `plot.y1`, `model.w1` → `model.w[0]`. Today's resolved spec is in the file's
/// words already (`Experiment.resolvedSpec`), so these paths map to themselves.
public enum SpecVocabulary {
    /// Encoded path → file path, for the keys whose names differ; a prefix match maps the keys below it.
    static let renames: [(encoded: String, file: String)] = [
        ("widthPixels", "size.width"), ("heightPixels", "size.height"),
        ("model.w1", "model.w[0]"), ("model.w2", "model.w[1]"), ("model.latentCount", "model.latents"),
        ("plot.y1Grid.start", "plot.y1[0]"), ("plot.y1Grid.stop", "plot.y1[1]"), ("plot.y1Grid.step", "plot.y1[2]"),
        ("plot.y2Grid.start", "plot.y2[0]"), ("plot.y2Grid.stop", "plot.y2[1]"), ("plot.y2Grid.step", "plot.y2[2]"),
        ("plot.y1Grid", "plot.y1"), ("plot.y2Grid", "plot.y2"), ("plot.showInference", "plot.inference"),
        ("plot.colorMin", "plot.colorRange[0]"), ("plot.colorMax", "plot.colorRange[1]"),
    ]

    /// `path` (dotted, encoded) in the file's words; paths without a rename come back as they are.
    public static func filePath(_ path: String) -> String {
        for (encoded, file) in renames {
            if path == encoded { return file }
            if path.hasPrefix(encoded + ".") { return file + path.dropFirst(encoded.count) }
        }
        return path
    }
}
