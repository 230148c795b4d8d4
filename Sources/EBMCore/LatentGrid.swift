/// The discrete latent grid Z = {z_k = start + k·step : k = 0 ..< count} over which energies are minimised
/// or marginalised.
///
/// The lecture's grid (docs/lecture.md §1) is z = [0 : π/24 : 2π), i.e. `LatentGrid(count: 48)`; 15-1 Figs 5 and 10 draw
/// E over z ∈ [−2π, 4π) with step π/12, i.e. `LatentGrid(start: -2 * .pi, step: .pi / 12, count: 72)`.
public struct LatentGrid: Sendable, Equatable {
    /// The latent values z_k in increasing index order.
    public let values: [Double]

    /// The evenly spaced grid z_k = 2π·k / count, k = 0 ..< count, on [0, 2π) with 2π excluded.
    /// `count` must be at least 1.
    public init(count: Int = 48) {
        precondition(count >= 1, "a latent grid needs at least one value")
        values = (0..<count).map { 2 * Double.pi * Double($0) / Double(count) }
    }

    /// The grid z_k = start + k·step, k = 0 ..< count. `count` must be at least 1.
    public init(start: Double, step: Double, count: Int) {
        precondition(count >= 1, "a latent grid needs at least one value")
        values = (0..<count).map { start + Double($0) * step }
    }

    /// N_z, the number of latent values.
    public var count: Int { values.count }
}
