/// A point in 3-D data units (or normalised box units, depending on context).
public struct Point3D: Sendable, Equatable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var z: Double

    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The coordinate along axis `i` (0 = x, 1 = y, 2 = z).
    public subscript(axis i: Int) -> Double {
        get { i == 0 ? x : (i == 1 ? y : z) }
        set {
            switch i {
            case 0: x = newValue
            case 1: y = newValue
            default: z = newValue
            }
        }
    }

    public static func + (a: Point3D, b: Point3D) -> Point3D { Point3D(a.x + b.x, a.y + b.y, a.z + b.z) }
    public static func - (a: Point3D, b: Point3D) -> Point3D { Point3D(a.x - b.x, a.y - b.y, a.z - b.z) }
    public static func * (a: Point3D, s: Double) -> Point3D { Point3D(a.x * s, a.y * s, a.z * s) }

    /// The dot product a·b.
    public func dot(_ b: Point3D) -> Double { x * b.x + y * b.y + z * b.z }

    /// The cross product a × b.
    public func cross(_ b: Point3D) -> Point3D {
        Point3D(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x)
    }

    public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }
}

/// A 3-D point after projection: its pixel position and its depth (distance behind the centre of the
/// box along the line of sight, in box units: larger is farther from the viewer).
public struct ProjectedPoint: Sendable, Equatable {
    public var pixel: Point
    public var depth: Double

    public init(pixel: Point, depth: Double) {
        self.pixel = pixel
        self.depth = depth
    }
}
