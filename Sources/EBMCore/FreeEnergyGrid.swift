#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// F_β(y) at every point of the Cartesian grid y = (y1[col], y2[row]), for heatmaps and cross-sections.
///
/// The result is row-major: element `row * y1.count + col` is F_β(y1[col], y2[row]) (rows run over `y2` in the
/// given order, columns over `y1`). It equals `decoder.freeEnergy(_:beta:latents:)` pointwise to ~1e-12
/// relative (bit-identical for β = ∞ and β = 0).
///
/// Why it is fast: the energy separates, E(y, z_k) = a_k(y₁) + b_k(y₂) with a_k = (y₁ − w₁ cos z_k)² and
/// b_k = (y₂ − w₂ sin z_k)², so the a's are computed once per column and the b's once per row.
/// - β = ∞: F∞ = min_k (a_k + b_k), an add-and-min loop with no transcendental call.
/// - finite β > 0: with the column shift α = min_k a_k and the row shift β' = min_k b_k,
///   exp(−βE_k) = e^{−β(α+β')}·A_k·B_k with A_k = exp(−β(a_k − α)) ≤ 1 and B_k = exp(−β(b_k − β')) ≤ 1, so
///   F_β = α + β' − (1/β)·log[(1/N)·Σ_k A_k B_k]: one dot product per point, no exp in the inner loop.
///   When that sum underflows (< 1e-250, possible only at very large β), the point is recomputed by the
///   direct max-shifted two-pass form m − (1/β)·log[(1/N)·Σ_k exp(−β(E_k − m))], m = min_k E_k.
///   When β·(span of a + span of b) ≤ 1/2 (the hot regime) the sum is carried as N + Σ(A_k B_k − 1) through
///   expm1 and log1p, as `softmin` does, so small β keeps full precision.
/// - β = 0: the mean of E over z.
public func freeEnergyGrid(decoder: EllipseDecoder, y1: [Double], y2: [Double], beta: Double, latents: LatentGrid) -> [Double] {
    precondition(beta >= 0, "beta must be >= 0")
    let n = latents.count, columns = y1.count, rows = y2.count
    if columns == 0 || rows == 0 { return [] }
    let gx = latents.values.map { decoder.w1 * cos($0) }
    let gy = latents.values.map { decoder.w2 * sin($0) }
    // a[col * n + k] = (y1[col] − gx[k])², b[row * n + k] = (y2[row] − gy[k])².
    var a = [Double](repeating: 0, count: columns * n)
    var b = [Double](repeating: 0, count: rows * n)
    for c in 0..<columns { for k in 0..<n { let d = y1[c] - gx[k]; a[c * n + k] = d * d } }
    for r in 0..<rows { for k in 0..<n { let d = y2[r] - gy[k]; b[r * n + k] = d * d } }

    return [Double](unsafeUninitializedCapacity: rows * columns) { output, initialized in
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                if beta == .infinity {
                    fillMinimum(output, a: a, b: b, rows: rows, columns: columns, n: n)
                } else if beta == 0 {
                    fillMean(output, a: a, b: b, rows: rows, columns: columns, n: n)
                } else {
                    fillSoftmin(output, a: a, b: b, rows: rows, columns: columns, n: n, beta: beta)
                }
            }
        }
        initialized = rows * columns
    }
}

private func fillMinimum(_ out: UnsafeMutableBufferPointer<Double>, a: UnsafeBufferPointer<Double>,
                         b: UnsafeBufferPointer<Double>, rows: Int, columns: Int, n: Int) {
    for r in 0..<rows {
        let br = b.baseAddress! + r * n
        for c in 0..<columns {
            let ac = a.baseAddress! + c * n
            var m = Double.infinity
            for k in 0..<n { m = Swift.min(m, ac[k] + br[k]) }
            out[r * columns + c] = m
        }
    }
}

private func fillMean(_ out: UnsafeMutableBufferPointer<Double>, a: UnsafeBufferPointer<Double>,
                      b: UnsafeBufferPointer<Double>, rows: Int, columns: Int, n: Int) {
    for r in 0..<rows {
        let br = b.baseAddress! + r * n
        for c in 0..<columns {
            let ac = a.baseAddress! + c * n
            var s = 0.0
            for k in 0..<n { s += ac[k] + br[k] }
            out[r * columns + c] = s / Double(n)
        }
    }
}

private func fillSoftmin(_ out: UnsafeMutableBufferPointer<Double>, a: UnsafeBufferPointer<Double>,
                         b: UnsafeBufferPointer<Double>, rows: Int, columns: Int, n: Int, beta: Double) {
    let columnFactors = ShiftedFactors(a, count: columns, n: n, beta: beta)
    let rowFactors = ShiftedFactors(b, count: rows, n: n, beta: beta)
    let count = Double(n), logN = log(count)
    columnFactors.factor.withUnsafeBufferPointer { colF in
    rowFactors.factor.withUnsafeBufferPointer { rowF in
    columnFactors.excess.withUnsafeBufferPointer { colX in
    rowFactors.excess.withUnsafeBufferPointer { rowX in
        for r in 0..<rows {
            for c in 0..<columns {
                let shift = columnFactors.shift[c] + rowFactors.shift[r]
                if beta * (columnFactors.span[c] + rowFactors.span[r]) <= 0.5 {
                    // Hot: every A_k B_k ≥ e^{−1/2}. Σ A_k B_k − N = Σa′ + Σb′ + Σ a′_k b′_k with a′ = A − 1,
                    // b′ = B − 1 (expm1), so log1p keeps full precision as β → 0.
                    let d = dot(colX.baseAddress! + c * n, rowX.baseAddress! + r * n, n)
                    let excess = columnFactors.excessSum[c] + rowFactors.excessSum[r] + d
                    out[r * columns + c] = shift - log1p(excess / count) / beta
                    continue
                }
                let s = dot(colF.baseAddress! + c * n, rowF.baseAddress! + r * n, n)
                if s >= 1e-250 {
                    out[r * columns + c] = shift - (log(s) - logN) / beta
                } else {
                    out[r * columns + c] = directSoftmin(a.baseAddress! + c * n, b.baseAddress! + r * n, n: n, beta: beta)
                }
            }
        }
    }}}}
}

/// Σ_k x_k·y_k with four accumulators (breaks the add dependency chain; the order is fixed, so deterministic).
@inline(__always)
private func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ n: Int) -> Double {
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var k = 0
    while k + 4 <= n {
        s0 += x[k] * y[k]
        s1 += x[k + 1] * y[k + 1]
        s2 += x[k + 2] * y[k + 2]
        s3 += x[k + 3] * y[k + 3]
        k += 4
    }
    while k < n { s0 += x[k] * y[k]; k += 1 }
    return (s0 + s1) + (s2 + s3)
}

/// For each of `count` blocks of `n` values v_k (one block per grid column, or per row): the shift
/// min_k v_k, the span max_k v_k − min_k v_k, the factors exp(−β(v_k − min)) and their expm1 "excess"
/// counterparts exp(−β(v_k − min)) − 1 with the block sums of the latter.
private struct ShiftedFactors {
    var shift: [Double], span: [Double], factor: [Double], excess: [Double], excessSum: [Double]

    init(_ v: UnsafeBufferPointer<Double>, count: Int, n: Int, beta: Double) {
        shift = [Double](repeating: 0, count: count)
        span = shift
        excessSum = shift
        factor = [Double](repeating: 0, count: count * n)
        excess = factor
        for i in 0..<count {
            var low = Double.infinity, high = -Double.infinity
            for k in 0..<n { low = Swift.min(low, v[i * n + k]); high = Swift.max(high, v[i * n + k]) }
            shift[i] = low
            span[i] = high - low
            var sum = 0.0
            for k in 0..<n {
                // Both forms from the same exponent: 1 + expm1(x) would lose exp(x)'s digits when it is small.
                let x = -beta * (v[i * n + k] - low)
                let e = expm1(x)
                excess[i * n + k] = e
                factor[i * n + k] = exp(x)
                sum += e
            }
            excessSum[i] = sum
        }
    }
}

/// The direct max-shifted softmin of E_k = a_k + b_k, exactly as `softmin` computes it (the fallback when the
/// factored sum underflows).
private func directSoftmin(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, n: Int, beta: Double) -> Double {
    var m = Double.infinity
    for k in 0..<n { m = Swift.min(m, a[k] + b[k]) }
    var excess = 0.0
    for k in 0..<n { excess += expm1(-beta * (a[k] + b[k] - m)) }
    return m - log1p(excess / Double(n)) / beta
}
