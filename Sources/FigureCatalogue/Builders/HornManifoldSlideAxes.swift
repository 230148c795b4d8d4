import Plotting

/// 15-2 Fig 10's axes as its slide sets them: the untrained manifold is drawn on fixed ranges rather than autoscaled
/// ones, y₁ over ±0.5 with ticks every 0.2 (the slide's run to ±0.4, its axis on about half a step past them) and y₂
/// over ±0.0785 with ticks every 0.02 (the slide's ±0.06 ticks stand 0.76 of the axis apart). Only the axes change: the
/// model's points are the same.
extension HornManifoldFigure {
    static let untrainedSlideLimits = (y1: -0.5...0.45, y2: -0.077...0.077)
    static let untrainedSlideTicks = (y1: TickRule.step(0.2), y2: TickRule.step(0.02))

    /// Puts `axes` on the untrained slide's ranges and ticks.
    static func useUntrainedSlideAxes(_ axes: inout Axes3D) {
        axes.yLimits = untrainedSlideLimits.y1
        axes.zLimits = untrainedSlideLimits.y2
        axes.yTicks = untrainedSlideTicks.y1
        axes.zTicks = untrainedSlideTicks.y2
    }
}
