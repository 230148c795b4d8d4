/// A point in figure pixels (origin top-left, y down) or in data units, depending on context.
public struct Point: Sendable, Equatable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public static func + (a: Point, b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }
    public static func - (a: Point, b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }
    public static func * (a: Point, s: Double) -> Point { Point(a.x * s, a.y * s) }
    public var length: Double { (x * x + y * y).squareRoot() }
}

/// An axis-aligned rectangle in figure pixels.
public struct Rect: Sendable, Equatable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var maxX: Double { x + width }
    public var minY: Double { y }
    public var maxY: Double { y + height }
    public var center: Point { Point(x + width / 2, y + height / 2) }

    /// Whether the two rectangles share interior area.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `inner` lies wholly inside this rectangle (edges may touch).
    public func contains(_ inner: Rect) -> Bool {
        minX <= inner.minX && inner.maxX <= maxX && minY <= inner.minY && inner.maxY <= maxY
    }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }

    /// Grows (or shrinks, for negative values) every side by `d`.
    public func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d)
    }
}

/// One element of a vector path.
public enum PathElement: Sendable, Equatable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    /// A circular arc about `center` from `startAngle` to `endAngle` (radians, increasing angle, y down).
    case arc(center: Point, radius: Double, startAngle: Double, endAngle: Double)
    case close
}

/// A vector path in figure pixels.
public struct Path: Sendable, Equatable {
    public var elements: [PathElement]
    public init(_ elements: [PathElement] = []) { self.elements = elements }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func close() { elements.append(.close) }

    /// A polyline (open) through `points`.
    public static func polyline(_ points: [Point]) -> Path {
        var path = Path()
        for (i, p) in points.enumerated() {
            if i == 0 { path.move(to: p) } else { path.line(to: p) }
        }
        return path
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        path.close()
        return path
    }

    /// A rectangle.
    public static func rect(_ r: Rect) -> Path {
        polygon([Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)])
    }

    /// A full circle.
    public static func circle(center: Point, radius: Double) -> Path {
        Path([.move(Point(center.x + radius, center.y)),
              .arc(center: center, radius: radius, startAngle: 0, endAngle: 2 * Double.pi), .close])
    }

    /// A rectangle with rounded corners of radius `r`.
    public static func roundedRect(_ rect: Rect, radius r: Double) -> Path {
        let r = min(r, rect.width / 2, rect.height / 2)
        let h = Double.pi / 2
        return Path([
            .move(Point(rect.minX + r, rect.minY)),
            .arc(center: Point(rect.maxX - r, rect.minY + r), radius: r, startAngle: -h, endAngle: 0),
            .arc(center: Point(rect.maxX - r, rect.maxY - r), radius: r, startAngle: 0, endAngle: h),
            .arc(center: Point(rect.minX + r, rect.maxY - r), radius: r, startAngle: h, endAngle: 2 * h),
            .arc(center: Point(rect.minX + r, rect.minY + r), radius: r, startAngle: 2 * h, endAngle: 3 * h),
            .close,
        ])
    }
}
