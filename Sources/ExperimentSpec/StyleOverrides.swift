/// A few keys of the figure's style sheet replaced for one experiment (`plot.style`, docs/experiments.md "Style"):
/// the base text size, the data line width, the colour cycle and single colour roles. Absent keys keep the theme's.
public struct StyleOverrides: Sendable, Equatable, Codable {
    /// Base text size in points (the sheets' 10); every text scales by fontSize / 10.
    public var fontSize: Double?
    /// Data line width in points (the sheets' 2); data lines scale by lineWidth / 2.
    public var lineWidth: Double?
    /// The colour cycle, `#rrggbb` or `#rrggbbaa` each; roles defined as cycle entries follow it.
    public var palette: [String]?
    /// Role name → `#rrggbb` or `#rrggbbaa`.
    public var colors: [String: String]?

    public init(fontSize: Double? = nil, lineWidth: Double? = nil, palette: [String]? = nil, colors: [String: String]? = nil) {
        self.fontSize = fontSize
        self.lineWidth = lineWidth
        self.palette = palette
        self.colors = colors
    }

    /// The colour roles a style sheet has (Plotting's `ColorRole`; a test keeps the two lists equal).
    public static let roleNames = [
        "background", "pane", "foreground", "frame", "panelFrame", "grid", "zeroLine", "legendFace", "legendEdge", "edge",
        "arrow", "muted", "reference", "legendSwatch", "meshPoint", "slideWord",
        "data", "manifold", "query", "latent", "minimum", "energy", "input", "beta", "freeEnergy", "decoder", "predictor",
        "freeEnergyBeta",
    ]
    /// The keys of `plot.style`.
    public static let keys = ["fontSize", "lineWidth", "palette", "colors"]
    static let fontSizeRange = 4.0...40.0
    static let lineWidthRange = 0.1...20.0
    static let maxPaletteCount = 32
}

extension StyleOverrides {
    /// The section as the file writes it (only the keys given).
    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let colors { members.append(("colors", .object(colors.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))) }
        if let fontSize { members.append(("fontSize", .number(fontSize))) }
        if let lineWidth { members.append(("lineWidth", .number(lineWidth))) }
        if let palette { members.append(("palette", .array(palette.map(JSONValue.string)))) }
        return .object(members)
    }
}

/// Reads `plot.style` (any kind): unknown keys and roles are reported with the closest known name.
enum StyleOverridesReader {
    static func read(_ plot: ObjectReader) -> StyleOverrides? {
        guard let style = plot.object("style") else { return nil }
        var overrides = StyleOverrides()
        overrides.fontSize = style.number("fontSize", .range(StyleOverrides.fontSizeRange.lowerBound, StyleOverrides.fontSizeRange.upperBound))
        overrides.lineWidth = style.number("lineWidth", .range(StyleOverrides.lineWidthRange.lowerBound, StyleOverrides.lineWidthRange.upperBound))
        if let items = style.array("palette", minCount: 1, maxCount: StyleOverrides.maxPaletteCount) {
            let colors = items.enumerated().map { i, item in color(item, path: "\(style.childPath("palette"))[\(i)]", log: style.log) }
            if !colors.contains(where: { $0 == nil }) { overrides.palette = colors.map { $0! } }
        }
        if let roles = style.object("colors") {
            var colors: [String: String] = [:]
            for role in StyleOverrides.roleNames {
                guard let value = roles.value(role) else { continue }
                if let c = color(value, path: roles.childPath(role), log: roles.log) { colors[role] = c }
            }
            roles.finish(context: "a colour role")
            if !colors.isEmpty { overrides.colors = colors }
        }
        style.finish(context: "plot.style")
        return overrides
    }

    /// A colour `#rrggbb` or `#rrggbbaa` (hex digits in either case), kept as written.
    static func color(_ value: JSONValue, path: String, log: IssueLog) -> String? {
        guard case let .string(s) = value else {
            log.add(path, "must be a colour \"#rrggbb\" or \"#rrggbbaa\", got \(value.described)")
            return nil
        }
        let digits = s.dropFirst()
        guard s.hasPrefix("#"), digits.count == 6 || digits.count == 8, digits.allSatisfy(\.isHexDigit) else {
            log.add(path, "must be a colour \"#rrggbb\" or \"#rrggbbaa\" (hex digits), got \(value.summary)")
            return nil
        }
        return s
    }
}
