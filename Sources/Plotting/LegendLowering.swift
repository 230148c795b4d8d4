/// matplotlib's legend: entries from labelled marks, a rounded semi-transparent box, `loc` placement,
/// columns filled top to bottom. Spacings are matplotlib's defaults in font-size units.
struct LegendLowering {
    let spec: LegendSpec
    let theme: Theme
    let text: MathLayout
    let area: Rect
    /// Whether the legend lies over a plot (a framed axes), whose data it should not hide; a frameless axes holding
    /// only a legend (a legend beside the plots) may be filled by it.
    var overPlot = true

    struct Entry {
        var handle: (Point) -> [DrawCommand]
        var label: TextLayout
    }

    func entries(for marks: [Mark]) -> [Entry] {
        let s = spec.fontSizePixels
        let handleLength = spec.handleLength * s
        var entries: [Entry] = []
        for mark in marks {
            switch mark {
            case let .scatter(scatter):
                guard let label = scatter.label else { continue }
                var style = scatter.marker
                style.sizePixels *= spec.markerScale
                if let colors = scatter.colors, !colors.isEmpty { style.fill = colors[colors.count * 3 / 4] }
                entries.append(Entry(handle: { c in Markers.commands(style, at: Point(c.x + handleLength / 2, c.y)) },
                                     label: text.layout(label, sizePixels: s)))
            case let .line(line):
                guard let label = line.label else { continue }
                entries.append(Entry(handle: { c in
                    var out: [DrawCommand] = []
                    if line.widthPixels > 0 {
                        out.append(.stroke(.polyline([c, Point(c.x + handleLength, c.y)]),
                                           StrokeStyle(color: line.color, widthPixels: line.widthPixels * theme.lineScale, dash: line.dash)))
                    }
                    if let marker = line.marker { out += Markers.commands(marker, at: Point(c.x + handleLength / 2, c.y)) }
                    return out
                }, label: text.layout(label, sizePixels: s)))
            default:
                continue
            }
        }
        return entries
    }

    /// The most of its plot's area a legend may cover: a larger one (a small figure) is set in smaller text.
    static let maximumAreaShare = 0.3

    /// Whether `box` lies inside the plot and covers at most `maximumAreaShare` of it.
    func suits(_ box: Rect) -> Bool {
        area.contains(box) && (!overPlot || box.width * box.height <= Self.maximumAreaShare * area.width * area.height)
    }

    /// The legend's commands. A legend that would stick out of its axes is set in fewer columns, then, like one that
    /// would cover too much of the plot, in smaller text (a legend that suits its plot is drawn as its spec says).
    func commands(for marks: [Mark]) -> [DrawCommand] {
        guard !entries(for: marks).isEmpty else { return [] }
        let asIs = drawn(for: marks)
        guard !suits(asIs.box) else { return asIs.commands }
        var spec = self.spec
        var attempt = asIs
        while spec.columns > 1, !area.contains(attempt.box) {
            spec.columns -= 1
            attempt = LegendLowering(spec: spec, theme: theme, text: text, area: area, overPlot: overPlot).drawn(for: marks)
        }
        guard !suits(attempt.box) else { return attempt.commands }
        // Its size grows with the font: shrink the font by the box's excess, then by steps while it still does not suit.
        let box = attempt.box
        let k = min(area.width / box.width, area.height / box.height,
                    overPlot ? (Self.maximumAreaShare * area.width * area.height / (box.width * box.height)).squareRoot() : 1)
        spec.fontSizePixels *= min(1, k)
        for _ in 0..<8 {
            attempt = LegendLowering(spec: spec, theme: theme, text: text, area: area, overPlot: overPlot).drawn(for: marks)
            if suits(attempt.box) { break }
            spec.fontSizePixels *= 0.9
        }
        return attempt.commands
    }

    /// The legend as its spec says, and its box (an empty box at the plot's corner when no mark has a label).
    func drawn(for marks: [Mark]) -> (commands: [DrawCommand], box: Rect) {
        let entries = entries(for: marks)
        guard !entries.isEmpty else { return ([], Rect(x: area.minX, y: area.minY, width: 0, height: 0)) }
        let s = spec.fontSizePixels
        let handleLength = spec.handleLength * s, handlePad = spec.handlePad * s, borderPad = spec.borderPad * s, labelSpacing = spec.labelSpacing * s
        var columnSpacing = spec.columnSpacing * s
        let axesPad = 0.5 * s
        let asked = max(1, min(spec.columns, entries.count))
        let rowsPerColumn = (entries.count + asked - 1) / asked
        // Columns are filled top to bottom, so six entries asked into five columns fill three (matplotlib does the same).
        let columns = (entries.count + rowsPerColumn - 1) / rowsPerColumn
        let rowHeight = max(entries.map { $0.label.height }.max()!, 0.7 * s)
        var columnWidths: [Double] = []
        for c in 0..<columns {
            let items = entries[(c * rowsPerColumn)..<min(entries.count, (c + 1) * rowsPerColumn)]
            columnWidths.append(handleLength + handlePad + (items.map { $0.label.width }.max() ?? 0))
        }
        var width = columnWidths.reduce(0, +) + columnSpacing * Double(columns - 1) + 2 * borderPad
        if spec.expand, columns > 1 {
            // mode="expand": the box spans the axes (less its pads) and the spare width goes between the columns.
            let full = area.width - 2 * (spec.expandPad ?? 0.15) * s   // matplotlib's expand fills the axes less a thin pad
            columnSpacing = max(columnSpacing, (full - columnWidths.reduce(0, +) - 2 * borderPad) / Double(columns - 1))
            width = max(width, full)
        }
        let height = Double(rowsPerColumn) * rowHeight + Double(rowsPerColumn - 1) * labelSpacing + 2 * borderPad
        let box = place(width: width, height: height, pad: axesPad)
        var out: [DrawCommand] = [
            .fill(.roundedRect(box, radius: 0.2 * s), theme.legendFill),
            .stroke(.roundedRect(box, radius: 0.2 * s), StrokeStyle(color: theme.legendEdge, widthPixels: spec.edgeWidthPixels ?? theme.legendEdgeWidth)),
        ]
        let sharedAscent = entries.map(\.label.ascent).max()!, sharedDescent = entries.map(\.label.descent).max()!
        var x = box.minX + borderPad
        for c in 0..<columns {
            for r in 0..<rowsPerColumn {
                let index = c * rowsPerColumn + r
                guard index < entries.count else { break }
                let centerY = box.minY + borderPad + Double(r) * (rowHeight + labelSpacing) + rowHeight / 2
                let label = entries[index].label
                let origin = spec.sharedBaseline
                    ? Point(x + handleLength + handlePad, centerY + (sharedAscent - sharedDescent) / 2)
                    : label.origin(placing: TextAnchor(.left, .center), at: Point(x + handleLength + handlePad, centerY))
                out += entries[index].handle(Point(x, spec.handleAboveBaseline.map { origin.y - $0 * s } ?? centerY - spec.handleRaise * s))
                for command in label.commands(at: origin, color: theme.foreground) {
                    out.append(command)
                    // Each run's copy follows it, as MathLayout's overprinted symbols do (one glyph to the label layout).
                    guard spec.labelOverprint > 0, case let .text(text, font, at, color) = command else { continue }
                    out.append(.text(text, font: font, origin: Point(at.x + min(spec.labelOverprint, MathLayout.poorBoldSpread) * s, at.y),
                                     color: color))
                }
            }
            x += columnWidths[c] + columnSpacing
        }
        return (out, box)
    }

    func place(width: Double, height: Double, pad: Double) -> Rect {
        let left = area.minX + pad, right = area.maxX - pad - width, center = area.center.x - width / 2
        let top = area.minY + pad, bottom = area.maxY - pad - height, middle = area.center.y - height / 2
        let (x, y): (Double, Double)
        switch spec.location {
        case .upperRight: (x, y) = (right, top)
        case .upperLeft: (x, y) = (left, top)
        case .lowerLeft: (x, y) = (left, bottom)
        case .lowerRight: (x, y) = (right, bottom)
        case .upperCenter: (x, y) = (center, top)
        case .lowerCenter: (x, y) = (center, bottom)
        case .centerRight: (x, y) = (right, middle)
        }
        return Rect(x: x, y: y, width: width, height: height)
    }
}
