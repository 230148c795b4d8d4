extension Figure {
    /// The figure as a flat list of draw commands in figure pixels, measured with `metrics`.
    public func lower(metrics: any TextMeasuring) -> [DrawCommand] {
        let bounds = Rect(x: 0, y: 0, width: Double(widthPixels), height: Double(heightPixels))
        return [.fill(.rect(bounds), theme.figureBackground)] + loweredParts(metrics: metrics).flatMap(\.commands)
    }

    /// The figure's commands after its background, part by part in drawing order: each 2-D axes, each 3-D
    /// axes, each annotation, each slide element, then the overlay. `lower` concatenates them; the label check reads them apart
    /// to know which axes drew which label.
    func loweredParts(metrics: any TextMeasuring) -> [(owner: LabelOwner, commands: [DrawCommand])] {
        loweredPartsAndObstacles3D(metrics: metrics).parts
    }

    /// `loweredParts` and what labels must keep clear of in the 3-D axes, from one fitting of each box.
    func loweredPartsAndObstacles3D(metrics: any TextMeasuring) -> (parts: [(owner: LabelOwner, commands: [DrawCommand])], obstacles3D: [LabelObstacle]) {
        let bounds = Rect(x: 0, y: 0, width: Double(widthPixels), height: Double(heightPixels))
        let text = MathLayout(metrics: metrics, theme: theme)
        var parts: [(owner: LabelOwner, commands: [DrawCommand])] = []
        var obstacles3D: [LabelObstacle] = []
        for (i, a) in axes.enumerated() {
            parts.append((.axes(i), AxesLowering(axes: a, theme: theme, text: text, figure: bounds).commands()))
        }
        for (i, a) in axes3D.enumerated() {
            let lowered = a.lowered(theme: theme, text: text, owner: .axes3D(i))
            parts.append((.axes3D(i), lowered.commands))
            obstacles3D += lowered.obstacles
        }
        for (i, annotation) in annotations.enumerated() {
            let p = Point(bounds.minX + annotation.position.x * bounds.width, bounds.maxY - annotation.position.y * bounds.height)
            parts.append((.annotation(i), text.place(annotation, at: p, defaultColor: theme.foreground)))
        }
        for (i, element) in slide.enumerated() {
            parts.append((.slide(i), element.commands(in: bounds, text: text, foreground: theme.foreground)))
        }
        parts.append((.overlay, overlay))
        return (parts, obstacles3D)
    }
}

extension MathLayout {
    /// The commands of an annotation whose anchor point is at pixel `p`.
    func place(_ annotation: Annotation, at p: Point, defaultColor: Color) -> [DrawCommand] {
        let layout = self.layout(annotation.text, sizePixels: annotation.sizePixels)
        return layout.commands(at: layout.origin(placing: annotation.anchor, at: p), color: annotation.color ?? defaultColor)
    }
}
