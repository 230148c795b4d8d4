#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The part of a figure that drew a label.
public enum LabelOwner: Sendable, Hashable, CustomStringConvertible {
    /// The 2-D axes at this index of `Figure.axes` (tick labels, axis labels, title, legend, colour bar, its annotations).
    case axes(Int)
    /// The 3-D axes at this index of `Figure.axes3D`.
    case axes3D(Int)
    /// The figure annotation at this index of `Figure.annotations`.
    case annotation(Int)
    /// Slide element `i` (a text block, a diagram).
    case slide(Int)
    /// Text in the figure's overlay.
    case overlay

    public var description: String {
        switch self {
        case let .axes(i): return "axes \(i)"
        case let .axes3D(i): return "3-D axes \(i)"
        case let .annotation(i): return "annotation \(i)"
        case let .slide(i): return "slide element \(i)"
        case .overlay: return "overlay"
        }
    }
}

/// One label as drawn: the glyph runs of one piece of text joined, and the box their ink covers on screen
/// (for a rotated label, the bounding box of the turned box).
public struct PlacedLabel: Sendable, Equatable, CustomStringConvertible {
    /// The label's characters, its runs concatenated (`$y_1$` reads "y1").
    public var text: String
    public var box: Rect
    public var owner: LabelOwner

    public init(text: String, box: Rect, owner: LabelOwner) {
        self.text = text
        self.box = box
        self.owner = owner
    }

    public var description: String {
        "“\(text)” of \(owner) at x \(Self.format(box.minX))…\(Self.format(box.maxX)), y \(Self.format(box.minY))…\(Self.format(box.maxY))"
    }

    static func format(_ v: Double) -> String { String(Double((v * 10).rounded()) / 10) }
}

/// Something labels must keep clear of.
public struct LabelObstacle: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A plot area grown by its outward tick marks: a label may sit wholly inside it (an annotation, the
        /// legend, an inset's labels over the parent's data) or wholly outside, never across its edge.
        case plotArea
        /// A colour bar with its ticks: no label may touch it.
        case keepClear
        /// One tick mark, the segment between two points (a 3-D box's ticks run askew): no label may touch it.
        case tickMark(Point, Point)
    }

    public var kind: Kind
    public var box: Rect
    public var owner: LabelOwner

    public init(kind: Kind, box: Rect, owner: LabelOwner) {
        self.kind = kind
        self.box = box
        self.owner = owner
    }

    /// Whether `label` collides with this obstacle.
    public func isHit(by label: PlacedLabel) -> Bool {
        switch kind {
        case .plotArea: return label.box.intersects(box) && !box.contains(label.box)
        case .keepClear: return label.box.intersects(box)
        // A tick mark's box may have no width or height: its segment decides alone.
        case let .tickMark(a, b): return Self.segment(from: a, to: b, crosses: label.box)
        }
    }

    /// Whether the segment a→b passes through the interior of `r` (Liang–Barsky clipping).
    static func segment(from a: Point, to b: Point, crosses r: Rect) -> Bool {
        let d = b - a
        var enter = 0.0, leave = 1.0
        for (p, q) in [(-d.x, a.x - r.minX), (d.x, r.maxX - a.x), (-d.y, a.y - r.minY), (d.y, r.maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
            }
        }
        return enter < leave
    }

    /// The obstacle of one tick mark.
    public static func tickMark(from a: Point, to b: Point, owner: LabelOwner) -> LabelObstacle {
        LabelObstacle(kind: .tickMark(a, b), box: Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y)),
                      owner: owner)
    }

    public var description: String {
        let what: String
        switch kind {
        case .plotArea: what = "the plot area and ticks"
        case .keepClear: what = "the colour bar"
        case .tickMark: what = "a tick mark"
        }
        return "\(what) of \(owner) at x \(PlacedLabel.format(box.minX))…\(PlacedLabel.format(box.maxX)), "
            + "y \(PlacedLabel.format(box.minY))…\(PlacedLabel.format(box.maxY))"
    }
}

/// A collision found by `LabelLayout.problems`.
public enum LabelProblem: Sendable, Equatable, CustomStringConvertible {
    /// Two labels share ink area.
    case overlap(PlacedLabel, PlacedLabel)
    /// A label runs into a plot area's edge, a tick mark or a colour bar.
    case obstacle(PlacedLabel, LabelObstacle)
    /// A label is not wholly inside the figure.
    case outsideFigure(PlacedLabel)

    public var description: String {
        switch self {
        case let .overlap(a, b): return "\(a) overlaps \(b)"
        case let .obstacle(label, obstacle): return "\(label) runs into \(obstacle)"
        case let .outsideFigure(label): return "\(label) leaves the figure"
        }
    }
}

/// Every label of a figure with the obstacles labels must avoid, as plain data, and the check that no two
/// labels overlap, none runs into a tick or plot edge, and none leaves the figure.
/// A collision a figure lays on purpose, declared by the part that draws it; `LabelLayout.problems` leaves it out.
public enum IntendedLabelOverlap: Sendable, Equatable {
    /// A 3-D axes sets its axis labels over its own tick labels (`Axes3D.axisLabelsOverTickLabels`): two labels of
    /// this owner overlapping, one of them a tick label (a number) and the other not. Any other collision of theirs
    /// (with a tick mark, another part's label, the colour bar, the figure's edge) is still reported.
    case axisLabelsOverTickLabels(LabelOwner)

    /// Whether `problem` is this collision.
    public func accepts(_ problem: LabelProblem) -> Bool {
        switch (self, problem) {
        case let (.axisLabelsOverTickLabels(owner), .overlap(a, b)):
            return a.owner == owner && b.owner == owner && Self.isNumber(a.text) != Self.isNumber(b.text)
        default:
            return false
        }
    }

    /// Whether a label reads as a tick label's number ("−1.5", "0.00").
    static func isNumber(_ text: String) -> Bool {
        Double(String(text.map { $0 == "\u{2212}" ? "-" : $0 })) != nil
    }
}

public struct LabelLayout: Sendable, Equatable {
    /// The figure's rectangle, in pixels.
    public var bounds: Rect
    public var labels: [PlacedLabel]
    public var obstacles: [LabelObstacle]
    /// The collisions the figure lays on purpose (none unless a part declares one).
    public var intended: [IntendedLabelOverlap] = []

    public init(bounds: Rect, labels: [PlacedLabel], obstacles: [LabelObstacle] = []) {
        self.bounds = bounds
        self.labels = labels
        self.obstacles = obstacles
    }

    /// Every collision, in label order, except those `intended` accepts (e.g. a label laid on purpose over
    /// another part of the figure). Pairs are reported once, the earlier-drawn label first.
    public func problems(allowing intended: (LabelProblem) -> Bool = { _ in false }) -> [LabelProblem] {
        var found: [LabelProblem] = []
        for (i, a) in labels.enumerated() {
            if !bounds.contains(a.box) { found.append(.outsideFigure(a)) }
            for b in labels[(i + 1)...] where a.box.intersects(b.box) { found.append(.overlap(a, b)) }
            for obstacle in obstacles where obstacle.isHit(by: a) { found.append(.obstacle(a, obstacle)) }
        }
        return found.filter { problem in !intended(problem) && !self.intended.contains { $0.accepts(problem) } }
    }

    /// The labels drawn by `commands` (as `Figure.lower` emits them), measured with the `metrics` that laid
    /// them out. Consecutive glyph runs that continue one another — the next starts within −0.15…0.4 of its
    /// font size after the previous one ends, on an overlapping line — are the pieces of one math label and
    /// are joined. Text between `pushRotation` and its `popTransform` gets the bounding box of its turned box.
    public static func labels(in commands: [DrawCommand], metrics: any TextMeasuring, owner: LabelOwner) -> [PlacedLabel] {
        // Runs are joined in the frame they were laid out in (before any rotation), then the joined box is turned.
        var rotations: [(angle: Double, center: Point)] = []
        var laidOut: [(text: String, box: Rect, rotations: [(angle: Double, center: Point)])] = []
        var previous: (box: Rect, rotations: [(angle: Double, center: Point)])?
        var previousRun: (text: String, font: FontSpec, origin: Point)?
        for command in commands {
            switch command {
            case let .pushRotation(angle, center): rotations.append((angle, center))
            case .popTransform: _ = rotations.popLast()
            case let .text(s, font, origin, _):
                let e = metrics.extents(of: s, font: font)
                guard e.advance > 0 || e.ascent + e.descent > 0 else { continue }
                let box = Rect(x: origin.x, y: origin.y - e.ascent, width: e.advance, height: e.ascent + e.descent)
                defer { previousRun = (s, font, origin) }
                if let p = previous, let run = previousRun, sameRotations(p.rotations, rotations), !laidOut.isEmpty,
                   isOverprint(s, font: font, at: origin, of: run) {
                    // A bold symbol overprinted at small offsets (\pmb, see MathLayout) is one glyph of the label.
                    laidOut[laidOut.count - 1].box = laidOut[laidOut.count - 1].box.union(box)
                    previous = (previous!.box.union(box), rotations)
                    continue
                }
                if let p = previous, sameRotations(p.rotations, rotations), MathAccent.isAccentGlyph(s), !laidOut.isEmpty {
                    // An accent set over the base before it (ỹ, ž) belongs to that label; the next run continues the base.
                    laidOut[laidOut.count - 1].box = laidOut[laidOut.count - 1].box.union(box)
                    continue
                }
                if let p = previous, sameRotations(p.rotations, rotations), continues(p.box, with: box, sizePixels: font.sizePixels) {
                    laidOut[laidOut.count - 1].text += s
                    laidOut[laidOut.count - 1].box = laidOut[laidOut.count - 1].box.union(box)
                } else {
                    laidOut.append((s, box, rotations))
                }
                previous = (box, rotations)
            default: continue
            }
        }
        return laidOut.map { label in
            var box = label.box
            for r in label.rotations.reversed() { box = rotated(box, by: r.angle, about: r.center) }
            return PlacedLabel(text: label.text, box: box, owner: owner)
        }
    }

    /// Whether a run repeats the run before it on the same baseline, shifted by at most `MathLayout.poorBoldSpread`.
    static func isOverprint(_ text: String, font: FontSpec, at origin: Point, of run: (text: String, font: FontSpec, origin: Point)) -> Bool {
        text == run.text && font == run.font && origin.y == run.origin.y
            && abs(origin.x - run.origin.x) <= MathLayout.poorBoldSpread * font.sizePixels + 1e-9
    }

    /// Whether a run with box `next` carries on the run with box `previous` (same line, about where it ends).
    static func continues(_ previous: Rect, with next: Rect, sizePixels: Double) -> Bool {
        let gap = next.minX - previous.maxX
        return gap > -0.15 * sizePixels && gap < 0.4 * sizePixels && next.minY < previous.maxY && previous.minY < next.maxY
    }

    /// Whether two stacks of pending rotations are the same turns about the same centres.
    static func sameRotations(_ a: [(angle: Double, center: Point)], _ b: [(angle: Double, center: Point)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.angle == $1.angle && $0.center == $1.center }
    }

    /// The bounding box of `r` turned by `angle` (clockwise on screen, y down) about `c`.
    static func rotated(_ r: Rect, by angle: Double, about c: Point) -> Rect {
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)].map { p -> Point in
            let d = p - c
            return Point(c.x + cos(angle) * d.x - sin(angle) * d.y, c.y + sin(angle) * d.x + cos(angle) * d.y)
        }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}

extension Figure {
    /// The figure's labels, part by part, measured with `metrics` (the measurer the renderer lays out
    /// with), and its obstacles: each 2-D plot area grown by its tick marks, each colour bar with its
    /// ticks, each tick mark of a 3-D box.
    public func labelLayout(metrics: any TextMeasuring) -> LabelLayout {
        let bounds = Rect(x: 0, y: 0, width: Double(widthPixels), height: Double(heightPixels))
        let text = MathLayout(metrics: metrics, theme: theme)
        var labels: [PlacedLabel] = []
        let lowered = loweredPartsAndObstacles3D(metrics: metrics)
        for part in lowered.parts {
            let found = LabelLayout.labels(in: part.commands, metrics: metrics, owner: part.owner)
            // A slide text block (a formula with fractions and fences) places its pieces itself: it is one label,
            // the union of their boxes.
            if case let .slide(i) = part.owner, case .block = slide[i], let first = found.first {
                labels.append(PlacedLabel(text: found.map(\.text).joined(separator: " "),
                                          box: found.dropFirst().reduce(first.box) { $0.union($1.box) }, owner: part.owner))
            } else {
                labels += found
            }
        }
        var obstacles: [LabelObstacle] = []
        for (i, a) in axes.enumerated() {
            let area = AxesGeometry(a).plotArea
            obstacles.append(LabelObstacle(kind: .plotArea, box: area.insetBy(-AxesLowering.tickLength), owner: .axes(i)))
            if let spec = a.colorbar {
                let bar = ColorbarLowering(spec: spec, theme: theme, text: text, tickLabelSize: a.tickLabelSizePixels)
                obstacles.append(LabelObstacle(kind: .keepClear, box: bar.obstacle(beside: area), owner: .axes(i)))
            }
        }
        obstacles += lowered.obstacles3D
        var layout = LabelLayout(bounds: bounds, labels: labels, obstacles: obstacles)
        layout.intended = axes3D.indices.filter { axes3D[$0].axisLabelsOverTickLabels }.map { .axisLabelsOverTickLabels(.axes3D($0)) }
        return layout
    }
}
