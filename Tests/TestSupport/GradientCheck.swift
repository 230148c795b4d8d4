import XCTest

/// Analytic derivatives against central finite differences: ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h. The
/// truncation error is O(h²) and the rounding error O(ε·|f|/h); h = 1e-6 keeps both near 1e-10 for values of order
/// one, so a tolerance of 1e-6 tells a wrong derivative from a right one.
package enum GradientCheck {
    package static let step = 1e-6

    /// The central difference of a function of one variable at `x`.
    package static func derivative(of f: (Double) -> Double, at x: Double, step h: Double = step) -> Double {
        (f(x + h) - f(x - h)) / (2 * h)
    }

    /// The central differences of `f` at `x`, one per coordinate.
    package static func centralDifferences(of f: ([Double]) -> Double, at x: [Double], step h: Double = step) -> [Double] {
        x.indices.map { i in
            derivative(of: { value in
                var shifted = x
                shifted[i] = value
                return f(shifted)
            }, at: x[i], step: h)
        }
    }

    /// Asserts that `analytic` is the gradient of `f` at `x`: every coordinate within `accuracy` of its central
    /// difference, or within `accuracy · max(1, |difference|)` when `scaled` (for derivatives far from order one).
    package static func assertGradient(_ analytic: [Double], of f: ([Double]) -> Double, at x: [Double], accuracy: Double,
                                       scaled: Bool = false, _ message: @autoclosure () -> String = "",
                                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(analytic.count, x.count, "one derivative per coordinate", file: file, line: line)
        for (i, numeric) in centralDifferences(of: f, at: x).enumerated() where i < analytic.count {
            let tolerance = scaled ? accuracy * max(1, abs(numeric)) : accuracy
            XCTAssertEqual(analytic[i], numeric, accuracy: tolerance, "∂/∂x\(i): \(message())", file: file, line: line)
        }
    }
}
