/// Text set smaller when a figure is too small for its labels: every font size of a figure (tick labels, axis
/// labels, titles, legends, annotations, slide text) times one factor, with the spacings measured in font sizes
/// (legend pads, label gaps) following. Diagrams scale with their frame already and keep their text.
extension Figure {
    /// The figure with every font size multiplied by `factor` (0 < factor ≤ 1 in use).
    public func scalingText(by factor: Double) -> Figure {
        guard factor != 1 else { return self }
        var f = self
        f.axes = axes.map { $0.scalingText(by: factor) }
        f.axes3D = axes3D.map { $0.scalingText(by: factor) }
        f.annotations = annotations.map { $0.scalingText(by: factor) }
        f.slide = slide.map { element in
            guard case let .block(block, at, anchor, maxWidth) = element else { return element }
            return .block(block.scaled(by: factor), at: at, anchor: anchor, maxWidth: maxWidth)
        }
        return f
    }
}

extension Axes {
    func scalingText(by factor: Double) -> Axes {
        var a = self
        a.tickLabelSizePixels *= factor
        a.axisLabelSizePixels *= factor
        a.titleSizePixels *= factor
        a.legend?.fontSizePixels *= factor
        a.marks = marks.map { mark in
            guard case let .annotation(annotation) = mark else { return mark }
            return .annotation(annotation.scalingText(by: factor))
        }
        return a
    }
}

extension Axes3D {
    func scalingText(by factor: Double) -> Axes3D {
        var a = self
        a.tickLabelSizePixels *= factor
        a.axisLabelSizePixels *= factor
        return a
    }
}

extension Annotation {
    func scalingText(by factor: Double) -> Annotation {
        var a = self
        a.sizePixels *= factor
        return a
    }
}
