/// Lowers one `Axes` to draw commands: background, grid, marks (clipped), frame, ticks, labels, legend,
/// colour bar — in that order, so later pieces sit on top.
struct AxesLowering {
    let axes: Axes
    let theme: Theme
    let text: MathLayout
    let figure: Rect
    let geometry: AxesGeometry

    /// Length of the outward tick marks, in pixels.
    static let tickLength = 5.5

    init(axes: Axes, theme: Theme, text: MathLayout, figure: Rect) {
        self.axes = axes
        self.theme = theme
        self.text = text
        self.figure = figure
        geometry = AxesGeometry(axes)
    }

    func commands() -> [DrawCommand] {
        let area = geometry.plotArea
        var out: [DrawCommand] = [.fill(.rect(area), theme.axesBackground), .pushClip(area)]
        let ticks = fittedTicks()
        let xTicks = ticks.x.values, yTicks = ticks.y.values
        let marks = MarkLowering(geometry: geometry, theme: theme, text: text, figure: figure)
        // Heatmaps are opaque: draw them under the grid so the grid stays visible.
        for case let .heatmap(h) in axes.marks { out += marks.commands(for: .heatmap(h)) }
        if axes.grid { out += gridLines(xTicks: xTicks, yTicks: yTicks) }
        if axes.zeroLines { out += zeroLines() }
        for mark in axes.marks {
            switch mark {
            case .heatmap, .annotation: continue
            default: out += marks.commands(for: mark)
            }
        }
        out.append(.popClip)
        // Annotations may sit outside the plot area (panel labels, keys), so they are not clipped.
        for case let .annotation(a) in axes.marks { out += marks.commands(for: .annotation(a)) }
        if axes.showFrame {
            out.append(.stroke(.rect(area), StrokeStyle(color: axes.frameColor ?? theme.frameColor, widthPixels: axes.frameWidth ?? theme.frameWidth)))
        }
        let tickLabelBoxes = tickMarksAndLabels(x: ticks.x, y: ticks.y, into: &out)
        out += axisLabels(below: tickLabelBoxes.bottom, leftOf: tickLabelBoxes.left)
        if let legend = axes.legend {
            out += LegendLowering(spec: legend, theme: theme, text: text, area: area, overPlot: axes.showFrame).commands(for: axes.marks)
        }
        if let colorbar = axes.colorbar {
            out += ColorbarLowering(spec: colorbar, theme: theme, text: text, tickLabelSize: axes.tickLabelSizePixels, tickText: tickText)
                .commands(beside: area)
        }
        return out
    }

    /// The ticks of both axes, fewer or with thinned labels where the labels would touch (see `TickFitting`).
    func fittedTicks() -> (x: FittedTicks, y: FittedTicks) {
        let size = axes.tickLabelSizePixels
        let text = tickText
        let x = TickFitting.fit(axes.xTicks, lower: geometry.xLimits.lowerBound, upper: geometry.xLimits.upperBound, sizePixels: size,
                                position: geometry.xScale.pixel, extent: { text.layout($0, sizePixels: size).width })
        let y = TickFitting.fit(axes.yTicks, lower: geometry.yLimits.lowerBound, upper: geometry.yLimits.upperBound, sizePixels: size,
                                position: geometry.yScale.pixel, extent: { text.layout($0, sizePixels: size).height })
        return (x, y)
    }

    /// The tick labels' text: the style sheet's `tickLabelFace` for their digits and signs.
    var tickText: MathLayout { text.withUprightFace(theme.tickLabelFace) }

    private func gridLines(xTicks: [Double], yTicks: [Double]) -> [DrawCommand] {
        let area = geometry.plotArea
        // A hairline grid, snapped to the centre of a layout unit (a pixel at 100 dpi) so that it stays one crisp
        // pixel instead of two half-grey rows, as matplotlib's Agg snaps it.
        let style = StrokeStyle(color: theme.gridColor, widthPixels: axes.gridWidthPixels ?? theme.gridWidth,
                                dash: axes.gridDash ?? theme.gridDash)
        func snap(_ v: Double) -> Double { v.rounded(.down) + 0.5 }
        var path = Path()
        for x in xTicks {
            let px = snap(geometry.xScale.pixel(x))
            path.move(to: Point(px, area.minY))
            path.line(to: Point(px, area.maxY))
        }
        for y in yTicks {
            let py = snap(geometry.yScale.pixel(y))
            path.move(to: Point(area.minX, py))
            path.line(to: Point(area.maxX, py))
        }
        return path.elements.isEmpty ? [] : [.stroke(path, style)]
    }

    private func zeroLines() -> [DrawCommand] {
        let area = geometry.plotArea
        var path = Path()
        if geometry.xLimits.contains(0) {
            let px = geometry.xScale.pixel(0)
            path.move(to: Point(px, area.minY))
            path.line(to: Point(px, area.maxY))
        }
        if geometry.yLimits.contains(0) {
            let py = geometry.yScale.pixel(0)
            path.move(to: Point(area.minX, py))
            path.line(to: Point(area.maxX, py))
        }
        return path.elements.isEmpty ? [] : [.stroke(path, StrokeStyle(color: theme.zeroLineColor, widthPixels: axes.zeroLineWidthPixels ?? theme.zeroLineWidth))]
    }

    /// Tick marks and their labels; returns the lowest y of the x labels and the leftmost x of the y labels.
    private func tickMarksAndLabels(x xTicks: FittedTicks, y yTicks: FittedTicks, into out: inout [DrawCommand]) -> (bottom: Double, left: Double) {
        let area = geometry.plotArea
        let tickLength = Self.tickLength
        let pad = 4.0
        var path = Path()
        var bottom = area.maxY, left = area.minX
        let size = axes.tickLabelSizePixels
        let text = tickText
        // The lecture's line plots point their ticks into the plot (xtick/ytick.direction: in), its heat map out of it;
        // outward ticks push their labels out by their length.
        let inward = axes.ticksOutward ? -1.0 : 1.0
        let outerReach = axes.ticksOutward ? tickLength : 0
        for (x, label) in zip(xTicks.values, xTicks.labels) {
            let px = geometry.xScale.pixel(x)
            path.move(to: Point(px, area.maxY))
            path.line(to: Point(px, area.maxY - inward * tickLength))
            guard axes.showTickLabels, axes.showXTickLabels, let label else { continue }
            let layout = text.layout(label, sizePixels: size)
            let origin = layout.origin(placing: TextAnchor(.center, .top), at: Point(px, area.maxY + outerReach + pad + 2))
            out += layout.commands(at: origin, color: theme.foreground)
            bottom = max(bottom, origin.y + layout.descent)
        }
        for (y, label) in zip(yTicks.values, yTicks.labels) {
            let py = geometry.yScale.pixel(y)
            path.move(to: Point(area.minX, py))
            path.line(to: Point(area.minX + inward * tickLength, py))
            guard axes.showTickLabels, let label else { continue }
            let layout = text.layout(label, sizePixels: size)
            let origin = layout.origin(placing: TextAnchor(.right, .center), at: Point(area.minX - outerReach - pad - 2, py))
            out += layout.commands(at: origin, color: theme.foreground)
            left = min(left, origin.x)
        }
        if !path.elements.isEmpty {
            out.append(.stroke(path, StrokeStyle(color: axes.frameColor ?? theme.foreground, widthPixels: 1.5)))
        }
        return (bottom, left)
    }

    /// The x label under the tick labels, the y label left of them (upright, or along the axis when `yLabelRotated`), the title above.
    private func axisLabels(below bottom: Double, leftOf left: Double) -> [DrawCommand] {
        let area = geometry.plotArea
        var out: [DrawCommand] = []
        let size = axes.axisLabelSizePixels
        if let label = axes.xLabel {
            let layout = text.layout(label, sizePixels: size)
            out += layout.commands(at: layout.origin(placing: TextAnchor(.center, .top), at: Point(area.center.x, bottom + (axes.xLabelPad ?? 0.42) * size)),
                                   color: theme.foreground)
        }
        if let label = axes.yLabel {
            let size = axes.yLabelSizePixels ?? size
            let layout = text.layout(label, sizePixels: size)
            if axes.yLabelRotated {
                // Laid out horizontally centred on its anchor, then turned a quarter turn about that anchor.
                let anchor = Point(left - 0.1 * size - layout.height / 2, area.center.y)
                out.append(.pushRotation(radians: -Double.pi / 2, center: anchor))
                out += layout.commands(at: layout.origin(placing: .center, at: anchor), color: theme.foreground)
                out.append(.popTransform)
            } else {
                out += layout.commands(at: layout.origin(placing: TextAnchor(.right, .center), at: Point(left - 0.3 * size, area.center.y)),
                                       color: theme.foreground)
            }
        }
        if let title = axes.title {
            let layout = text.layout(title, sizePixels: axes.titleSizePixels)
            // Half the title's size above the plot, and never closer than the tick marks reach (small text).
            let gap = max(0.5 * axes.titleSizePixels, Self.tickLength + 1)
            out += layout.commands(at: layout.origin(placing: TextAnchor(.center, .bottom), at: Point(area.center.x, area.minY - gap)),
                                   color: theme.foreground)
        }
        return out
    }
}
