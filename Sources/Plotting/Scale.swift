/// A linear map from a data interval to a pixel interval. The y-flip of every plot lives here:
/// a y scale maps `lower` to the bottom pixel and `upper` to the top one.
public struct LinearScale: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var pixelStart: Double
    public var pixelEnd: Double

    public init(lower: Double, upper: Double, pixelStart: Double, pixelEnd: Double) {
        self.lower = lower
        self.upper = upper
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }

    /// The x scale of a plot area: lower → left edge, upper → right edge.
    public static func horizontal(lower: Double, upper: Double, in rect: Rect) -> LinearScale {
        LinearScale(lower: lower, upper: upper, pixelStart: rect.minX, pixelEnd: rect.maxX)
    }

    /// The y scale of a plot area: lower → bottom edge, upper → top edge (pixels grow downward).
    public static func vertical(lower: Double, upper: Double, in rect: Rect) -> LinearScale {
        LinearScale(lower: lower, upper: upper, pixelStart: rect.maxY, pixelEnd: rect.minY)
    }

    /// pixel = start + (v − lower)/(upper − lower)·(end − start).
    public func pixel(_ value: Double) -> Double {
        pixelStart + (value - lower) / (upper - lower) * (pixelEnd - pixelStart)
    }

    /// The inverse map.
    public func value(atPixel p: Double) -> Double {
        lower + (p - pixelStart) / (pixelEnd - pixelStart) * (upper - lower)
    }

    /// Pixels per data unit (absolute).
    public var pixelsPerUnit: Double { abs(pixelEnd - pixelStart) / (upper - lower) }
}
