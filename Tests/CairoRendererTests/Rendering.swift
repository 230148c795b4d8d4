import CairoRenderer
import Plotting

/// Rendering helpers shared by the tests: one measurer (as the runner uses), lowering and rendering.
enum Rendering {
    static let measurer = CairoTextMeasurer()

    static func commands(_ figure: Figure) -> [DrawCommand] {
        figure.lower(metrics: measurer)
    }

    static func render(_ figure: Figure, _ format: OutputFormat, metadata: [(String, String)] = []) throws -> [UInt8] {
        try CairoRenderer.render(commands(figure), width: figure.widthPixels, height: figure.heightPixels, format: format, metadata: metadata)
    }
}
