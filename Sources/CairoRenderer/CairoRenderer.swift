import CCairo
import Plotting

/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case png, svg, pdf
}

/// A rendering failure reported by cairo.
public struct RenderError: Error, CustomStringConvertible {
    public var description: String
}

/// Replays draw commands into PNG, SVG or PDF bytes with cairo. The output depends only on the
/// commands and the metadata: explicit font options, renumbered SVG ids, no timestamps.
public enum CairoRenderer {
    /// Renders `commands`, laid out on a `width × height` canvas of layout units (1/100 inch; see `Figure`), at
    /// `dpi`: the PNG has `width·dpi/100 × height·dpi/100` pixels (`Figure.canvasPixels`) and a `pHYs` chunk, the
    /// PDF page is `width/100 × height/100` inches (72 points an inch), the SVG's width and height are the same
    /// size in points over a viewBox of the layout units. At 100 dpi a layout unit is a pixel. `metadata` goes into
    /// every format: PNG `iTXt` chunks (all entries), the SVG's `<title>` and `<desc>` (the `Title` and
    /// `Description` entries) and `<metadata>` (all), the PDF's document information (`Title`, `Description` as
    /// the subject, `Software` as the creator, the other entries as keywords). See `FileMetadata` for the keys.
    /// `svgText` chooses how an SVG carries its text (`SVGTextMode`); the other formats ignore it.
    public static func render(_ commands: [DrawCommand], width: Int, height: Int, dpi: Double = 100, format: OutputFormat,
                              metadata: [(String, String)] = [], svgText: SVGTextMode = .outlines,
                              pngWriter: PNGWriter = .figures) throws -> [UInt8] {
        let sink = ByteSink()
        let opaqueSink = Unmanaged.passUnretained(sink).toOpaque()
        let surface: OpaquePointer
        // Device units per layout unit: pixels (PNG), SVG user units (the viewBox is the layout), PDF points.
        var scale = 1.0
        switch format {
        case .png:
            scale = dpi / 100
            surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(Figure.canvasPixels(width, dpi: dpi)),
                                                 Int32(Figure.canvasPixels(height, dpi: dpi)))
        case .svg:
            surface = cairo_svg_surface_create_for_stream(writeToSink, opaqueSink, Double(width), Double(height))
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        case .pdf:
            scale = pointsPerLayoutUnit
            surface = cairo_pdf_surface_create_for_stream(writeToSink, opaqueSink, Double(width) * scale, Double(height) * scale)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "")
            FileMetadata.applyToPDF(metadata, surface: surface)
        }
        let cr = cairo_create(surface)!
        applyDeterministicFontOptions(cr)
        if scale != 1 { cairo_scale(cr, scale, scale) }
        let texts = format == .svg && svgText == .text ? SVGTextElements() : nil
        replay(commands, on: cr, vector: format != .png, texts: texts)
        let status = cairo_status(cr)
        cairo_destroy(cr)
        var png: [UInt8] = []
        var encodeError: Error?
        if format == .png, status == CAIRO_STATUS_SUCCESS, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS {
            do { png = try PNGEncoder.encode(surface, dpi: dpi, writer: pngWriter) } catch { encodeError = error }
        }
        cairo_surface_finish(surface)
        let surfaceStatus = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS, surfaceStatus == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "cairo: " + String(cString: cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surfaceStatus)))
        }
        if let encodeError { throw encodeError }
        switch format {
        case .png: return PNGText.insert(metadata, into: png)
        case .svg:
            let svg = SVGPostprocess.canonical(String(decoding: sink.bytes, as: UTF8.self), metadata: metadata)
            return Array(SVGPostprocess.physicalSize(texts?.insert(into: svg) ?? svg, width: width, height: height).utf8)
        case .pdf: return sink.bytes
        }
    }

    /// PostScript points per layout unit: 72 points an inch, 100 layout units an inch.
    static let pointsPerLayoutUnit = 0.72

    /// Replays `commands`; with `texts`, text goes there instead of to cairo.
    static func replay(_ commands: [DrawCommand], on cr: OpaquePointer, vector: Bool, texts: SVGTextElements? = nil) {
        for command in commands {
            switch command {
            case let .fill(path, color):
                append(path, to: cr)
                setColor(color, on: cr)
                cairo_fill(cr)
            case let .stroke(path, style):
                append(path, to: cr)
                setColor(style.color, on: cr)
                cairo_set_line_width(cr, style.widthPixels)
                style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), style.dashOffset) }
                cairo_set_line_cap(cr, style.lineCap == .round ? CAIRO_LINE_CAP_ROUND : style.lineCap == .square ? CAIRO_LINE_CAP_SQUARE : CAIRO_LINE_CAP_BUTT)
                cairo_set_line_join(cr, style.lineJoin == .round ? CAIRO_LINE_JOIN_ROUND : style.lineJoin == .bevel ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_MITER)
                cairo_stroke(cr)
            case let .image(image, rect, smooth):
                drawImage(image, in: rect, smooth: smooth, vector: vector, on: cr)
            case let .text(string, font, origin, color):
                if let texts {
                    texts.add(string, font: font, origin: origin, color: color)
                    continue
                }
                select(font, on: cr)
                setColor(color, on: cr)
                cairo_move_to(cr, origin.x, origin.y)
                cairo_show_text(cr, string)
                cairo_new_path(cr)
            case let .pushClip(rect):
                texts?.pushClip()
                cairo_save(cr)
                cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
                cairo_clip(cr)
            case .popClip, .popTransform:
                texts?.pop()
                cairo_restore(cr)
            case let .pushRotation(radians, center):
                texts?.pushRotation(radians: radians, center: center)
                cairo_save(cr)
                cairo_translate(cr, center.x, center.y)
                cairo_rotate(cr, radians)
                cairo_translate(cr, -center.x, -center.y)
            }
        }
    }

    /// Draws a straight-alpha RGBA bitmap into `rect`. Vector outputs get the bitmap upscaled by an integer
    /// factor first: SVG viewers smooth embedded images, and crisp cells must stay crisp.
    static func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool, vector: Bool, on cr: OpaquePointer) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0 else { return }
        var factor = 1
        if vector, !smooth {
            let wanted = Int((max(rect.width / Double(image.width), rect.height / Double(image.height))).rounded(.up))
            factor = max(1, min(wanted, 2048 / max(image.width, image.height)))
        }
        let w = image.width * factor, h = image.height * factor
        let bitmap = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))!
        let stride = Int(cairo_image_surface_get_stride(bitmap))
        let data = cairo_image_surface_get_data(bitmap)!
        for y in 0..<h {
            let row = data + y * stride
            for x in 0..<w {
                let i = ((y / factor) * image.width + x / factor) * 4
                let a = UInt32(image.rgba[i + 3])
                let premultiply = { (c: UInt8) -> UInt32 in (UInt32(c) * a + 127) / 255 }
                let pixel = (a << 24) | (premultiply(image.rgba[i]) << 16) | (premultiply(image.rgba[i + 1]) << 8) | premultiply(image.rgba[i + 2])
                (row + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee = pixel }
            }
        }
        cairo_surface_mark_dirty(bitmap)
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / Double(w), rect.height / Double(h))
        cairo_set_source_surface(cr, bitmap, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), smooth ? CAIRO_FILTER_BILINEAR : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD)
        cairo_paint(cr)
        cairo_restore(cr)
        cairo_surface_destroy(bitmap)
    }
}

/// Collects the bytes cairo streams out.
final class ByteSink {
    var bytes: [UInt8] = []
}

private let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
