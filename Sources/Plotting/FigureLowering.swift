extension Figure {
    /// The figure as a flat list of draw commands in figure pixels, measured with `metrics`.
    public func lower(metrics: any TextMeasuring) -> [DrawCommand] {
        let bounds = Rect(x: 0, y: 0, width: Double(widthPixels), height: Double(heightPixels))
        let text = MathLayout(metrics: metrics, theme: theme)
        var commands: [DrawCommand] = [.fill(.rect(bounds), theme.figureBackground)]
        for a in axes {
            commands += AxesLowering(axes: a, theme: theme, text: text, figure: bounds).commands()
        }
        for a in axes3D {
            commands += a.lower(theme: theme, text: text)
        }
        for annotation in annotations {
            let p = Point(bounds.minX + annotation.position.x * bounds.width, bounds.maxY - annotation.position.y * bounds.height)
            commands += text.place(annotation, at: p, defaultColor: theme.foreground)
        }
        return commands + overlay
    }
}

extension MathLayout {
    /// The commands of an annotation whose anchor point is at pixel `p`.
    func place(_ annotation: Annotation, at p: Point, defaultColor: Color) -> [DrawCommand] {
        let layout = self.layout(annotation.text, sizePixels: annotation.sizePixels)
        return layout.commands(at: layout.origin(placing: annotation.anchor, at: p), color: annotation.color ?? defaultColor)
    }
}
