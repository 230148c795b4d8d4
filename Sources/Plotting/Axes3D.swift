/// A 3-D plot (matplotlib `mplot3d`): lowered to the same draw commands as 2-D axes.
public struct Axes3D: Sendable, Equatable {
    /// The region given to the 3-D box and its labels, in figure pixels.
    public var frame: Rect
    public init(frame: Rect) { self.frame = frame }

    func lower(theme: Theme, text: MathLayout) -> [DrawCommand] { [] }
}
