/// The 1-D latent grid z_k = k·2π/count, k = 0 … count−1 (2π excluded; docs/lecture.md §1: 48 values, Δz = π/24).
public func hornLatentGrid(count: Int = 48) -> [Double] {
    LatentGrid(count: count).values
}

/// The 1-D circle grid as latent vectors: [[z_0], …, [z_{count−1}]] with z_k = k·2π/count.
public func circleLatentGrid(count: Int = 48) -> [[Double]] {
    hornLatentGrid(count: count).map { [$0] }
}

/// A side × side grid on [−halfWidth, halfWidth]², ends included, z₁ varying fastest:
/// z = (−R + 2R·i/(side−1), −R + 2R·j/(side−1)) at index j·side + i.
public func squareLatentGrid(side: Int, halfWidth: Double) -> [[Double]] {
    precondition(side > 1 && halfWidth > 0)
    let values = (0..<side).map { -halfWidth + 2 * halfWidth * Double($0) / Double(side - 1) }
    return values.flatMap { z2 in values.map { z1 in [z1, z2] } }
}

/// The latent penalties R_k = λ‖z_k‖² of a grid (empty when λ = 0, which the energies read as "no penalty").
public func squaredNormPenalties(_ latents: [[Double]], lambda: Double) -> [Double] {
    lambda == 0 ? [] : latents.map { z in lambda * z.reduce(0) { $0 + $1 * $1 } }
}
