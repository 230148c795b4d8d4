#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an axis chooses its ticks.
public enum TickRule: Sendable, Equatable {
    /// matplotlib's `MaxNLocator(steps=[1, 2, 2.5, 5, 10])`: the smallest "nice" step giving at most `maxTicks` ticks.
    case automatic(maxTicks: Int)
    /// Every multiple of `step` inside the limits.
    case step(Double)
    /// Every multiple of `step` strictly inside the limits: none at the frame's edges (the lecture's y-plane
    /// axes run to ±3 with ticks only to ±2.5).
    case interiorStep(Double)
    /// Exactly these values.
    case values([Double])
    /// No ticks.
    case none
}

/// Tick placement and labels.
public enum Ticks {
    /// The nice step for a span: the smallest of {1, 2, 2.5, 5, 10}·10ᵏ with ⌊span/step⌋ + 1 ≤ maxTicks.
    public static func niceStep(span: Double, maxTicks: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let intervals = Double(max(1, maxTicks - 1))
        let raw = span / intervals
        let magnitude = pow(10, floor(log10(raw)))
        for m in [1.0, 2, 2.5, 5, 10] where m * magnitude >= raw * (1 - 1e-9) {
            return m * magnitude
        }
        return 10 * magnitude
    }

    /// The multiples of `step` in [lower, upper] (with a small tolerance so that end points count).
    /// More ticks than this is a caller's mistake (a step far too small for the range), not a request.
    public static let maxTickCount = 1000

    public static func multiples(of step: Double, from lower: Double, to upper: Double) -> [Double] {
        guard step > 0, step.isFinite, lower.isFinite, upper.isFinite, lower <= upper,
              (upper - lower) / step <= Double(maxTickCount) else { return [] }
        let tolerance = step * 1e-9
        let first = ceil((lower - tolerance) / step)
        let last = floor((upper + tolerance) / step)
        guard last >= first else { return [] }
        return stride(from: first, through: last, by: 1).map { k in
            let v = k * step
            return abs(v) < tolerance ? 0 : v
        }
    }

    /// The tick values `rule` puts on an axis from `lower` to `upper`.
    public static func values(_ rule: TickRule, lower: Double, upper: Double) -> [Double] {
        switch rule {
        case let .automatic(maxTicks):
            return multiples(of: niceStep(span: upper - lower, maxTicks: maxTicks), from: lower, to: upper)
        case let .step(step):
            return multiples(of: step, from: lower, to: upper)
        case let .interiorStep(step):
            let edge = 1e-9 * max(abs(step), 1e-300)
            return multiples(of: step, from: lower, to: upper).filter { $0 > lower + edge && $0 < upper - edge }
        case let .values(values):
            return values.filter { $0 >= lower - 1e-12 && $0 <= upper + 1e-12 }
        case .none:
            return []
        }
    }

    /// The number of decimals matplotlib's `ScalarFormatter` shows (at most 6): start from 3 significant
    /// digits of the tick range and drop decimals while every tick still rounds to within 10⁻³ of the range,
    /// so 0.5 steps give "1.5" and π/2 steps give "1.571", not "1.570796".
    public static func decimals(for values: [Double]) -> Int {
        guard let low = values.min(), let high = values.max() else { return 0 }
        var range = high - low
        if range == 0 { range = max(abs(low), abs(high)) }
        if range == 0 { range = 1 }
        let magnitude = Int(floor(log10(range)))
        let threshold = 1e-3 * pow(10, Double(magnitude))
        var d = max(0, 3 - magnitude)
        while d >= 0 {
            let scale = pow(10, Double(d))
            guard values.allSatisfy({ abs(($0 * scale).rounded() / scale - $0) < threshold }) else { break }
            d -= 1
        }
        return min(6, d + 1)
    }

    /// Formats `value` with `decimals` digits after the point and a true minus sign (U+2212).
    public static func label(_ value: Double, decimals: Int) -> String {
        let text = formatFixed(abs(value), decimals: decimals)
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." }
        return (value < 0 && !isZero ? "\u{2212}" : "") + text
    }

    /// Labels for a set of ticks, sharing one number of decimals.
    public static func labels(_ values: [Double]) -> [String] {
        let d = decimals(for: values)
        return values.map { label($0, decimals: d) }
    }
}

/// `value` (≥ 0) in fixed-point notation, rounded half away from zero.
func formatFixed(_ value: Double, decimals: Int) -> String {
    let scale = pow(10, Double(decimals))
    let scaled = (value * scale).rounded()
    guard scaled < 9e15 else { return String(value) }
    let integer = UInt64(scaled)
    let whole = integer / UInt64(scale)
    let fraction = integer % UInt64(scale)
    guard decimals > 0 else { return String(whole) }
    var fractionText = String(fraction)
    while fractionText.count < decimals { fractionText = "0" + fractionText }
    return "\(whole).\(fractionText)"
}
