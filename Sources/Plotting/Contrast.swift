#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Color {
    /// The relative luminance of the colour (WCAG 2: linearised sRGB weighted 0.2126, 0.7152, 0.0722), alpha ignored.
    public var relativeLuminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio with `other` (1…21; WCAG asks 3:1 for large text, 4.5:1 for body text).
    public func contrast(with other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour painted over `background` (alpha compositing), opaque.
    public func over(_ background: Color) -> Color {
        Color(red: red * alpha + background.red * (1 - alpha), green: green * alpha + background.green * (1 - alpha),
              blue: blue * alpha + background.blue * (1 - alpha))
    }
}
