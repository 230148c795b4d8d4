import EBMCore

/// How fast the conditional horn model trains: optimiser steps (and samples) per second on one core.
///
/// One step is one mini-batch: for every sample, F∞ over the 48-value latent grid, its gradient through the
/// MLP [1, 8, 8, 2], then one Adam update. Batch-16 steps therefore cost about 16× batch-1 steps.
public struct HornTrainingThroughput: Sendable, Codable {
    /// "reliable" (Adam lr 0.01, batch 16, 30 epochs: the figures' recipe) or "lecture" (batch 1, one epoch).
    public var recipe: String
    public var samples: Int
    public var batchSize: Int
    public var steps: Int
    /// Median seconds of one whole training run.
    public var seconds: Double
    public var stepsPerSecond: Double
    /// Samples through forward, backward and update per second (steps/s × batch size, roughly).
    public var samplesPerSecond: Double

    /// Trains a fresh model (seed 1) on 1000 horn samples (seed 7) with `schedule`, `repetitions` times
    /// after one unmeasured run, and reports the median.
    public static func measure(recipe: String, schedule: TrainingSchedule, sampleCount: Int = 1000,
                               repetitions: Int = 3) -> HornTrainingThroughput {
        var generator = SeededGenerator(seed: 7)
        let data = sampleHorn(count: sampleCount, using: &generator)
        var steps = 0
        func once() {
            var model = HornModel(seed: 1)
            steps = trainHorn(&model, data: data, schedule: schedule).count
        }
        once()
        let seconds = Stopwatch.medianSeconds(repetitions: repetitions, once)
        let visited = Double(sampleCount * schedule.epochs)
        return HornTrainingThroughput(recipe: recipe, samples: sampleCount, batchSize: schedule.batchSize, steps: steps,
                                      seconds: seconds, stepsPerSecond: Double(steps) / seconds,
                                      samplesPerSecond: visited / seconds)
    }
}
