/// A vertical colour bar: the map as one smooth image, an outline, ticks and labels on the right, and
/// the triangular end for `extend='max'` (5 % of the bar length, matplotlib's `extendfrac`).
struct ColorbarLowering {
    let spec: ColorbarSpec
    let theme: Theme
    let text: MathLayout
    /// The axes' tick label size; the bar's labels are `spec.tickLabelScale` times it (`labelSize`).
    let tickLabelSize: Double
    /// The tick labels' text, when it differs from `text` (a 2-D axes' `tickText`).
    var tickText: MathLayout? = nil

    /// The size the bar's tick labels are set at.
    var labelSize: Double { tickLabelSize * spec.tickLabelScale }

    /// Length of the tick marks right of the bar, in pixels.
    static let tickLength = 4.5

    /// The bar's rectangle (without the extension) beside `area`.
    func barRect(beside area: Rect) -> Rect {
        let extensionLength = spec.extendMax ? 0.05 * area.height : 0
        return Rect(x: area.maxX + spec.gapPixels, y: area.minY + extensionLength, width: spec.widthPixels,
                    height: area.height - extensionLength)
    }

    /// What labels must keep clear of: the bar with its `extend='max'` end and its tick marks (inside the bar when
    /// `ticksInward`).
    func obstacle(beside area: Rect) -> Rect {
        let bar = barRect(beside: area)
        return Rect(x: bar.minX, y: area.minY, width: bar.width + (spec.ticksInward ? 0 : Self.tickLength), height: area.height)
    }

    func commands(beside area: Rect) -> [DrawCommand] {
        let bar = barRect(beside: area)
        let n = spec.colorMap.entries.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(n * 4)
        for color in spec.colorMap.entries.reversed() {
            bytes += [channel(color.red), channel(color.green), channel(color.blue), 255]
        }
        var out: [DrawCommand] = [.image(RasterImage(width: 1, height: n, rgba: bytes), rect: bar, smooth: false)]
        var outline = [Point(bar.minX, bar.maxY), Point(bar.minX, bar.minY)]
        if spec.extendMax {
            let apex = Point(bar.center.x, area.minY)
            out.append(.fill(.polygon([Point(bar.minX, bar.minY), apex, Point(bar.maxX, bar.minY)]), spec.colorMap.entries[n - 1]))
            outline.append(apex)
        }
        outline += [Point(bar.maxX, bar.minY), Point(bar.maxX, bar.maxY)]
        out.append(.stroke(.polygon(outline), StrokeStyle(color: theme.frameColor, widthPixels: 1)))
        let scale = LinearScale.vertical(lower: spec.vmin, upper: spec.vmax, in: bar)
        let fitted = TickFitting.fit(spec.ticks, lower: spec.vmin, upper: spec.vmax, sizePixels: labelSize, position: scale.pixel,
                                     extent: { (tickText ?? text).layout($0, sizePixels: labelSize).height })
        var ticks = Path()
        var labelRight = bar.maxX
        for (v, label) in zip(fitted.values, fitted.labels) {
            let y = scale.pixel(v)
            ticks.move(to: Point(bar.maxX, y))
            ticks.line(to: Point(spec.ticksInward ? bar.maxX - Self.tickLength : bar.maxX + Self.tickLength, y))
            guard let label else { continue }
            let layout = (tickText ?? text).layout(label, sizePixels: labelSize)
            let origin = layout.origin(placing: TextAnchor(.left, .center), at: Point(bar.maxX + spec.tickLabelPadPixels, y))
            out += layout.commands(at: origin, color: theme.foreground)
            labelRight = max(labelRight, origin.x + layout.width)
        }
        if !ticks.elements.isEmpty { out.append(.stroke(ticks, StrokeStyle(color: spec.tickColor ?? theme.frameColor, widthPixels: 1))) }
        if let label = spec.label {
            let layout = text.layout(label, sizePixels: labelSize * 1.4)
            out += layout.commands(at: layout.origin(placing: TextAnchor(.left, .center), at: Point(labelRight + 10, bar.center.y)),
                                   color: theme.foreground)
        }
        return out
    }
}
