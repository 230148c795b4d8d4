/// The lecture's data, hard-coded (docs/lecture.md §2.2, Option A).
public enum LectureData {
    /// The 24 training points Y[1…24] of the unconditional "ellipse" set, digitised from 15-1 Fig 6
    /// (±0.01; ±0.03 for the clustered left-side points), in the table's order: Y[i] is element i − 1.
    /// Y[10] = (0.184, 1.506) is the top point and Y[23] = (1.971, 0.086) the rightmost one.
    public static let ellipse24: [Point2] = [
        Point2(1.132, -1.240), Point2(-1.901, 0.620), Point2(-1.018, 1.314), Point2(1.212, -1.224),
        Point2(0.871, -1.386), Point2(1.788, 0.728), Point2(1.386, -1.111), Point2(-0.937, 1.245),
        Point2(-1.815, -0.678), Point2(0.184, 1.506), Point2(0.604, 1.453), Point2(-1.749, 0.801),
        Point2(-1.995, -0.320), Point2(-1.575, 0.922), Point2(-1.479, -1.021), Point2(1.872, -0.307),
        Point2(-1.968, 0.281), Point2(0.770, -1.355), Point2(-1.939, 0.381), Point2(1.966, 0.566),
        Point2(1.465, 1.019), Point2(-1.806, -0.620), Point2(1.971, 0.086), Point2(-1.798, 0.712),
    ]
}
