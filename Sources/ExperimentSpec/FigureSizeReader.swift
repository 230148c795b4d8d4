/// The physical size of a figure: `size` and `dpi`.
///
/// Builders lay a figure out in units of 1/100 inch (a pixel at the course's 100 dpi); the canvas has
/// width·dpi/100 × height·dpi/100 pixels. `size` is `{"width", "height"}` in pixels at 100 dpi (integers; the
/// default, `"unit": "px"`) or in inches with `"unit": "in"` (multiples of 0.01 in). `dpi` scales the raster only.
enum FigureSizeReader {
    static let defaultWidth = 1000, defaultHeight = 620
    static let minDPI = 10.0, maxDPI = 1200.0

    /// Width and height in layout units (1/100 in), and the dpi (nil when not given: 100). Issues go to the log.
    static func read(_ reader: ObjectReader) -> (width: Int, height: Int, dpi: Double?) {
        var width = defaultWidth, height = defaultHeight
        if let size = reader.object("size") {
            let unit = size.string("unit", default: "px", oneOf: ["px", "in"]) ?? "px"
            let lo = Double(ExperimentFile.minPixels), hi = Double(ExperimentFile.maxPixels)
            if let given = size.value("unit"), given != .string(unit) {
                // A bad unit is reported once; the lengths cannot be checked without it.
                _ = size.value("width")
                _ = size.value("height")
            } else if unit == "in" {
                width = inches(size, "width", default: width, .range(lo / 100, hi / 100))
                height = inches(size, "height", default: height, .range(lo / 100, hi / 100))
            } else {
                width = size.integer("width", default: width, .range(lo, hi)) ?? width
                height = size.integer("height", default: height, .range(lo, hi)) ?? height
            }
            size.finish()
        }
        let dpi = reader.number("dpi", .range(minDPI, maxDPI))
        if let dpi {
            let canvas = (canvasPixels(width, dpi: dpi), canvasPixels(height, dpi: dpi))
            if max(canvas.0, canvas.1) > ExperimentFile.maxPixels {
                reader.log.add(reader.childPath("dpi"), "\(formatted(Double(width) / 100)) × \(formatted(Double(height) / 100)) in at \(formatted(dpi)) dpi is a \(canvas.0) × \(canvas.1) pixel canvas; each side must be ≤ \(ExperimentFile.maxPixels) pixels")
            }
        }
        // 100 dpi is the default: stored as nil, so that writing it out does not change the spec's hash.
        return (width, height, dpi == 100 ? nil : dpi)
    }

    /// A length in inches, as layout units; it must be a whole number of 1/100 in.
    private static func inches(_ size: ObjectReader, _ key: String, default fallback: Int, _ check: NumberCheck) -> Int {
        guard let value = size.number(key, check) else { return fallback }
        let units = (value * 100).rounded()
        guard abs(value * 100 - units) < 1e-6 else {
            size.log.add(size.childPath(key), "must be a multiple of 0.01 in (the layout unit), got \(formatted(value))")
            return fallback
        }
        return Int(units)
    }

    /// The pixels of a canvas side of `units` layout units at `dpi`.
    static func canvasPixels(_ units: Int, dpi: Double) -> Int { Int((Double(units) * dpi / 100).rounded()) }

    private static func formatted(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
}
