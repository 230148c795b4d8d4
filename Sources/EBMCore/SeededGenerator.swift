#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The project's only source of randomness: xoshiro256** seeded through SplitMix64.
///
/// Every random draw in the project comes from a `SeededGenerator` built from a seed in the spec, so a
/// run is reproducible bit for bit on any machine. Generators are values passed `inout`; there is no
/// shared state.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose four state words are the first four outputs of SplitMix64(`seed`).
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    /// The next 64 random bits (xoshiro256**, Blackman & Vigna 2018).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// A uniform draw in [0, 1) with 53 random bits: u = (bits >> 11) · 2⁻⁵³.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw in [a, b): a + (b − a)·u.
    public mutating func nextUniform(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
    }

    /// A Gaussian draw N(mean, std²) by the Box–Muller transform, one pair of uniforms per draw:
    /// mean + std · √(−2 ln(1 − u₁)) · cos(2π u₂). (1 − u₁ ∈ (0, 1] keeps the log finite.)
    public mutating func nextGaussian(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        let u1 = nextUniform()
        let u2 = nextUniform()
        return mean + standardDeviation * (-2 * log(1 - u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A Fisher–Yates shuffle of `0..<count`, drawn from this generator.
    public mutating func permutation(count: Int) -> [Int] {
        var order = Array(0..<count)
        if count < 2 { return order }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        return order
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): the seeding generator for `SeededGenerator`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates the generator at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 bits: z = (state += 0x9E3779B97F4A7C15), then two xor-shift-multiply rounds.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@inline(__always)
private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
}
