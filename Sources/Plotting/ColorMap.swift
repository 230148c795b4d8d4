/// A matplotlib-style colour map: 256 entries, looked up like `matplotlib.colors.Colormap.__call__`.
public struct ColorMap: Sendable, Equatable {
    public let name: String
    public let entries: [Color]

    public init(name: String, entries: [Color]) {
        precondition(!entries.isEmpty)
        self.name = name
        self.entries = entries
    }

    /// The colour of the normalised value `t` (0 … 1): entry ⌊t·N⌋ clipped to [0, N − 1], as matplotlib
    /// does; values above 1 take the last entry (the "extend max" colour), NaN is transparent.
    public func color(atFraction t: Double) -> Color {
        if t.isNaN { return .clear }
        let n = entries.count
        let index = t >= 1 ? n - 1 : (t <= 0 ? 0 : min(n - 1, Int(t * Double(n))))
        return entries[index]
    }

    /// The colour of `value` normalised linearly between `vmin` and `vmax`.
    public func color(for value: Double, vmin: Double, vmax: Double) -> Color {
        let span = vmax - vmin
        return color(atFraction: span > 0 ? (value - vmin) / span : 0)
    }

    /// A colour map by matplotlib name (viridis, plasma, inferno, magma, cividis, coolwarm, rainbow, RdBu_r).
    public static func named(_ name: String) -> ColorMap? {
        guard let table = allTables[name] else { return nil }
        return ColorMap(name: name, entries: parse(table))
    }

    /// Every name `named(_:)` accepts.
    public static let availableNames: [String] = ["viridis", "plasma", "inferno", "magma", "cividis", "coolwarm", "rainbow", "RdBu_r"]

    public static let viridis = named("viridis")!
    public static let coolwarm = named("coolwarm")!
    public static let rainbow = named("rainbow")!

    private static let allTables: [String: String] = [
        "viridis": ColorMapTables.viridis, "plasma": ColorMapTables.plasma, "inferno": ColorMapTables.inferno,
        "magma": ColorMapTables.magma, "cividis": ColorMapTables.cividis, "coolwarm": ColorMapTables.coolwarm,
        "rainbow": ColorMapTables.rainbow, "RdBu_r": ColorMapTables.rdBuR,
    ]

    private static func parse(_ table: String) -> [Color] {
        table.split(separator: "\n").map { line in
            let c = line.split(separator: ",").map { Double($0.trimmingCharacters())! }
            return Color(red: c[0], green: c[1], blue: c[2])
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
