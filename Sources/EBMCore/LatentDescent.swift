#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The descent on z the lecture shows (15-1 Figs 5 and 7): from z̃ downhill on E(y, z) to the minimum of the basin
/// z̃ lies in, which need not be the global minimum (see `EllipseDecoder.latentMinimum`).
public struct LatentDescent: Sendable, Equatable {
    /// [z₀ = z̃, z₁, …, z_end]: every accepted iterate, unwrapped (z is never reduced mod 2π).
    public var path: [Double]
    /// E(y, z_end).
    public var energy: Double
    /// Whether the stopping rule was met (|Δz| or |∂E/∂z| below tolerance) within `LatentDescentSettings.maxSteps`.
    public var converged: Bool
    /// The last iterate.
    public var end: Double { path.last! }
}

/// The settings of the shown descent, recorded in sidecars.
public enum LatentDescentSettings {
    /// At most this many accepted steps.
    public static let maxSteps = 10_000
    /// Stop when a step moves z by less than this (radians) …
    public static let stepTolerance = 1e-12
    /// … or when |∂E/∂z| ≤ gradientTolerance·max(1, L), L the curvature bound of `energyCurvatureBound`.
    public static let gradientTolerance = 1e-13
    /// Armijo's sufficient-decrease constant.
    public static let armijo = 1e-4
    /// No step moves z by more than this (radians), so a step does not leap over a maximum into another basin.
    public static let maxStepLength = Double.pi / 16
}

extension EllipseDecoder {
    /// Gradient descent on z from `z0` with a step that adapts to the curve: the trial step is Newton's,
    /// 1/∂²E/∂z², where E is convex there, and 1/L otherwise (L ≥ |∂²E/∂z²| everywhere, the step of guaranteed
    /// descent), capped at `LatentDescentSettings.maxStepLength`, and halved until Armijo's condition
    /// E(z − t·E′) ≤ E(z) − c·t·E′² holds. The step is therefore proportional to the gradient (a descent, as drawn)
    /// and converges for any scale of w and y: quadratically near a minimum, and at worst at the rate of the
    /// fixed step 1/L.
    public func latentDescent(_ y: Point2, from z0: Double) -> LatentDescent {
        let bound = energyCurvatureBound(y)
        var path = [z0]
        var z = z0, value = energy(y, z: z0)
        guard bound > 0 else { return LatentDescent(path: path, energy: value, converged: true) }
        let gradientStop = LatentDescentSettings.gradientTolerance * max(1, bound)
        var converged = false
        for _ in 0..<LatentDescentSettings.maxSteps {
            let gradient = energyDerivative(y, z: z)
            if abs(gradient) <= gradientStop { converged = true; break }
            let curvature = energySecondDerivative(y, z: z)
            var t = curvature > 0 ? 1 / curvature : 1 / bound
            t = min(t, LatentDescentSettings.maxStepLength / abs(gradient))
            var accepted = false
            while t * abs(gradient) >= LatentDescentSettings.stepTolerance * 0.5 {
                let next = z - t * gradient
                let e = energy(y, z: next)
                if e <= value - LatentDescentSettings.armijo * t * gradient * gradient {
                    let moved = abs(next - z)
                    z = next
                    value = e
                    path.append(z)
                    accepted = true
                    if moved < LatentDescentSettings.stepTolerance { converged = true }
                    break
                }
                t *= 0.5
            }
            // No step lowers E any more: z is a minimum to within rounding.
            if !accepted { converged = true }
            if converged { break }
        }
        return LatentDescent(path: path, energy: value, converged: converged)
    }
}
