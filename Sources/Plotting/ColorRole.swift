/// A named colour of a style sheet: what a builder asks for instead of a colour literal. The raw values are the
/// names a spec's `plot.style.colors` uses (docs/experiments.md, "Style").
public enum ColorRole: String, CaseIterable, Sendable, Codable {
    // The figure's chrome.
    /// The figure's page.
    case background
    /// The inside of an axes (2-D plot area, 3-D panes).
    case pane
    /// Text, tick labels, axis labels and slide words.
    case foreground
    /// The axes' frame and the colour bar's outline.
    case frame
    /// The frame of the small panels (15-1 Fig 4's grid of energies, the soft-argmin inset).
    case panelFrame
    case grid
    /// The lines along y₁ = 0 and y₂ = 0.
    case zeroLine
    case legendFace
    case legendEdge
    /// Dark ink over colour maps and bright marks: marker edges, gradient arrows, arrow outlines.
    case edge
    /// Light ink over colour maps: arrows and thin crosses drawn on a heatmap (15-2 Fig 7's forces, y̌ crosses).
    case arrow
    /// A line drawn for comparison only (the untrained manifold beside the trained ones).
    case muted
    /// A reference curve drawn over a heat map (the true horn the model is compared with): light ink, like `arrow`.
    case reference
    /// The legend swatch of a scatter coloured by a colour map (matplotlib's "b").
    case legendSwatch
    /// The faint mesh of y′ (15-1 Figs 8–9).
    case meshPoint
    /// Words of a diagram drawn in the slide's own text colour (15-1 Fig 3's "Decoder": light grey on the dark slide).
    case slideWord

    // The lecture's symbols (docs/lecture.md §1.6).
    /// Training points y.
    case data
    /// Manifold points ỹ = g(z) and the manifold line.
    case manifold
    /// The query point y′.
    case query
    /// The latent z, its start z̃ and g(z̃).
    case latent
    /// The minimising latent ž and g(ž).
    case minimum
    /// The energy E and its curves.
    case energy
    /// The horn's input x.
    case input
    /// The inverse temperature β in formulas.
    case beta
    /// The free energy F in formulas.
    case freeEnergy
    /// The decoder box of the computation graph.
    case decoder
    /// The predictor box of the computation graph.
    case predictor
    /// β in the free-energy formula over 15-2 Fig 8 (khaki on the slide, where Figs 3–5's β labels are `beta`'s pale
    /// yellow).
    case freeEnergyBeta
}
