/// matplotlib's constrained layout for 2-D axes: each axes gets a cell of the figure, its decorations (tick
/// labels, axis labels, title, colour bar with its labels, annotations outside the plot) are measured with the
/// renderer's text measurer, and the plot area is what is left of the cell once they have room.
///
/// A cell is the room the builder's own placement gives the axes with its decorations, kept inside the figure,
/// apart from the other axes' cells and clear of the figure's other text (annotations, slide blocks, 3-D axes).
/// An inset (an axes whose plot area lies inside another's) keeps its place relative to its parent's plot area. A 3-D
/// axes is fitted with its labels into its frame (`Axes3D.fitToFrame`).
extension Figure {
    /// The space kept free around each cell's ink, in layout units: matplotlib's `w_pad`/`h_pad` of 3/72 in.
    public static let layoutPad = 300.0 / 72

    /// The figure with every 2-D axes re-framed inside its cell; `passes` measure-and-place rounds (tick labels
    /// change with the plot area, so a second round settles them, as matplotlib's two).
    /// With `columns`, the axes are laid out as a grid of at most that many columns whatever the builder's placement
    /// (panels that do not fit side by side wrap into rows).
    public func constrained(metrics: any TextMeasuring, passes: Int = 2, columns: Int? = nil) -> Figure {
        constrainedLayout(metrics: metrics, passes: passes, columns: columns).figure
    }

    /// The constrained figure and the share of its cell each top-level plot got: the smallest over the plots of the
    /// plot area's width or height (the larger) over the cell's (1 without 2-D axes).
    func constrainedLayout(metrics: any TextMeasuring, passes: Int = 2, columns: Int? = nil) -> (figure: Figure, plotShare: Double) {
        // A 3-D box placed as the builder chose (its labels free to spill) is fitted to its frame with its labels instead.
        var base = self
        for i in base.axes3D.indices { base.axes3D[i].fitToFrame = true }
        guard !axes.isEmpty else { return (base, 1) }
        let bounds = Rect(x: 0, y: 0, width: Double(widthPixels), height: Double(heightPixels))
        let text = MathLayout(metrics: metrics, theme: theme)
        let measured = axes.map { AxesDecorations(axes: $0, theme: theme, text: text, metrics: metrics, figure: bounds) }
        let parents = axes.indices.map { i in
            axes.indices.first { j in
                j != i && axes[i].frame.width >= 1 && axes[i].frame.height >= 1
                    && measured[j].plotArea.contains(measured[i].plotArea) && measured[j].plotArea != measured[i].plotArea
            }
        }
        let topLevel = axes.indices.filter { parents[$0] == nil }
        var cells = [Int: Rect]()
        for i in topLevel { cells[i] = measured[i].ink.clipped(to: bounds) }
        Self.separate(&cells, order: topLevel)
        // A placement with no room at this size (a frame of no width, fixed offsets larger than the figure) gives no
        // cell to start from: the axes then share the figure as a grid, in the rows and order the builder gave them.
        let grid = columns != nil || topLevel.contains { i in
            axes[i].frame.width < 1 || axes[i].frame.height < 1 || cells[i].map { $0.width < 1 || $0.height < 1 } ?? true
        }
        if grid { cells = Self.gridCells(topLevel.map { ($0, axes[$0].frame) }, in: bounds, columns: columns) }
        for obstacle in base.otherText(metrics: metrics) {
            for i in topLevel {
                guard let cell = cells[i], cell.intersects(obstacle), !measured[i].plotArea.contains(obstacle) else { continue }
                cells[i] = cell.avoiding(obstacle)
            }
        }
        var f = base
        for i in topLevel {
            guard let cell = cells[i]?.insetBy(Self.layoutPad) else { continue }
            var a = axes[i]
            // In a grid the builder's frame says nothing about the room: measure from the cell itself.
            if grid { a.frame = cell }
            for _ in 0..<passes {
                let d = AxesDecorations(axes: a, theme: theme, text: text, metrics: metrics, figure: bounds)
                let target = Rect(x: cell.minX + d.left, y: cell.minY + d.top, width: cell.width - d.left - d.right,
                                  height: cell.height - d.top - d.bottom)
                // Margins that leave no plot (matplotlib's "axes sizes collapsed to zero") keep the last placement.
                guard target.width >= 1, target.height >= 1, target != a.frame else { break }
                // The plot area is the frame (with equal aspect, the largest area of the data's shape centred in it).
                a.frame = target
            }
            f.axes[i] = a
        }
        var share = 1.0
        for i in topLevel {
            guard let cell = cells[i], cell.width > 0, cell.height > 0 else { continue }
            let area = AxesGeometry(f.axes[i]).plotArea
            share = min(share, max(area.width / cell.width, area.height / cell.height))
        }
        // Insets follow their parent's plot area.
        for i in axes.indices {
            guard let p = parents[i] else { continue }
            let old = measured[p].plotArea, new = AxesGeometry(f.axes[p]).plotArea
            let sx = new.width / old.width, sy = new.height / old.height
            let frame = axes[i].frame
            f.axes[i].frame = Rect(x: new.minX + (frame.minX - old.minX) * sx, y: new.minY + (frame.minY - old.minY) * sy,
                                   width: frame.width * sx, height: frame.height * sy)
        }
        return (f, share)
    }

    /// The boxes of the text that belongs to no 2-D axes: figure annotations, slide elements, 3-D axes, the overlay.
    func otherText(metrics: any TextMeasuring) -> [Rect] {
        loweredParts(metrics: metrics).flatMap { part -> [Rect] in
            if case .axes = part.owner { return [] }
            return LabelLayout.labels(in: part.commands, metrics: metrics, owner: part.owner).map(\.box)
        }
    }

    /// The cells of a grid over `bounds`: frames starting at about the same height form a row (rows top to bottom),
    /// each row an equal share of the height and each of its frames, left to right, an equal share of the width.
    /// With `columns`, the frames in reading order fill rows of that many instead.
    static func gridCells(_ frames: [(index: Int, frame: Rect)], in bounds: Rect, columns: Int? = nil) -> [Int: Rect] {
        var rows: [[(index: Int, frame: Rect)]] = []
        for item in frames.sorted(by: { ($0.frame.minY, $0.frame.minX) < ($1.frame.minY, $1.frame.minX) }) {
            if let last = rows.last?.first, abs(last.frame.minY - item.frame.minY) < 1 { rows[rows.count - 1].append(item) } else { rows.append([item]) }
        }
        if let columns, columns > 0 {
            let ordered = rows.flatMap { $0.sorted { $0.frame.minX < $1.frame.minX } }
            rows = stride(from: 0, to: ordered.count, by: columns).map { Array(ordered[$0..<min(ordered.count, $0 + columns)]) }
        }
        var cells: [Int: Rect] = [:]
        let rowHeight = bounds.height / Double(rows.count)
        for (r, row) in rows.enumerated() {
            let width = bounds.width / Double(row.count)
            for (c, item) in row.sorted(by: { $0.frame.minX < $1.frame.minX }).enumerated() {
                cells[item.index] = Rect(x: bounds.minX + Double(c) * width, y: bounds.minY + Double(r) * rowHeight, width: width, height: rowHeight)
            }
        }
        return cells
    }

    /// Cells that overlap are cut apart along the middle of their overlap, across its shorter side.
    static func separate(_ cells: inout [Int: Rect], order: [Int]) {
        for (k, i) in order.enumerated() {
            for j in order[(k + 1)...] {
                guard var a = cells[i], var b = cells[j], a.intersects(b) else { continue }
                let o = a.intersection(b)
                if o.width <= o.height {
                    let mid = o.center.x
                    if a.center.x <= b.center.x { a = a.with(maxX: mid); b = b.with(minX: mid) } else { a = a.with(minX: mid); b = b.with(maxX: mid) }
                } else {
                    let mid = o.center.y
                    if a.center.y <= b.center.y { a = a.with(maxY: mid); b = b.with(minY: mid) } else { a = a.with(minY: mid); b = b.with(maxY: mid) }
                }
                cells[i] = a
                cells[j] = b
            }
        }
    }
}

/// How far an axes' ink reaches beyond its plot area, measured from its lowering.
struct AxesDecorations {
    var plotArea: Rect
    /// The plot area with its ticks, every label the axes draws and its colour bar.
    var ink: Rect

    init(axes: Axes, theme: Theme, text: MathLayout, metrics: any TextMeasuring, figure: Rect) {
        // Only text reaches outside the plot: the axes is measured with its limits fixed and without the marks that
        // stay inside (data, heatmaps) or the legend (kept inside its plot), which costs most of a lowering.
        var bare = axes
        let geometry = AxesGeometry(axes)
        bare.xLimits = geometry.xLimits
        bare.yLimits = geometry.yLimits
        bare.marks = axes.marks.filter { if case .annotation = $0 { return true } else { return false } }
        bare.legend = nil
        let lowering = AxesLowering(axes: bare, theme: theme, text: text, figure: figure)
        plotArea = lowering.geometry.plotArea
        var ink = plotArea.insetBy(-AxesLowering.tickLength)
        for label in LabelLayout.labels(in: lowering.commands(), metrics: metrics, owner: .axes(0)) { ink = ink.union(label.box) }
        if let spec = axes.colorbar {
            ink = ink.union(ColorbarLowering(spec: spec, theme: theme, text: text, tickLabelSize: axes.tickLabelSizePixels).obstacle(beside: plotArea))
        }
        self.ink = ink
    }

    var left: Double { plotArea.minX - ink.minX }
    var right: Double { ink.maxX - plotArea.maxX }
    var top: Double { plotArea.minY - ink.minY }
    var bottom: Double { ink.maxY - plotArea.maxY }
}

extension Rect {
    /// The part of this rectangle inside `other` (empty, at the nearer corner, when they are apart).
    func intersection(_ other: Rect) -> Rect {
        let x0 = max(minX, other.minX), y0 = max(minY, other.minY)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: max(0, x1 - x0), height: max(0, y1 - y0))
    }

    func clipped(to other: Rect) -> Rect { intersection(other) }

    func with(minX v: Double) -> Rect { Rect(x: v, y: y, width: maxX - v, height: height) }
    func with(maxX v: Double) -> Rect { Rect(x: x, y: y, width: v - minX, height: height) }
    func with(minY v: Double) -> Rect { Rect(x: x, y: v, width: width, height: maxY - v) }
    func with(maxY v: Double) -> Rect { Rect(x: x, y: y, width: width, height: v - minY) }

    /// The largest of the four parts of this rectangle on one side of `obstacle`.
    func avoiding(_ obstacle: Rect) -> Rect {
        let options = [with(maxX: max(minX, obstacle.minX)), with(minX: min(maxX, obstacle.maxX)),
                       with(maxY: max(minY, obstacle.minY)), with(minY: min(maxY, obstacle.maxY))]
        return options.max { $0.width * $0.height < $1.width * $1.height }!
    }
}
