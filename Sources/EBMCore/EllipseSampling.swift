#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The radii of the generating process (docs/lecture.md §2.1):
/// ρ(x) = [α·x + β·(1 − x), β·x + α·(1 − x)]·exp(2x), with α = 1.5 and β = 2 in the lecture.
/// ρ(0) = (2, 1.5); ρ(1) = (1.5e², 2e²) ≈ (11.08, 14.78).
public func rho(_ x: Double, alpha: Double = 1.5, beta: Double = 2) -> Point2 {
    Point2(alpha * x + beta * (1 - x), beta * x + alpha * (1 - x)) * exp(2 * x)
}

/// `count` samples of the generating process at a fixed x (docs/lecture.md §2.1, §2.2 Option B):
/// y = [ρ₁(x)·cos θ + ε₁, ρ₂(x)·sin θ + ε₂] with θ ~ U(0, 2π) and ε₁, ε₂ ~ N(0, noise²) independent.
///
/// Per sample the draws are taken in the order θ, ε₁, ε₂, so a seed fixes the set bit for bit.
public func sampleEllipse(count: Int, x: Double = 0, noise: Double = 0.05, using g: inout SeededGenerator) -> [Point2] {
    let radii = rho(x)
    return (0..<max(0, count)).map { _ in
        let theta = g.nextUniform(in: 0..<(2 * Double.pi))
        let e1 = g.nextGaussian(mean: 0, standardDeviation: noise)
        let e2 = g.nextGaussian(mean: 0, standardDeviation: noise)
        return Point2(radii.x * cos(theta) + e1, radii.y * sin(theta) + e2)
    }
}
