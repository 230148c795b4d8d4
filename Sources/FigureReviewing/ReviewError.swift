/// A failure of the figure review, naming where it happened (a file, a git revision, a directory).
public struct ReviewError: Error, CustomStringConvertible, Equatable {
    /// The thing that failed: a path, `git show REV:figures`, …
    public var place: String
    public var message: String

    public init(_ place: String, _ message: String) {
        self.place = place
        self.message = message
    }

    public var description: String { "\(place): \(message)" }
}
