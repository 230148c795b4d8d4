import Dispatch

/// Monotonic wall-clock timing for the in-process benchmarks, and the median of repeated measurements.
public enum Stopwatch {
    /// The wall-clock seconds `body` takes (monotonic clock), with its result.
    public static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }

    /// Runs `body` `repetitions` times (at least once) and returns the median wall-clock seconds.
    /// The median, not the mean or the minimum: one preempted repetition on a shared machine should move it little.
    public static func medianSeconds(repetitions: Int, _ body: () -> Void) -> Double {
        median((0..<max(1, repetitions)).map { _ in time(body).seconds })
    }

    /// The median of `values` (the mean of the middle two for an even count); 0 for none.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
