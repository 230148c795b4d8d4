/// An sRGB colour with straight (non-premultiplied) alpha, each component in [0, 1].
public struct Color: Sendable, Equatable, Hashable, Codable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `#rrggbb` or `#rrggbbaa`; returns nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6 || digits.count == 8, let value = UInt32(digits, radix: 16) else { return nil }
        let hasAlpha = digits.count == 8
        let rgb = hasAlpha ? value >> 8 : value
        red = Double((rgb >> 16) & 0xFF) / 255
        green = Double((rgb >> 8) & 0xFF) / 255
        blue = Double(rgb & 0xFF) / 255
        alpha = hasAlpha ? Double(value & 0xFF) / 255 : 1
    }

    /// A grey level (matplotlib's `'0.8'` colour strings).
    public init(grey: Double, alpha: Double = 1) {
        self.init(red: grey, green: grey, blue: grey, alpha: alpha)
    }

    /// The same colour with alpha replaced.
    /// This colour moved `fraction` of the way to `other` (channel by channel, alpha kept).
    public func mixed(with other: Color, fraction: Double) -> Color {
        Color(red: red + (other.red - red) * fraction, green: green + (other.green - green) * fraction,
              blue: blue + (other.blue - blue) * fraction, alpha: alpha)
    }

    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// `#rrggbb` (alpha dropped), for sidecars and SVG-facing text.
    public var hexString: String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(red) + byte(green) + byte(blue)
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)
}

/// The lecture's palettes (docs/lecture.md §1).
public enum Palette {
    /// matplotlib's `dark_background` colour cycle.
    public static let dark: [Color] = [
        "#8dd3c7", "#feffb3", "#bfbbd9", "#fa8174", "#81b1d2",
        "#fdb462", "#b3de69", "#bc82bd", "#ccebc4", "#ffed6f",
    ].map { Color(hex: $0)! }
    /// matplotlib's `bmh` colour cycle (15-1 Figs 9–10).
    public static let bmh: [Color] = ["#348ABD", "#A60628", "#7A68A6", "#467821", "#D55E00"].map { Color(hex: $0)! }
    /// The five colours of 15-1 Figs 9–10 as their slides show them: `bmh`'s cycle, but the first curve and ring in
    /// matplotlib's "tab:blue" (#1f77b4; the slides measure (26, 121, 178) and (24, 120, 176), where `bmh`'s #348ABD
    /// would be (52, 138, 189); the other four match `bmh` within the capture's shift).
    public static let lectureComparison: [Color] = [Color(hex: "#1f77b4")!] + bmh.dropFirst()

    public static let teal = dark[0]
    public static let paleYellow = dark[1]
    public static let lavender = dark[2]
    public static let salmon = dark[3]
    public static let lightBlue = dark[4]
    public static let orange = dark[5]
    public static let yellowGreen = dark[6]
    public static let orchid = dark[7]
    /// matplotlib's "b": the swatch the lecture's legends give a scatter coloured by a colour map.
    public static let legendBlue = Color(hex: "#0000ff")!
    /// The slides' pink for the input x (matplotlib's `Set3` pink).
    public static let pink = Color(hex: "#fccde5")!
    /// The khaki of β in 15-2 Fig 8's free-energy formula: duller than the cycle's pale yellow.
    public static let khaki = Color(hex: "#d6d68e")!
    /// The light sheet's cycle: the `dark` cycle's hues darkened for white paper, entry by entry (each has a contrast
    /// of at least 4.5:1 against white).
    public static let print: [Color] = [
        "#1b7f72", "#8a7500", "#5e57a0", "#c0392b", "#2b6ca3",
        "#b85400", "#4d7a12", "#8e3f90", "#3f7f4a", "#8c6f00",
    ].map { Color(hex: $0)! }
    /// The light sheet's pink for x.
    public static let printPink = Color(hex: "#c2457f")!
}
