#if canImport(Glibc)
import Glibc
#endif
import Plotting

private func cosine(_ x: Double) -> Double { cos(x) }
private func sine(_ x: Double) -> Double { sin(x) }

/// Helpers shared by the plotting tests: the text runs and bounding boxes of draw commands.
package enum Inspect {
    package static func texts(_ commands: [DrawCommand]) -> [(text: String, font: FontSpec, origin: Point, color: Color)] {
        commands.compactMap {
            if case let .text(s, font, origin, color) = $0 { return (s, font, origin, color) }
            return nil
        }
    }

    package static func fills(_ commands: [DrawCommand]) -> [(path: Path, color: Color)] {
        commands.compactMap {
            if case let .fill(path, color) = $0 { return (path, color) }
            return nil
        }
    }

    package static func strokes(_ commands: [DrawCommand]) -> [(path: Path, style: StrokeStyle)] {
        commands.compactMap {
            if case let .stroke(path, style) = $0 { return (path, style) }
            return nil
        }
    }

    package static func images(_ commands: [DrawCommand]) -> [(image: RasterImage, rect: Rect)] {
        commands.compactMap {
            if case let .image(image, rect, _) = $0 { return (image, rect) }
            return nil
        }
    }

    /// A short name per command kind, for asserting the shape of a lowering.
    package static func kinds(_ commands: [DrawCommand]) -> [String] {
        commands.map {
            switch $0 {
            case .fill: return "fill"
            case .stroke: return "stroke"
            case .image: return "image"
            case .text: return "text"
            case .pushClip: return "pushClip"
            case .popClip: return "popClip"
            case .pushRotation: return "pushRotation"
            case .popTransform: return "popTransform"
            }
        }
    }

    /// The end points of a path's elements (arcs contribute their bounding square).
    package static func points(_ path: Path) -> [Point] {
        path.elements.flatMap { element -> [Point] in
            switch element {
            case let .move(p), let .line(p): return [p]
            case let .curve(a, b, c): return [a, b, c]
            case let .arc(center, r, _, _): return [Point(center.x - r, center.y - r), Point(center.x + r, center.y + r)]
            case .close: return []
            }
        }
    }

    /// The bounding box of a path (control points included).
    package static func bounds(_ path: Path) -> Rect {
        let ps = points(path)
        let x0 = ps.map(\.x).min()!, x1 = ps.map(\.x).max()!, y0 = ps.map(\.y).min()!, y1 = ps.map(\.y).max()!
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The on-screen box of every text command, following rotations (the bounding box of the turned box).
    package static func textBoxes(_ commands: [DrawCommand], metrics: any TextMeasuring) -> [(text: String, size: Double, box: Rect)] {
        var rotations: [(Double, Point)] = []
        var out: [(text: String, size: Double, box: Rect)] = []
        for command in commands {
            switch command {
            case let .pushRotation(angle, center): rotations.append((angle, center))
            case .popTransform: _ = rotations.popLast()
            case let .text(s, font, origin, _):
                var box = Self.box(s, font: font, origin: origin, metrics: metrics)
                for (angle, c) in rotations.reversed() { box = rotated(box, by: angle, about: c) }
                out.append((s, font.sizePixels, box))
            default: continue
            }
        }
        return out
    }

    /// The bounding box of `r` turned by `angle` (clockwise on screen, y down) about `c`.
    package static func rotated(_ r: Rect, by angle: Double, about c: Point) -> Rect {
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)].map { p -> Point in
            let d = p - c
            let (cs, sn) = (cosine(angle), sine(angle))
            return Point(c.x + cs * d.x - sn * d.y, c.y + sn * d.x + cs * d.y)
        }
        return bounds(Path.polygon(corners))
    }

    /// The box of a text command as `metrics` measures it.
    package static func box(_ text: String, font: FontSpec, origin: Point, metrics: any TextMeasuring) -> Rect {
        let e = metrics.extents(of: text, font: font)
        return Rect(x: origin.x, y: origin.y - e.ascent, width: e.advance, height: e.ascent + e.descent)
    }
}
