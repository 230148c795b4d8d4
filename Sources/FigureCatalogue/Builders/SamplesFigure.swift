import EBMCore
import ExperimentSpec
import Plotting

/// 15-1 Figs 2, 6, 7: the 24 points y and the 48 ỹ = g(z); with y′ (Fig 6); with the inference from z̃ to ž
/// drawn on the manifold (Fig 7: g(z̃), g(ž), and a dashed arrow along the manifold, computed by gradient descent on z).
struct SamplesFigure {
    let context: ExperimentContext
    let plot: SamplesPlot

    /// 15-1 Fig 7's dashed descent arrow: the orange line and its black outline, in pixels.
    static let descentArrowWidth = (line: 5.5, outline: 9.0)
    static let descentDash = (on: 18.0, off: 9.0)
    /// The frame's width in points on each slide, which carry more light in their spines than the sheet's 1.3 points
    /// give (pixels of white per 1000 pixels of width: Fig 2 1.06, Fig 6 1.14, Fig 7 1.36; the frame's grey 0.74).
    static let slideFrameWidth = (samples: 1.45, yPrime: 1.55, inference: 1.85)
    /// Fig 6's legend pad in font sizes: the slide's box is 0.169 of the width by 0.275 of the height, from (0.790,
    /// 0.561); at matplotlib's 0.4 ours was 0.172 by 0.279 from (0.786, 0.556).
    static let yPrimeLegendBorderPad = 0.36
    /// Fig 6's legend markers above their rows' middles, in font sizes: the slide's y marker is 0.046 of the height
    /// below the box's top (ours centred: 0.050).
    static let yPrimeLegendHandleRaise = 0.07
    /// Fig 6's grid, which its slide draws nearly solid rather than in `bmh`'s fine dashes: one-pixel lines of grey 178
    /// in dashes of 10 on 1 pixel at its 1292 px (measured along the y₁ = −2.5 line), i.e. 7.7 on 0.8 points at 1000;
    /// 0.72 points of the sheet's grey 0.75 carry the slide's light per length (125 grey-pixels per 1000 px of width,
    /// the sheet's 0.65-point fine dashes 87).
    static let yPrimeGrid = (width: 0.72, dash: [7.7, 0.8])
    /// The fine-dashed grid's width in points on Fig 7, whose slide carries a little more light in it than the sheet's
    /// 0.65 points give (grey-pixels per 1000 px of width, averaged along a line: 93, ours 85).
    static let slideGridInference = 0.71
    /// Fig 6's zero lines in points: the slide's are 5 px at its 1292 px, white with the grid's grey 178 down their middle
    /// (its grid is drawn over them), 3.65 px of white per 1000 px of width (the sheet's 2.8 points: 2.8).
    static let yPrimeZeroLineWidth = 3.6
    /// Fig 7's one-row legend as the slide sets it (measured at 1000 px of width): its box stands 10 px in from each
    /// side of the axes (from 101 to 981 between spines at 91 and 991; 6 px at the sheet's 0.15 font sizes), 70 px
    /// tall from 451; its markers' centres 482 px down (479.5 at the sheet's 0.4 pad and 0.1 raise: 0.37 and 0.05);
    /// its labels on one baseline, the lone y's ink 478–504 as the others' (centred on its row: 472–498).
    static let wideLegend = (borderPad: 0.37, handleRaise: 0.05, expandPad: 0.25, sharedBaseline: true)

    func build() throws -> FigureOutput {
        let e = context.experiment
        let sheet = e.styleSheet
        let manifold = context.decoder.manifold(context.latents)
        var marks: [Mark] = [LectureStyle.dataPoints(sheet, context.data), LectureStyle.manifoldPoints(sheet, manifold)]
        var data: [String: SidecarValue] = [
            "y": .points(context.data), "yTilde": .points(manifold), "z": .numbers(context.latents.values),
            "decoder": .decoder(context.decoder),
        ]
        var legendColumns = 1
        if let reference = plot.yPrime {
            let (yPrime, name) = context.yPrime(reference)
            marks.append(LectureStyle.cross(sheet, yPrime, color: sheet[.query], size: 24, edged: true, label: LectureStyle.yPrimeLegend))
            data["yPrime"] = .points([yPrime])
            data["yPrimeName"] = .string(name)
            if plot.inference {
                // The lecture's descent on z from z̃ (15-1 Fig 7) and the global minimum ž (both marked when they differ).
                let inference = try ShownInference(decoder: context.decoder, y: yPrime, zTilde: plot.zTilde, gridCount: context.latents.count)
                let path = inference.descent.path
                let zEnd = inference.descent.end
                let zCheck = inference.zCheck
                // The arrow runs along the manifold from g(z̃) to just short of where the descent ends, outlined in black as in the lecture.
                let end = zEnd - (zEnd > plot.zTilde ? 0.2 : -0.2)
                let along = stride(from: 0, through: 60, by: 1).map { k in
                    let z = plot.zTilde + (end - plot.zTilde) * Double(k) / 60
                    return LectureStyle.point(context.decoder.offsetOutward(z, by: 0.02))
                }
                // Each dash is outlined on its own (a path effect's stroke), so the manifold's ỹ show between them.
                let outline = Self.descentArrowWidth.outline - Self.descentArrowWidth.line
                marks.append(.arrow(ArrowMark(points: along, color: sheet[.edge], widthPixels: Self.descentArrowWidth.outline,
                                              dash: [Self.descentDash.on + outline, Self.descentDash.off - outline], dashOffset: outline / 2,
                                              headLengthPixels: 34, headWidthPixels: 31)))
                marks.append(.arrow(ArrowMark(points: along, color: sheet[.latent], widthPixels: Self.descentArrowWidth.line,
                                              dash: [Self.descentDash.on, Self.descentDash.off], headLengthPixels: 29, headWidthPixels: 25)))
                marks.append(LectureStyle.cross(sheet, context.decoder(plot.zTilde), color: sheet[.latent], size: 23, edged: true,
                                                label: "$g(\\tilde{z})$"))
                if !inference.endsAtGlobalMinimum { marks.append(descentEndMark(sheet, context.decoder(zEnd), size: 23)) }
                marks.append(LectureStyle.cross(sheet, context.decoder(zCheck), color: sheet[.minimum], size: 23, edged: true,
                                                label: "$g(\\check{z})$"))
                data["inference"] = inference.sidecar
                data["zTilde"] = .number(plot.zTilde)
                data["zCheck"] = .number(zCheck)
                data["inferencePath"] = .numbers(path)
                data["gZTilde"] = .points([context.decoder(plot.zTilde)])
                data["gZCheck"] = .points([context.decoder(zCheck)])
                legendColumns = inference.endsAtGlobalMinimum ? 5 : 3  // two rows of three with the descent-end entry
            }
        }
        // The lecture's Fig 7 legend is one wide row inside the axes, over the lowest points; `legendClear` gives the
        // legend a band of its own below the data instead.
        let wide = legendColumns > 1 && !plot.legendClear
        var legend = LectureStyle.legend(plot.legend, columns: legendColumns,
                                         size: legendColumns > 1 ? (wide ? 40 : 24) : LectureStyle.legendSize,
                                         handleLength: wide ? 1.9 : 2, columnSpacing: wide ? 1 : 2, handlePad: wide ? -0.33 : 0.8, expand: wide)
        // The slide's wide legend draws its handles larger than the plot's markers (≈ 1.8 % of the width for a dot), each
        // in the middle of a long handle whose label starts 1.9 % of the width after the marker (a negative text pad).
        if wide {
            legend.markerScale = LectureStyle.wideLegendMarkerScale
            legend.borderPad = Self.wideLegend.borderPad
            legend.handleRaise = Self.wideLegend.handleRaise
            legend.expandPad = Self.wideLegend.expandPad
            legend.sharedBaseline = Self.wideLegend.sharedBaseline
        }
        if plot.yPrime != nil && !plot.inference {
            legend.borderPad = Self.yPrimeLegendBorderPad
            legend.handleRaise = Self.yPrimeLegendHandleRaise
        }
        let yPrimeSlide = plot.yPrime != nil && !plot.inference
        let yLimits: ClosedRange<Double> = plot.inference && plot.legendClear ? -2.2...1.75 : -1.75...1.75
        let m = plot.margins
        let margins = (left: m.left, right: m.right, top: m.top, bottom: m.bottom)
        var axes = LectureStyle.yPlaneAxes(frame: LectureStyle.frame(width: e.widthPixels, height: e.heightPixels, margins: margins), y: yLimits,
                                           marks: marks, legend: legend)
        axes.frameWidth = plot.inference ? Self.slideFrameWidth.inference
            : plot.yPrime != nil ? Self.slideFrameWidth.yPrime : Self.slideFrameWidth.samples
        if plot.inference { axes.gridWidthPixels = Self.slideGridInference }
        if yPrimeSlide {
            axes.gridWidthPixels = Self.yPrimeGrid.width
            axes.gridDash = Self.yPrimeGrid.dash
            axes.zeroLineWidthPixels = Self.yPrimeZeroLineWidth
        }
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels,
                                           theme: sheet, axes: [axes]), data: data)
    }
}
