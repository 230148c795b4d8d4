/// Lowers 3-D marks to draw commands in painter's order: every marker and every short piece of a line is
/// a primitive with the depth of its centre, and all primitives of all marks are drawn from the farthest
/// to the nearest (ties keep their order in the marks), so nearer ones cover farther ones.
struct Mark3DLowering {
    let camera: Camera
    /// Lines are cut into pieces of this many segments so that they interleave with what passes in front.
    static let segmentsPerPiece = 4

    struct Primitive {
        var depth: Double
        var commands: [DrawCommand]
    }

    func commands(for marks: [Mark3D]) -> [DrawCommand] {
        let primitives = marks.flatMap(primitives(for:))
        return meshes(of: marks) + Self.backToFront(primitives).flatMap(\.commands)
    }

    /// The contour stacks' meshes, under every mark (matplotlib draws a wireframe as one collection, here behind the
    /// rings it is seen through).
    func meshes(of marks: [Mark3D]) -> [DrawCommand] {
        marks.compactMap { mark -> DrawCommand? in
            guard case let .contour(c) = mark, let mesh = c.mesh else { return nil }
            var path = Path()
            for (a, b) in c.meshSegments() {
                path.move(to: camera.pixel(a))
                path.line(to: camera.pixel(b))
            }
            return path.elements.isEmpty ? nil : .stroke(path, mesh.style)
        }
    }

    /// Sorts by decreasing depth; equal depths keep their input order (an explicit index tie-break, since
    /// the standard library's sort is not documented as stable). Depths are first rounded to 10⁻⁹ box
    /// units, so that rounding noise (e.g. cos 90° ≈ 6·10⁻¹⁷) cannot reorder primitives at the same depth.
    static func backToFront(_ primitives: [Primitive]) -> [Primitive] {
        let keys = primitives.map { ($0.depth * 1e9).rounded() }
        return primitives.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] > keys[b] : a < b
        }.map { primitives[$0] }
    }

    func primitives(for mark: Mark3D) -> [Primitive] {
        switch mark {
        case let .scatter(s): return scatter(s)
        case let .line(l):
            let style = StrokeStyle(color: l.color, widthPixels: l.widthPixels, dash: l.dash, lineCap: .round, lineJoin: .round)
            return polyline(l.points, style: style, split: l.dash.isEmpty)
        case let .contour(c):
            return c.lines().flatMap { level, lines in
                let style = StrokeStyle(color: c.color(of: level), widthPixels: c.widthPixels, lineCap: .round, lineJoin: .round)
                let rim = c.outline.map { StrokeStyle(color: $0, widthPixels: c.outlineWidthPixels, lineCap: .round, lineJoin: .round) }
                // A rimmed line is kept whole: rims of its pieces would notch one another at every joint.
                return lines.flatMap { polyline($0, style: style, split: rim == nil, under: rim) }
            }
        }
    }

    /// One primitive per marker; colour × alpha × the depth shade 1 − 0.7·t (t = normalised depth).
    private func scatter(_ s: Scatter3D) -> [Primitive] {
        let projected = s.points.map { $0.isFinite ? camera.project($0) : nil }
        let depths = projected.compactMap { $0?.depth }
        guard let near = depths.min(), let far = depths.max() else { return [] }
        let span = far - near
        return projected.enumerated().compactMap { k, q in
            guard let q else { return nil }
            let base = s.colors?[k] ?? s.marker.fill ?? .white
            let shade = s.depthShade && span > 0 ? 1 - 0.7 * (q.depth - near) / span : 1
            let face = base.withAlpha(base.alpha * s.alpha * shade)
            var style = s.marker
            style.fill = style.fill == nil && s.colors == nil ? nil : face
            if style.edge == nil, style.edgeWidthPixels > 0 { style.edge = face }
            return Primitive(depth: q.depth, commands: Markers.commands(style, at: q.pixel))
        }
    }

    /// The finite runs of a polyline, cut into short pieces (or kept whole when `split` is false, so that
    /// a dash pattern runs on), each with the mean depth of its vertices; a `rim` is stroked under each piece.
    private func polyline(_ points: [Point3D], style: StrokeStyle, split: Bool, under rim: StrokeStyle? = nil) -> [Primitive] {
        var runs: [[ProjectedPoint]] = [[]]
        for p in points {
            if p.isFinite { runs[runs.count - 1].append(camera.project(p)) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        var out: [Primitive] = []
        for run in runs where run.count >= 2 {
            let step = split ? Self.segmentsPerPiece : run.count - 1
            var first = 0
            while first < run.count - 1 {
                let piece = run[first...min(first + step, run.count - 1)]
                let depth = piece.map(\.depth).reduce(0, +) / Double(piece.count)
                let path = Path.polyline(piece.map(\.pixel))
                out.append(Primitive(depth: depth, commands: (rim.map { [DrawCommand.stroke(path, $0)] } ?? []) + [.stroke(path, style)]))
                first += step
            }
        }
        return out
    }
}
