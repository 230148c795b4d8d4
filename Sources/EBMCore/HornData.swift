#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One sample of the conditional "horn" set: the observed input x and the point y ∈ ℝ² (docs/lecture.md §2.3).
public struct HornSample: Sendable, Equatable {
    /// The conditioning input x ∈ [0, 1).
    public var x: Double
    /// The observed point y = (y₁, y₂).
    public var y: SIMD2<Double>

    /// Creates the sample (x, y).
    public init(x: Double, y: SIMD2<Double>) {
        self.x = x
        self.y = y
    }
}

/// `count` horn samples: x ~ U(0,1), θ ~ U(0, 2π), y = [ρ₁(x) cos θ + ε₁, ρ₂(x) sin θ + ε₂] with
/// ε₁, ε₂ ~ N(0, noise²) independent (docs/lecture.md §2.1, §2.3; the lecture's noise is 1/20).
///
/// Draw order, per sample: x (`nextUniform()`), θ (`nextUniform(in: 0..<2π)`), ε₁, ε₂ (`nextGaussian`, two
/// uniforms each). The same generator state therefore always gives the same samples, bit for bit.
public func sampleHorn(count: Int, noise: Double = 0.05, using generator: inout SeededGenerator) -> [HornSample] {
    precondition(count >= 0 && noise >= 0)
    var samples: [HornSample] = []
    samples.reserveCapacity(count)
    for _ in 0..<count {
        let x = generator.nextUniform()
        let theta = generator.nextUniform(in: 0..<(2 * Double.pi))
        let epsilon1 = generator.nextGaussian(mean: 0, standardDeviation: noise)
        let epsilon2 = generator.nextGaussian(mean: 0, standardDeviation: noise)
        let radius = rho(x)
        samples.append(HornSample(x: x, y: SIMD2(radius.x * cos(theta) + epsilon1, radius.y * sin(theta) + epsilon2)))
    }
    return samples
}

/// The manifold-drawing inputs x = 0 : step : 1, end included (docs/lecture.md §2.3: step 0.02, 51 values).
public func hornInputGrid(count: Int = 51) -> [Double] {
    precondition(count > 1)
    return (0..<count).map { Double($0) / Double(count - 1) }
}
