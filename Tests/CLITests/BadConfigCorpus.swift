/// One invalid experiments file, the issue it must produce and whether the JSON Schema can see it.
struct BadConfig {
    enum Schema {
        /// The schema (or the strict JSON parser in front of it) rejects the file too.
        case rejects
        /// A rule only the program checks (listed in docs/experiments.md); the schema accepts the file.
        case cannotExpress
    }

    var name: String
    var json: String
    /// The JSON path of the expected issue ("" for the whole file).
    var path: String
    /// A fragment of its message.
    var message: String
    var schema: Schema = .rejects

    /// The issue as `validate` prints it: `path: …message…`.
    var expectedLine: String { path.isEmpty ? "…\(message)…" : "\(path): …\(message)…" }

    /// Whether `stderr` has the expected issue on one line: `  path: ` then a message containing `message`.
    func isReported(in stderr: String) -> Bool {
        stderr.split(separator: "\n").contains { line in
            let prefix = path.isEmpty ? "  " : "  \(path): "
            return line.hasPrefix(prefix) && line.dropFirst(prefix.count).contains(message)
        }
    }
}

/// A file of one experiment whose object's inside is `fields`.
private func one(_ fields: String) -> String { "{\"version\": 1, \"experiments\": [{\(fields)}]}\n" }

/// At least 30 invalid files, each kind of problem the issue names: malformed JSON, unknown keys, wrong types,
/// missing fields, out-of-range values, non-finite numbers, duplicate ids, unknown kinds.
let badConfigs: [BadConfig] = [
    // MARK: Malformed JSON (line and column)
    BadConfig(name: "missing comma", json: "{\n  \"version\": 1\n  \"experiments\": []\n}\n", path: "",
              message: "malformed JSON at line 3, column 3: invalid value"),
    BadConfig(name: "unclosed array", json: "{\"version\": 1, \"experiments\": [{\"id\": \"a\", \"kind\": \"samples\"}", path: "",
              message: "malformed JSON: unexpected end of file"),
    BadConfig(name: "unterminated string", json: "{\"version\": 1, \"experiments\": [{\"id\": \"a}]}\n", path: "",
              message: "malformed JSON at line 1, column 44: unescaped control character"),
    BadConfig(name: "NaN literal", json: one(#""id": "a", "kind": "samples", "plot": {"zTilde": NaN}"#), path: "",
              message: "(NaN and Infinity are not JSON numbers"),
    BadConfig(name: "Infinity literal", json: one(#""id": "a", "kind": "free-energy-heatmap", "plot": {"beta": Infinity}"#), path: "",
              message: "(NaN and Infinity are not JSON numbers"),
    BadConfig(name: "empty file", json: "", path: "", message: "malformed JSON: unexpected end of file"),
    BadConfig(name: "leading zero", json: one(#""id": "a", "kind": "samples", "size": {"width": 0800}"#), path: "",
              message: "number with leading zero"),
    BadConfig(name: "number too large", json: one(#""id": "a", "kind": "samples", "plot": {"zTilde": 1e400}"#), path: "",
              message: "number 1e400 is too large"),

    BadConfig(name: "training beta the kind ignores", json: one(#""id": "a", "kind": "beta-sweep", "training": {"beta": 10}"#),
              path: "experiments[0].training.beta", message: "is not used by kind \"beta-sweep\": it trains at plot.betas", schema: .cannotExpress),

    // MARK: Unknown keys (with "did you mean")
    BadConfig(name: "top-level typo", json: #"{"versoin": 1, "experiments": []}"#, path: "versoin",
              message: "unknown key (did you mean \"version\"?)"),
    BadConfig(name: "experiment typo", json: one(#""id": "a", "kind": "samples", "captoin": "x""#), path: "experiments[0].captoin",
              message: "unknown key for an experiment (did you mean \"caption\"?)"),
    BadConfig(name: "plot key of another kind", json: one(#""id": "a", "kind": "samples", "plot": {"betas": [1]}"#),
              path: "experiments[0].plot.betas", message: "unknown key for kind \"samples\""),
    BadConfig(name: "training key case", json: one(#""id": "a", "kind": "beta-sweep", "training": {"learningrate": 0.1}"#),
              path: "experiments[0].training.learningrate", message: "(did you mean \"learningRate\"?)"),
    BadConfig(name: "size typo", json: one(#""id": "a", "kind": "samples", "size": {"widht": 800}"#),
              path: "experiments[0].size.widht", message: "(did you mean \"width\"?)"),

    // MARK: Wrong types
    BadConfig(name: "root is an array", json: "[1, 2]", path: "", message: "the file must be a JSON object"),
    BadConfig(name: "experiments is an object", json: #"{"version": 1, "experiments": {"id": "a"}}"#, path: "experiments",
              message: "must be an array, got object"),
    BadConfig(name: "id is a number", json: one(#""id": 7, "kind": "samples""#), path: "experiments[0].id",
              message: "must be a string, got number 7"),
    BadConfig(name: "formats is a string", json: one(#""id": "a", "kind": "samples", "formats": "png""#),
              path: "experiments[0].formats", message: "must be an array, got string \"png\""),
    BadConfig(name: "boolean as a string", json: one(#""id": "a", "kind": "samples", "plot": {"inference": "yes"}"#),
              path: "experiments[0].plot.inference", message: "must be true or false, got string \"yes\""),
    BadConfig(name: "width as a string", json: one(#""id": "a", "kind": "samples", "size": {"width": "1000"}"#),
              path: "experiments[0].size.width", message: "must be a number, got string \"1000\""),
    BadConfig(name: "null for a number", json: one(#""id": "a", "kind": "samples", "plot": {"zTilde": null}"#),
              path: "experiments[0].plot.zTilde", message: "must be a number, got null"),
    BadConfig(name: "fractional integer", json: one(#""id": "a", "kind": "samples", "model": {"latents": 12.5}"#),
              path: "experiments[0].model.latents", message: "must be a whole number, got 12.5"),

    // MARK: Missing required fields
    BadConfig(name: "missing version", json: #"{"experiments": [{"id": "a", "kind": "samples"}]}"#, path: "version", message: "is required"),
    BadConfig(name: "missing experiments", json: #"{"version": 1}"#, path: "experiments", message: "is required"),
    BadConfig(name: "no experiments", json: #"{"version": 1, "experiments": []}"#, path: "experiments", message: "must have 1…10000 items, got 0"),
    BadConfig(name: "missing id", json: one(#""kind": "samples""#), path: "experiments[0].id", message: "is required"),
    BadConfig(name: "missing kind", json: one(#""id": "a""#), path: "experiments[0].kind", message: "is required"),
    BadConfig(name: "missing training", json: one(#""id": "a", "kind": "training-curves""#), path: "experiments[0].training",
              message: "is required for this kind"),

    // MARK: Out of range
    BadConfig(name: "beta zero in training", json: one(#""id": "a", "kind": "beta-sweep", "training": {"beta": 0}"#),
              path: "experiments[0].training.beta", message: "must be > 0 and ≤ 1000000, got 0"),
    BadConfig(name: "negative plot beta", json: one(#""id": "a", "kind": "free-energy-heatmap", "plot": {"beta": -1}"#),
              path: "experiments[0].plot.beta", message: "must be > 0 and ≤ 1000000, got -1"),
    BadConfig(name: "negative learning rate", json: one(#""id": "a", "kind": "beta-sweep", "training": {"learningRate": -0.1}"#),
              path: "experiments[0].training.learningRate", message: "must be > 0 and ≤ 100, got -0.1"),
    BadConfig(name: "zero learning rate", json: one(#""id": "a", "kind": "beta-sweep", "training": {"learningRate": 0}"#),
              path: "experiments[0].training.learningRate", message: "must be > 0 and ≤ 100, got 0"),
    BadConfig(name: "momentum one", json: one(#""id": "a", "kind": "beta-sweep", "training": {"momentum": 1}"#),
              path: "experiments[0].training.momentum", message: "must be ≤ 0.999 and ≥ 0, got 1"),
    BadConfig(name: "zero epochs", json: one(#""id": "a", "kind": "beta-sweep", "training": {"epochs": 0}"#),
              path: "experiments[0].training.epochs", message: "must be ≥ 1 and ≤ 100000, got 0"),
    BadConfig(name: "empty grid", json: one(#""id": "a", "kind": "free-energy-heatmap", "plot": {"y1": [3, -3, 0.1]}"#),
              path: "experiments[0].plot.y1", message: "is empty: stop -3 must be above start 3", schema: .cannotExpress),
    BadConfig(name: "zero grid step", json: one(#""id": "a", "kind": "mesh-grid", "plot": {"y2": [-1, 1, 0]}"#),
              path: "experiments[0].plot.y2[2]", message: "the step must be > 0, got 0"),
    BadConfig(name: "grid axis beyond the limit", json: one(#""id": "a", "kind": "contour-3d", "plot": {"y1": [0, 1, 0.0001]}"#),
              path: "experiments[0].plot.y1", message: "has 10001 points; the limit is 4000 per axis", schema: .cannotExpress),
    BadConfig(name: "sample count beyond the limit", json: one(#""id": "a", "kind": "horn-data", "plot": {"sampleCount": 5000000}"#),
              path: "experiments[0].plot.sampleCount", message: "must be ≤ 1000000 and ≥ 1, got 5000000"),
    BadConfig(name: "data count beyond the limit", json: one(#""id": "a", "kind": "samples", "data": {"source": "ellipse", "count": 2000000}"#),
              path: "experiments[0].data.count", message: "must be ≤ 1000000 and ≥ 1, got 2000000"),
    BadConfig(name: "figure too small", json: one(#""id": "a", "kind": "samples", "size": {"height": 10}"#),
              path: "experiments[0].size.height", message: "must be ≥ 64 and ≤ 8000, got 10"),
    BadConfig(name: "dpi too low", json: one(#""id": "a", "kind": "samples", "dpi": 5"#),
              path: "experiments[0].dpi", message: "must be ≥ 10 and ≤ 1200, got 5"),
    BadConfig(name: "dpi as a string", json: one(#""id": "a", "kind": "samples", "dpi": "300""#),
              path: "experiments[0].dpi", message: "must be a number, got string \"300\""),
    BadConfig(name: "size unit unknown", json: one(#""id": "a", "kind": "samples", "size": {"width": 10, "unit": "cm"}"#),
              path: "experiments[0].size.unit", message: "must be one of \"px\", \"in\", got \"cm\""),
    BadConfig(name: "pixel size not whole", json: one(#""id": "a", "kind": "samples", "size": {"width": 640.5}"#),
              path: "experiments[0].size.width", message: "must be a whole number, got 640.5"),
    BadConfig(name: "inch size too large", json: one(#""id": "a", "kind": "samples", "size": {"width": 100, "unit": "in"}"#),
              path: "experiments[0].size.width", message: "must be ≤ 80 and ≥ 0.64, got 100"),
    BadConfig(name: "inch size finer than the layout unit", json: one(#""id": "a", "kind": "samples", "size": {"width": 6.333, "unit": "in"}"#),
              path: "experiments[0].size.width", message: "must be a multiple of 0.01 in (the layout unit), got 6.333", schema: .cannotExpress),
    BadConfig(name: "canvas beyond the limit at the dpi", json: one(#""id": "a", "kind": "samples", "size": {"width": 40, "height": 10, "unit": "in"}, "dpi": 300"#),
              path: "experiments[0].dpi", message: "40 × 10 in at 300 dpi is a 12000 × 3000 pixel canvas; each side must be ≤ 8000 pixels", schema: .cannotExpress),
    BadConfig(name: "lecture data has 24 points", json: one(#""id": "a", "kind": "samples", "data": {"count": 30}"#),
              path: "experiments[0].data.count", message: "the lecture data set has exactly 24 points, got 30"),
    BadConfig(name: "y prime outside the data", json: one(#""id": "a", "kind": "samples", "plot": {"yPrime": 25}"#),
              path: "experiments[0].plot.yPrime", message: "Y[25] is outside the data (1…24)", schema: .cannotExpress),
    BadConfig(name: "z range reversed", json: one(#""id": "a", "kind": "energy-curve", "plot": {"zFromPi": 1, "zToPi": 0}"#),
              path: "experiments[0].plot.zToPi", message: "must be above zFromPi", schema: .cannotExpress),
    BadConfig(name: "colour range reversed", json: one(#""id": "a", "kind": "free-energy-heatmap", "plot": {"colorRange": [3, 1]}"#),
              path: "experiments[0].plot.colorRange", message: "must be [min, max] with max > min", schema: .cannotExpress),

    // MARK: NaN and infinity
    BadConfig(name: "nan as a string", json: one(#""id": "a", "kind": "samples", "plot": {"zTilde": "nan"}"#),
              path: "experiments[0].plot.zTilde", message: "must be a finite number, got string \"nan\""),
    BadConfig(name: "inf learning rate", json: one(#""id": "a", "kind": "beta-sweep", "training": {"learningRate": "inf"}"#),
              path: "experiments[0].training.learningRate", message: "must be a finite number, got string \"inf\""),
    BadConfig(name: "minus inf beta", json: one(#""id": "a", "kind": "cross-section", "plot": {"betas": [1, "-inf"]}"#),
              path: "experiments[0].plot.betas[1]", message: "must be a finite number or \"inf\", got string \"-inf\""),

    // MARK: Control characters (refused in every string; echoed escaped)
    BadConfig(name: "escape in a title", json: one(#""id": "a", "kind": "samples", "title": "red\u001b[31m""#),
              path: "experiments[0].title", message: "must not contain control characters (U+0000–U+001F, U+007F–U+009F), got U+001B at character 4"),
    BadConfig(name: "NUL in a caption", json: one(#""id": "a", "kind": "samples", "caption": "a\u0000b""#),
              path: "experiments[0].caption", message: "got U+0000 at character 2"),
    BadConfig(name: "newline in a title", json: one(#""id": "a", "kind": "samples", "title": "two\nlines""#),
              path: "experiments[0].title", message: "got U+000A at character 4"),

    // MARK: Identities, kinds, versions, choices
    BadConfig(name: "duplicate ids", json: "{\"version\": 1, \"experiments\": [{\"id\": \"a\", \"kind\": \"samples\"}, {\"id\": \"a\", \"kind\": \"mesh-grid\"}]}",
              path: "experiments[1].id", message: "duplicate id \"a\" (also experiments[0])", schema: .cannotExpress),
    BadConfig(name: "a rotation frame named like another experiment's figure",
              json: "{\"version\": 1, \"experiments\": [{\"id\": \"c\", \"kind\": \"contour-3d\", \"plot\": {\"frames\": [0]}}, {\"id\": \"c-frame0\", \"kind\": \"samples\"}]}",
              path: "experiments[1].id", message: "writes c-frame0.png, which experiments[0] (\"c\") also writes; rename one of them",
              schema: .cannotExpress),
    BadConfig(name: "the default y′ outside a small data set",
              json: one("\"id\": \"s\", \"kind\": \"samples\", \"data\": {\"source\": \"ellipse\", \"count\": 5}, \"plot\": {\"inference\": true}"),
              path: "experiments[0].plot.yPrime", message: "the default Y[23] is outside the data (1…5); give plot.yPrime",
              schema: .cannotExpress),
    BadConfig(name: "a trained cross-section without a training section",
              json: one("\"id\": \"x\", \"kind\": \"cross-section\", \"plot\": {\"trained\": true}"),
              path: "experiments[0].plot.trained", message: "needs a \"training\" section", schema: .cannotExpress),
    BadConfig(name: "a z range too short for two curve samples",
              json: one("\"id\": \"e\", \"kind\": \"energy-curve\", \"plot\": {\"zFromPi\": -1.752, \"zToPi\": -1.735, \"zPointsPerPeriod\": 9}"),
              path: "experiments[0].plot.zToPi", message: "holds 1 curve sample at zPointsPerPeriod 9; it needs at least 2", schema: .cannotExpress),
    BadConfig(name: "a trained horn manifold without a training section",
              json: one("\"id\": \"h\", \"kind\": \"horn-manifold\", \"plot\": {\"trained\": true}"),
              path: "experiments[0].plot.trained", message: "needs a \"training\" section", schema: .cannotExpress),
    BadConfig(name: "a contrastive loss for the horn's networks",
              json: one("\"id\": \"h\", \"kind\": \"horn-generalisation\", \"training\": {\"loss\": \"hinge\"}"),
              path: "experiments[0].training.loss", message: "is not used by kind \"horn-generalisation\"", schema: .cannotExpress),
    BadConfig(name: "ids that differ only in case",
              json: "{\"version\": 1, \"experiments\": [{\"id\": \"Fig\", \"kind\": \"samples\"}, {\"id\": \"fig\", \"kind\": \"samples\"}]}",
              path: "experiments[1].id", message: "writes fig.png, which experiments[0] (\"Fig\") also writes (Fig.png on a case-insensitive file system)",
              schema: .cannotExpress),
    BadConfig(name: "unknown kind", json: one(#""id": "a", "kind": "heatmap""#), path: "experiments[0].kind",
              message: "got \"heatmap\""),
    BadConfig(name: "kind typo", json: one(#""id": "a", "kind": "free-energy-heatmaps""#), path: "experiments[0].kind",
              message: "(did you mean \"free-energy-heatmap\"?)"),
    BadConfig(name: "future version", json: #"{"version": 2, "experiments": [{"id": "a", "kind": "samples"}]}"#, path: "version",
              message: "this program reads version 1, got 2"),
    BadConfig(name: "id with a slash", json: one(#""id": "../a", "kind": "samples""#), path: "experiments[0].id",
              message: "ASCII letters, digits"),
    BadConfig(name: "unknown format", json: one(#""id": "a", "kind": "samples", "formats": ["png", "jpg"]"#),
              path: "experiments[0].formats[1]", message: "must be \"png\", \"svg\" or \"pdf\", got \"jpg\""),
    BadConfig(name: "duplicate format", json: one(#""id": "a", "kind": "samples", "formats": ["png", "png"]"#),
              path: "experiments[0].formats[1]", message: "duplicate format \"png\""),
    BadConfig(name: "horn kind on ellipse data", json: one(#""id": "a", "kind": "horn-data", "data": {"source": "lecture"}"#),
              path: "experiments[0].data.source", message: "kind \"horn-data\" needs \"horn\", \"file\" or \"points\" data"),
    BadConfig(name: "cost beyond the budget", json: one(#""id": "a", "kind": "training-curves", "training": {"epochs": 100000}"#),
              path: "experiments[0]", message: "raise the budget with the top-level key \"budget\"", schema: .cannotExpress),
    BadConfig(name: "budget below 1", json: #"{"version": 1, "budget": 0.5, "experiments": [{"id": "a", "kind": "samples"}]}"#, path: "budget",
              message: "0.5"),
    BadConfig(name: "momentum with adam", json: one(#""id": "a", "kind": "beta-sweep", "training": {"optimizer": "adam", "momentum": 0.9}"#),
              path: "experiments[0].training.momentum", message: "unknown key for training"),

    // MARK: Data sources and defaults
    BadConfig(name: "missing data file", json: one(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "missing.csv"}"#),
              path: "experiments[0].data.path", message: "cannot read \"missing.csv\": no such file", schema: .cannotExpress),
    BadConfig(name: "data file without a path", json: one(#""id": "a", "kind": "samples", "data": {"source": "file"}"#),
              path: "experiments[0].data.path", message: "is required"),
    BadConfig(name: "data path with generated data", json: one(#""id": "a", "kind": "samples", "data": {"source": "ellipse", "path": "a.csv"}"#),
              path: "experiments[0].data.path", message: "is only used with \"source\": \"file\""),
    BadConfig(name: "count with a data file", json: one(#""id": "a", "kind": "samples", "data": {"source": "file", "path": "a.csv", "count": 3}"#),
              path: "experiments[0].data.count", message: "is not used with \"source\": \"file\""),
    BadConfig(name: "horn rows for an ellipse kind", json: one(#""id": "a", "kind": "samples", "data": {"points": [[0.5, 1, 2]]}"#),
              path: "experiments[0].data.points[0]", message: "must be [y1, y2], got array [0.5, 1, 2]"),
    BadConfig(name: "ellipse rows for a horn kind", json: one(#""id": "a", "kind": "horn-data", "data": {"points": [[1, 2]]}"#),
              path: "experiments[0].data.points[0]", message: "must be [x, y1, y2]"),
    BadConfig(name: "defaults not an object", json: #"{"version": 1, "defaults": [], "experiments": [{"id": "a", "kind": "samples"}]}"#,
              path: "defaults", message: "must be an object"),
    BadConfig(name: "bad default theme", json: #"{"version": 1, "defaults": {"theme": "blue"}, "experiments": [{"id": "a", "kind": "samples"}]}"#,
              path: "defaults.theme", message: "got \"blue\" (applies to experiments[0])"),
    BadConfig(name: "unknown svg text mode", json: one(#""id": "a", "kind": "samples", "svgText": "glyphs""#),
              path: "experiments[0].svgText", message: "must be one of \"outlines\", \"text\", got \"glyphs\""),
    BadConfig(name: "default id", json: #"{"version": 1, "defaults": {"id": "x"}, "experiments": [{"id": "a", "kind": "samples"}]}"#,
              path: "defaults.id", message: "cannot have a default"),
    BadConfig(name: "unknown style role", json: one(##""id": "a", "kind": "samples", "plot": {"style": {"colors": {"dta": "#ff0000"}}}"##),
              path: "experiments[0].plot.style.colors.dta", message: "did you mean \"data\"?"),
    BadConfig(name: "style colour not hex", json: one(##""id": "a", "kind": "energy-curve", "plot": {"style": {"palette": ["red"]}}"##),
              path: "experiments[0].plot.style.palette[0]", message: "must be a colour \"#rrggbb\" or \"#rrggbbaa\""),
    BadConfig(name: "style font size out of range", json: one(##""id": "a", "kind": "horn-data", "plot": {"style": {"fontSize": 100}}"##),
              path: "experiments[0].plot.style.fontSize", message: "must be ≤ 40"),
]
