#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The global minimum of z ↦ E(y, z) over the circle, as found by `EllipseDecoder.latentMinimum`.
public struct LatentMinimum: Sendable, Equatable {
    /// ž = argmin_z E(y, z), reduced to [0, 2π).
    public var z: Double
    /// F∞(y) = E(y, ž).
    public var energy: Double
    /// The model grid's own minimum min_k E(y, z_k) (the value before refinement); `energy` ≤ it.
    public var gridEnergy: Double
    /// The first model grid index attaining `gridEnergy`.
    public var gridIndex: Int
}

/// The settings of the continuous minimisation, recorded in sidecars so that anyone can recompute ž.
public enum LatentRefinement {
    /// The uniform search grid scanned besides the model's own grid: every discrete local minimum of it is refined.
    public static let searchCount = 64
    /// The convergence tolerance on z of the bracketed minimiser (Brent's method, radians, absolute).
    public static let tolerance = 1e-12
    /// The largest number of Brent iterations per bracket.
    public static let maxIterations = 200
}

extension EllipseDecoder {
    /// ∂²E(y, z)/∂z² = 2(w₂² − w₁²) cos 2z + 2 w₁ y₁ cos z + 2 w₂ y₂ sin z.
    public func energySecondDerivative(_ y: Point2, z: Double) -> Double {
        2 * (w2 * w2 - w1 * w1) * cos(2 * z) + 2 * w1 * y.x * cos(z) + 2 * w2 * y.y * sin(z)
    }

    /// An upper bound L ≥ |∂²E/∂z²| over every z: 2|w₂² − w₁²| + 2|w₁ y₁| + 2|w₂ y₂|.
    public func energyCurvatureBound(_ y: Point2) -> Double {
        2 * abs(w2 * w2 - w1 * w1) + 2 * abs(w1 * y.x) + 2 * abs(w2 * y.y)
    }

    /// The global minimum of E(y, z) over z ∈ [0, 2π), by a method that cannot stop early:
    ///
    /// 1. the grid argmin over the model's `gridCount`-point grid z_k = 2πk/N (F∞ on the grid);
    /// 2. Brent's bracketed minimiser on [z_k − 2π/N, z_k + 2π/N] around it, started at z_k and returning a value
    ///    ≤ E(y, z_k), so the result is never above the grid minimum;
    /// 3. the same refinement around every discrete local minimum of a `LatentRefinement.searchCount`-point uniform
    ///    search grid, so that a lower basin the model grid straddles is not missed (E has at most two local minima
    ///    on the circle: it is a trigonometric polynomial of degree 2);
    /// 4. the best of these, polished by safeguarded Newton steps on ∂E/∂z.
    ///
    /// Each bracket converges to `LatentRefinement.tolerance` in z.
    public func latentMinimum(_ y: Point2, gridCount: Int) -> LatentMinimum {
        precondition(gridCount >= 1, "a latent grid needs at least one value")
        let twoPi = 2 * Double.pi
        var gridEnergy = Double.infinity, gridIndex = 0
        for k in 0..<gridCount {
            let e = energy(y, z: twoPi * Double(k) / Double(gridCount))
            if e < gridEnergy { gridEnergy = e; gridIndex = k }
        }
        let gridZ = twoPi * Double(gridIndex) / Double(gridCount)
        let cell = twoPi / Double(gridCount)
        var best = refine(y, around: gridZ, value: gridEnergy, halfWidth: min(cell, Double.pi))

        let m = LatentRefinement.searchCount
        let search = (0..<m).map { energy(y, z: twoPi * Double($0) / Double(m)) }
        for k in 0..<m {
            let previous = search[(k + m - 1) % m], next = search[(k + 1) % m]
            guard search[k] <= previous, search[k] < next || (search[k] == next && search[k] < previous) else { continue }
            let candidate = refine(y, around: twoPi * Double(k) / Double(m), value: search[k], halfWidth: twoPi / Double(m))
            if candidate.energy < best.energy { best = candidate }
        }
        var z = best.z.truncatingRemainder(dividingBy: twoPi)
        if z < 0 { z += twoPi }
        if z >= twoPi { z = 0 }
        // Reduction mod 2π may move the last bits: keep the better of the two representations.
        let reduced = energy(y, z: z)
        let value = reduced <= best.energy ? reduced : best.energy
        return LatentMinimum(z: z, energy: min(value, gridEnergy), gridEnergy: gridEnergy, gridIndex: gridIndex)
    }

    /// Brent's minimiser of E(y, ·) on [c − h, c + h] started at c (whose energy is `value`), then Newton polishing.
    /// Never returns a point worse than c.
    func refine(_ y: Point2, around c: Double, value: Double, halfWidth h: Double) -> (z: Double, energy: Double) {
        var found = brentMinimum(lower: c - h, upper: c + h, start: c, startValue: value,
                                 tolerance: LatentRefinement.tolerance, maxIterations: LatentRefinement.maxIterations) { energy(y, z: $0) }
        // Newton on ∂E/∂z, accepted only while it stays in the bracket and lowers E.
        for _ in 0..<4 {
            let curvature = energySecondDerivative(y, z: found.x)
            guard curvature > 0 else { break }
            let next = found.x - energyDerivative(y, z: found.x) / curvature
            guard abs(next - c) <= h else { break }
            let e = energy(y, z: next)
            guard e < found.value else { break }
            found = (next, e)
        }
        return (found.x, found.value)
    }
}

/// Brent's method (parabolic interpolation safeguarded by golden-section steps) for a minimum of `f` on
/// [lower, upper], started at `start` with f(start) = `startValue`. Returns the best point evaluated, so never worse
/// than the start. Stops when the bracket is within `tolerance` (plus a relative √ε term) of the best point.
public func brentMinimum(lower: Double, upper: Double, start: Double, startValue: Double, tolerance: Double, maxIterations: Int,
                         _ f: (Double) -> Double) -> (x: Double, value: Double) {
    let golden = 0.3819660112501051
    let relative = 1.4901161193847656e-08  // √ε
    var a = lower, b = upper
    var x = start, w = start, v = start
    var fx = startValue, fw = startValue, fv = startValue
    var d = 0.0, e = 0.0
    for _ in 0..<maxIterations {
        let mid = 0.5 * (a + b)
        let tol1 = relative * abs(x) + tolerance / 3
        let tol2 = 2 * tol1
        if abs(x - mid) <= tol2 - 0.5 * (b - a) { break }
        var useGolden = true
        if abs(e) > tol1 {
            // Fit a parabola through x, w, v.
            var r = (x - w) * (fx - fv)
            var q = (x - v) * (fx - fw)
            var p = (x - v) * q - (x - w) * r
            q = 2 * (q - r)
            if q > 0 { p = -p }
            q = abs(q)
            r = e
            e = d
            if abs(p) < abs(0.5 * q * r), p > q * (a - x), p < q * (b - x) {
                d = p / q
                let u = x + d
                if u - a < tol2 || b - u < tol2 { d = mid >= x ? tol1 : -tol1 }
                useGolden = false
            }
        }
        if useGolden {
            e = x >= mid ? a - x : b - x
            d = golden * e
        }
        let u = abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1)
        let fu = f(u)
        if fu <= fx {
            if u >= x { a = x } else { b = x }
            v = w; fv = fw
            w = x; fw = fx
            x = u; fx = fu
        } else {
            if u < x { a = u } else { b = u }
            if fu <= fw || w == x {
                v = w; fv = fw
                w = u; fw = fu
            } else if fu <= fv || v == x || v == w {
                v = u; fv = fu
            }
        }
    }
    return (x, fx)
}

/// The copy z + 2πk of the angle `z` nearest to `target` (ties toward the larger k).
public func angleRepresentative(_ z: Double, nearest target: Double) -> Double {
    z + 2 * Double.pi * ((target - z) / (2 * Double.pi)).rounded()
}
