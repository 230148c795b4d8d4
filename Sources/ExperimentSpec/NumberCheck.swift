/// A range check for numbers.
struct NumberCheck {
    var minimum: Double?
    var minimumInclusive = true
    var maximum: Double?
    var required = false
    var allowsInfinity = false

    static let any = NumberCheck()
    static let positive = NumberCheck(minimum: 0, minimumInclusive: false)
    static let nonNegative = NumberCheck(minimum: 0)
    static func range(_ lo: Double, _ hi: Double) -> NumberCheck { NumberCheck(minimum: lo, maximum: hi) }
    static func positive(max: Double) -> NumberCheck { NumberCheck(minimum: 0, minimumInclusive: false, maximum: max) }
    /// β: > 0, or "inf" for the zero-temperature limit.
    static let beta = NumberCheck(minimum: 0, minimumInclusive: false, maximum: 1e6, allowsInfinity: true)

    var isRequired: NumberCheck { var c = self; c.required = true; return c }

    func problem(_ d: Double) -> String? {
        if !d.isFinite { return allowsInfinity && d == .infinity ? nil : "must be finite" }
        if let minimum, minimumInclusive ? d < minimum : d <= minimum {
            return "must be \(minimumInclusive ? "≥" : ">") \(format(minimum))" + (maximum.map { " and ≤ \(format($0))" } ?? "")
        }
        if let maximum, d > maximum { return "must be ≤ \(format(maximum))" + (minimum.map { " and \(minimumInclusive ? "≥" : ">") \(format($0))" } ?? "") }
        return nil
    }

    private func format(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
}
