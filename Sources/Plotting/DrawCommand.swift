/// How a stroked path looks.
public struct StrokeStyle: Sendable, Equatable {
    public var color: Color
    public var widthPixels: Double
    /// On/off lengths in pixels; empty for a solid line.
    public var dash: [Double]
    /// How far into the dash pattern the line starts, in pixels (Cairo's dash offset).
    public var dashOffset: Double = 0
    public var lineCap: LineCap
    public var lineJoin: LineJoin

    public enum LineCap: Sendable, Equatable { case butt, round, square }
    public enum LineJoin: Sendable, Equatable { case miter, round, bevel }

    public init(color: Color, widthPixels: Double, dash: [Double] = [], dashOffset: Double = 0, lineCap: LineCap = .butt,
                lineJoin: LineJoin = .round) {
        self.color = color
        self.widthPixels = widthPixels
        self.dash = dash
        self.dashOffset = dashOffset
        self.lineCap = lineCap
        self.lineJoin = lineJoin
    }
}

/// A font as the renderer selects it: a family name, slant, weight and size in pixels.
public struct FontSpec: Sendable, Equatable, Hashable {
    public var family: String
    public var italic: Bool
    public var bold: Bool
    public var sizePixels: Double

    public init(family: String, italic: Bool = false, bold: Bool = false, sizePixels: Double) {
        self.family = family
        self.italic = italic
        self.bold = bold
        self.sizePixels = sizePixels
    }

    public func sized(_ size: Double) -> FontSpec {
        FontSpec(family: family, italic: italic, bold: bold, sizePixels: size)
    }
}

/// An RGBA bitmap with straight alpha, 8 bits per channel, rows top to bottom.
public struct RasterImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// `width·height·4` bytes: r, g, b, a per pixel.
    public var rgba: [UInt8]

    public init(width: Int, height: Int, rgba: [UInt8]) {
        precondition(rgba.count == width * height * 4)
        self.width = width
        self.height = height
        self.rgba = rgba
    }
}

/// One primitive the renderer replays. A figure lowers to a flat list of these; the renderer needs
/// nothing else (fill, stroke, image, text, clipping).
public enum DrawCommand: Sendable, Equatable {
    case fill(Path, Color)
    case stroke(Path, StrokeStyle)
    /// A bitmap drawn into `rect`, nearest-neighbour (crisp cells) when `smooth` is false.
    case image(RasterImage, rect: Rect, smooth: Bool)
    /// A run of text in one font, `origin` at the left end of the baseline.
    case text(String, font: FontSpec, origin: Point, color: Color)
    case pushClip(Rect)
    case popClip
    /// Rotates everything up to the matching `popTransform` by `radians` (clockwise on screen) about `center`.
    case pushRotation(radians: Double, center: Point)
    case popTransform
}
