import Plotting

/// 15-1 Fig 3: the energy computation graph z → Decoder → ỹ → E ← y, with y below E as on the slide.
struct ComputationGraphFigure {
    let context: ExperimentContext

    func build() -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let graph = ComputationGraphDiagram(conditional: false, showsEnergy: true)
        // The layout's extent is the slide's whole canvas, margins included.
        let frame = Rect(x: 0, y: 0, width: Double(e.widthPixels), height: Double(e.heightPixels))
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels, theme: sheet,
                                           slide: [.diagram(graph.diagram(frame: frame, theme: sheet))]),
                            data: graph.sidecar)
    }
}
