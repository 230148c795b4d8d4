import Plotting

/// 15-1 Fig 3: the energy computation graph z → Decoder → ỹ → E ← y, with y below E as on the slide.
struct ComputationGraphFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let theme = e.theme.theme
        let graph = ComputationGraphDiagram(conditional: false, showsEnergy: true)
        let margin = 0.03 * Double(min(e.widthPixels, e.heightPixels))
        let frame = Rect(x: margin, y: margin, width: Double(e.widthPixels) - 2 * margin, height: Double(e.heightPixels) - 2 * margin)
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: theme,
                                           slide: [.diagram(graph.diagram(frame: frame, theme: theme))]),
                            data: graph.sidecar)
    }
}
