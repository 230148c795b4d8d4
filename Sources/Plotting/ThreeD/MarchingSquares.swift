/// Iso-lines of a function sampled on a rectilinear grid (marching squares).
///
/// Each cell [xᵢ, xᵢ₊₁] × [yⱼ, yⱼ₊₁] is classified by which corners are *above* the level (v ≥ level).
/// An edge whose two corners differ is crossed at the linear interpolate
/// t = (level − v_a)/(v_b − v_a) (never a division by zero: v_a < level ≤ v_b). Saddle cells (diagonal
/// corners above) are resolved by the cell-centre average: when the mean of the four corners is above the
/// level, the above corners are joined through the centre and the two below corners are cut off, and vice
/// versa. Cells with a non-finite corner are skipped. Segments are joined into polylines through the
/// crossing they share, so a closed iso-line comes back as one polyline whose last point equals its first.
public enum MarchingSquares {
    /// The iso-lines at `level` of `values` (row-major, `x.count` per row, rows over `y`), in data units.
    /// Open lines (ending at the grid boundary or at a skipped cell) come first, then closed loops, each in
    /// order of its first cell.
    public static func isolines(x: [Double], y: [Double], values: [Double], level: Double) -> [[Point]] {
        let nx = x.count, ny = y.count
        guard nx >= 2, ny >= 2, values.count == nx * ny, level.isFinite else { return [] }
        let grid = Grid(x: x, y: y, values: values)
        var segments: [(Int, Int)] = []
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                segments += cellSegments(grid, i: i, j: j, level: level)
            }
        }
        return join(segments).map { chain in chain.map { grid.crossing(edge: $0, level: level) } }
    }

    /// The grid and its edge numbering: horizontal edge (i, j) joins corners (i, j)–(i+1, j) and has key
    /// j·(nx−1) + i; vertical edge (i, j) joins (i, j)–(i, j+1) and has key ny·(nx−1) + j·nx + i.
    struct Grid {
        let x: [Double], y: [Double], values: [Double]
        var nx: Int { x.count }
        var ny: Int { y.count }

        func value(_ i: Int, _ j: Int) -> Double { values[j * nx + i] }
        func horizontal(_ i: Int, _ j: Int) -> Int { j * (nx - 1) + i }
        func vertical(_ i: Int, _ j: Int) -> Int { ny * (nx - 1) + j * nx + i }

        /// Where the level crosses the edge `key`.
        func crossing(edge key: Int, level: Double) -> Point {
            let horizontalCount = ny * (nx - 1)
            let (a, b): ((Int, Int), (Int, Int))
            if key < horizontalCount {
                let j = key / (nx - 1), i = key % (nx - 1)
                (a, b) = ((i, j), (i + 1, j))
            } else {
                let k = key - horizontalCount
                let j = k / nx, i = k % nx
                (a, b) = ((i, j), (i, j + 1))
            }
            let va = value(a.0, a.1), vb = value(b.0, b.1)
            let t = va == vb ? 0.5 : min(1, max(0, (level - va) / (vb - va)))
            return Point(x[a.0] + t * (x[b.0] - x[a.0]), y[a.1] + t * (y[b.1] - y[a.1]))
        }
    }

    /// The segments of one cell as pairs of edge keys.
    static func cellSegments(_ g: Grid, i: Int, j: Int, level: Double) -> [(Int, Int)] {
        let v = [g.value(i, j), g.value(i + 1, j), g.value(i + 1, j + 1), g.value(i, j + 1)]
        guard v.allSatisfy(\.isFinite) else { return [] }
        // Corners counter-clockwise from bottom-left; edges: bottom, right, top, left.
        let bottom = g.horizontal(i, j), right = g.vertical(i + 1, j), top = g.horizontal(i, j + 1), left = g.vertical(i, j)
        let above = v.map { $0 >= level }
        var index = 0
        for (k, isAbove) in above.enumerated() where isAbove { index |= 1 << k }
        let centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level
        switch index {
        case 0, 15: return []
        case 1, 14: return [(left, bottom)]
        case 2, 13: return [(bottom, right)]
        case 3, 12: return [(left, right)]
        case 4, 11: return [(right, top)]
        case 6, 9: return [(bottom, top)]
        case 7, 8: return [(left, top)]
        case 5:
            // Bottom-left and top-right above.
            return centreAbove ? [(bottom, right), (top, left)] : [(left, bottom), (right, top)]
        default:
            // 10: bottom-right and top-left above.
            return centreAbove ? [(left, bottom), (right, top)] : [(bottom, right), (top, left)]
        }
    }

    /// Chains segments that share an edge crossing into polylines of edge keys.
    static func join(_ segments: [(Int, Int)]) -> [[Int]] {
        var touching: [Int: [Int]] = [:]
        for (s, (a, b)) in segments.enumerated() {
            touching[a, default: []].append(s)
            touching[b, default: []].append(s)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Int]] = []

        func walk(from start: Int, segment first: Int) -> [Int] {
            var chain = [start]
            var current = start, segment = first
            while true {
                used[segment] = true
                let (a, b) = segments[segment]
                let next = a == current ? b : a
                chain.append(next)
                guard let following = touching[next]?.first(where: { !used[$0] }) else { return chain }
                current = next
                segment = following
            }
        }

        // Open lines start at a crossing that only one segment touches.
        for (s, (a, b)) in segments.enumerated() where !used[s] {
            if touching[a]!.count == 1 { chains.append(walk(from: a, segment: s)) } else if touching[b]!.count == 1 {
                chains.append(walk(from: b, segment: s))
            }
        }
        for (s, (a, _)) in segments.enumerated() where !used[s] {
            chains.append(walk(from: a, segment: s))
        }
        return chains
    }
}
