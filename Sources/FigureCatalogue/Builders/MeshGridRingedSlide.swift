import Plotting

/// 15-1 Fig 9's tick labels and y̌ edges: its slide, a smaller capture than Fig 8's, sets them larger for its canvas. At the slide's
/// 432 px width its digits stand 6 px tall and "0.5" 9 px wide, where the y-plane default's stood 5 and 8.
extension MeshGridFigure {
    static let ringedTickLabelScale = 1.25
    /// Its y̌ markers' dark edges, in pixels at 1000 px width: thinner than Fig 8's 0.5, as the slide's overlapping y̌
    /// blend with only soft dark seams where at 0.5 they drew a crisp ring round every marker of the stack.
    static let ringedCheckEdgeWidth = 0.3

    /// Sets `axes`' tick labels at the ringed slide's size.
    static func useRingedTickLabels(_ axes: inout Axes) {
        axes.tickLabelSizePixels *= ringedTickLabelScale
    }
}
