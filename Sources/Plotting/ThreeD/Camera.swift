#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An orthographic camera on a 3-D box, set up as matplotlib's `mplot3d` does (with `focal_length = inf`).
///
/// Data are first mapped to *box coordinates* centred on the box: for axis i with limits [loᵢ, hiᵢ] and
/// box aspect aᵢ, bᵢ = ((dᵢ − loᵢ)/(hiᵢ − loᵢ) − ½)·aᵢ. The viewer looks from the direction
///
///     n = (cos e·cos a, cos e·sin a, sin e)      (e = elevation, a = azimuth)
///
/// with screen axes u = (−sin a, cos a, 0) (right; `normalize(ẑ × n)` for |e| < 90°) and v = n × u (up).
/// A box point b lands at pixel (cₓ + s·u·b, c_y − s·v·b) — the y-flip lives here — and its depth is
/// −n·b (larger is farther). At e = 90° this is the top view: x to the right, y up for a = −90°.
///
/// With a `viewerDistance` D (box units from the centre, matplotlib's `dist` = 10 box sides before 3.6) the
/// projection is perspective: the offsets u·b and v·b are scaled by D / (D − n·b), so nearer parts look larger.
public struct Camera: Sendable, Equatable {
    /// Degrees above the x–y plane (matplotlib `elev`, default 30).
    public var elevationDegrees: Double
    /// Degrees about the z axis (matplotlib `azim`, default −60).
    public var azimuthDegrees: Double
    /// The data limits mapped to the box (without the panes' padding).
    public var xLimits: ClosedRange<Double>
    public var yLimits: ClosedRange<Double>
    public var zLimits: ClosedRange<Double>
    /// Box side lengths in box units (matplotlib's default 4 : 4 : 3).
    public var boxAspect: Point3D
    /// The pixel where the centre of the box lands.
    public var center: Point
    /// Pixels per box unit.
    public var pixelsPerUnit: Double
    /// The viewer's distance from the box centre in box units; nil is orthographic.
    public var viewerDistance: Double?
    /// Extra horizontal scale: matplotlib before 3.3 stretched the projected box to its axes' rectangle.
    public var horizontalStretch: Double = 1

    public init(elevationDegrees: Double = 30, azimuthDegrees: Double = -60, xLimits: ClosedRange<Double>,
                yLimits: ClosedRange<Double>, zLimits: ClosedRange<Double>, boxAspect: Point3D = Point3D(4, 4, 3),
                center: Point, pixelsPerUnit: Double, viewerDistance: Double? = nil) {
        self.viewerDistance = viewerDistance
        self.elevationDegrees = elevationDegrees
        self.azimuthDegrees = azimuthDegrees
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.zLimits = zLimits
        self.boxAspect = boxAspect
        self.center = center
        self.pixelsPerUnit = pixelsPerUnit
    }

    /// The limits of axis `i` (0 = x, 1 = y, 2 = z).
    public func limits(axis i: Int) -> ClosedRange<Double> { i == 0 ? xLimits : (i == 1 ? yLimits : zLimits) }

    private var radians: (elevation: Double, azimuth: Double) {
        (elevationDegrees * Double.pi / 180, azimuthDegrees * Double.pi / 180)
    }

    /// n: the unit vector from the box centre toward the viewer.
    public var towardViewer: Point3D {
        let (e, a) = radians
        return Point3D(cos(e) * cos(a), cos(e) * sin(a), sin(e))
    }

    /// u: the box direction that points right on screen.
    public var screenRight: Point3D {
        let a = radians.azimuth
        return Point3D(-sin(a), cos(a), 0)
    }

    /// v = n × u: the box direction that points up on screen.
    public var screenUp: Point3D { towardViewer.cross(screenRight) }

    /// Data → centred box coordinates.
    public func boxCoordinates(_ p: Point3D) -> Point3D {
        func map(_ value: Double, _ limits: ClosedRange<Double>, _ aspect: Double) -> Double {
            let span = limits.upperBound - limits.lowerBound
            return ((span > 0 ? (value - limits.lowerBound) / span : 0.5) - 0.5) * aspect
        }
        return Point3D(map(p.x, xLimits, boxAspect.x), map(p.y, yLimits, boxAspect.y), map(p.z, zLimits, boxAspect.z))
    }

    /// The pixel and depth of a point given in centred box coordinates.
    public func project(box b: Point3D) -> ProjectedPoint {
        let depth = -towardViewer.dot(b)
        let k = viewerDistance.map { $0 / max($0 + depth, 1e-9) } ?? 1
        return ProjectedPoint(pixel: Point(center.x + horizontalStretch * k * pixelsPerUnit * screenRight.dot(b), center.y - k * pixelsPerUnit * screenUp.dot(b)),
                              depth: depth)
    }

    /// The pixel and depth of a data point.
    public func project(_ p: Point3D) -> ProjectedPoint { project(box: boxCoordinates(p)) }

    /// The pixel of a data point.
    public func pixel(_ p: Point3D) -> Point { project(p).pixel }
}
