extension ContourBathtubFigure {
    /// The key beside the bathtub's colour bar ("F∞ ≥ 1", "F∞ = 0.5", "F∞ = 0"), as the slide sets it (measured on the
    /// 1781 × 823 slide): its F 50 px tall (55 at 0.1 of the height), each F in its level's colour, the middle one the
    /// colour map's light grey (221, 220, 220) as the slide's, not white; the subscript ∞ bold (448 pixels of ink on
    /// the slide, 333 in the regular weight), 50 × 24 px, starting 13 px after F's ink and reaching 12 px below F's
    /// baseline (1 px and 18 px before); the key's F at 81.1 % of the width. Its rows stand `drop` of the height below
    /// the bar's top, middle and bottom, as the slide's do (their ink 40–102, 365–427 and 682–744 px; ours were 5–10 px
    /// higher).
    enum Key {
        static let size = 0.091
        static let subscriptSize = 0.74
        static let subscriptKern = 0.16
        static let subscriptDrop = 0.16
        static let left = 0.8084
        static let drop = 0.0075
    }
}
