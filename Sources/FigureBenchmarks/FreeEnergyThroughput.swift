import Dispatch
import EBMCore
import Foundation
import Synchronization

/// How fast F_β is computed on a large grid: (y, z) energy terms per second, on one core and on all cores.
///
/// One grid evaluation covers `columns × rows` points y and `latents` values z, i.e. columns·rows·latents
/// energy terms E(y, z_k) folded into F_β(y) = −(1/β) log[(1/N) Σ_k exp(−β E(y, z_k))] (min_k for β = ∞).
/// The all-cores figure splits the grid's rows into one contiguous band per worker with
/// `DispatchQueue.concurrentPerform`; each band is an independent `freeEnergyGrid` call on the same columns.
public struct FreeEnergyThroughput: Sendable, Codable {
    /// β of this measurement (`nil` encodes β = ∞, which JSON cannot spell).
    public var beta: Double?
    public var columns: Int
    public var rows: Int
    public var latents: Int
    /// Threads used for the all-cores measurement.
    public var threads: Int
    /// Median seconds of one whole-grid evaluation on one core.
    public var singleCoreSeconds: Double
    /// Median seconds of one whole-grid evaluation split over `threads` workers.
    public var allCoresSeconds: Double

    /// columns · rows · latents.
    public var terms: Double { Double(columns) * Double(rows) * Double(latents) }
    public var singleCoreTermsPerSecond: Double { terms / singleCoreSeconds }
    public var allCoresTermsPerSecond: Double { terms / allCoresSeconds }
    /// The all-cores rate divided by the thread count: what each core sustains when all work at once.
    public var allCoresTermsPerSecondPerCore: Double { allCoresTermsPerSecond / Double(threads) }

    enum CodingKeys: String, CodingKey {
        case beta, columns, rows, latents, threads, singleCoreSeconds, allCoresSeconds
        case singleCoreTermsPerSecond, allCoresTermsPerSecond
    }

    public init(beta: Double?, columns: Int, rows: Int, latents: Int, threads: Int,
                singleCoreSeconds: Double, allCoresSeconds: Double) {
        self.beta = beta
        self.columns = columns
        self.rows = rows
        self.latents = latents
        self.threads = threads
        self.singleCoreSeconds = singleCoreSeconds
        self.allCoresSeconds = allCoresSeconds
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(beta: try c.decodeIfPresent(Double.self, forKey: .beta), columns: try c.decode(Int.self, forKey: .columns),
                  rows: try c.decode(Int.self, forKey: .rows), latents: try c.decode(Int.self, forKey: .latents),
                  threads: try c.decode(Int.self, forKey: .threads),
                  singleCoreSeconds: try c.decode(Double.self, forKey: .singleCoreSeconds),
                  allCoresSeconds: try c.decode(Double.self, forKey: .allCoresSeconds))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(beta, forKey: .beta)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
        try c.encode(latents, forKey: .latents)
        try c.encode(threads, forKey: .threads)
        try c.encode(singleCoreSeconds, forKey: .singleCoreSeconds)
        try c.encode(allCoresSeconds, forKey: .allCoresSeconds)
        try c.encode(singleCoreTermsPerSecond, forKey: .singleCoreTermsPerSecond)
        try c.encode(allCoresTermsPerSecond, forKey: .allCoresTermsPerSecond)
    }

    /// Measures F_β of the lecture's untrained decoder on the grid y ∈ [−2.5, 2.5]² (`size` × `size` points)
    /// over the lecture's 48-value latent grid: the median of `repetitions` evaluations, single core and split
    /// over `threads` workers. One unmeasured evaluation first warms the caches and the allocator.
    public static func measure(beta: Double, size: Int = 1000, latentCount: Int = 48, threads: Int,
                               repetitions: Int = 5) -> FreeEnergyThroughput {
        let decoder = EllipseDecoder.lectureUntrained
        let latents = LatentGrid(count: latentCount)
        let axis = (0..<size).map { -2.5 + 5 * Double($0) / Double(max(1, size - 1)) }
        let workers = max(1, min(threads, size))
        var sink = 0.0
        func whole() { sink += freeEnergyGrid(decoder: decoder, y1: axis, y2: axis, beta: beta, latents: latents)[size / 2] }
        func split() {
            let bands = BandSums(count: workers)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let rows = Array(axis[(w * size / workers)..<((w + 1) * size / workers)])
                let values = freeEnergyGrid(decoder: decoder, y1: axis, y2: rows, beta: beta, latents: latents)
                bands.set(w, values.last ?? 0)
            }
            sink += bands.total
        }
        whole()
        let single = Stopwatch.medianSeconds(repetitions: repetitions, whole)
        split()
        let all = Stopwatch.medianSeconds(repetitions: repetitions, split)
        precondition(sink.isFinite || beta == .infinity, "free energies must be finite")
        return FreeEnergyThroughput(beta: beta.isFinite ? beta : nil, columns: size, rows: size, latents: latentCount,
                                    threads: workers, singleCoreSeconds: single, allCoresSeconds: all)
    }
}

/// One slot per worker, so each band's result is used (the optimiser cannot drop the work) without a data race.
private final class BandSums: Sendable {
    private let values: Mutex<[Double]>
    init(count: Int) { values = Mutex(Array(repeating: 0, count: count)) }
    func set(_ i: Int, _ v: Double) { values.withLock { $0[i] = v } }
    var total: Double { values.withLock { $0.reduce(0, +) } }
}
