import EBMCore
import ExperimentSpec
import Plotting

/// 15-1 Figs 2, 6, 7: the 24 points y and the 48 ỹ = g(z); with y′ (Fig 6); with the inference from z̃ to ž
/// drawn on the manifold (Fig 7: g(z̃), g(ž), and a dashed arrow along the manifold, computed by gradient descent on z).
struct SamplesFigure {
    let context: ExperimentContext

    func build() throws -> FigureOutput {
        let e = context.experiment
        let manifold = context.decoder.manifold(context.latents)
        var marks: [Mark] = [LectureStyle.dataPoints(context.data), LectureStyle.manifoldPoints(manifold)]
        var data: [String: SidecarValue] = [
            "y": .points(context.data), "yTilde": .points(manifold), "z": .numbers(context.latents.values),
            "decoder": .decoder(context.decoder),
        ]
        var legendColumns = 1
        if e.plot.yPrime != nil || e.plot.showInference {
            let (yPrime, name) = try context.yPrime(default: .index(23))
            marks.append(LectureStyle.cross(yPrime, color: Palette.yellowGreen, size: 28, label: LectureStyle.yPrime))
            data["yPrime"] = .points([yPrime])
            data["yPrimeName"] = .string(name)
            if e.plot.showInference {
                // The lecture's descent on z from z̃ (15-1 Fig 7) and the global minimum ž (both marked when they differ).
                let inference = try ShownInference(decoder: context.decoder, y: yPrime, zTilde: e.plot.zTilde, gridCount: context.latents.count)
                let path = inference.descent.path
                let zEnd = inference.descent.end
                let zCheck = inference.zCheck
                // The arrow runs along the manifold from g(z̃) to just short of where the descent ends, outlined in black as in the lecture.
                let end = zEnd - (zEnd > e.plot.zTilde ? 0.12 : -0.12)
                let along = stride(from: 0, through: 60, by: 1).map { k in
                    LectureStyle.point(context.decoder(e.plot.zTilde + (end - e.plot.zTilde) * Double(k) / 60))
                }
                marks.append(.arrow(ArrowMark(points: along, color: .black, widthPixels: 7, headLengthPixels: 26, headWidthPixels: 24)))
                marks.append(.arrow(ArrowMark(points: along, color: Palette.orange, widthPixels: 4, dash: [12, 7], headLengthPixels: 22,
                                              headWidthPixels: 18)))
                marks.append(LectureStyle.cross(context.decoder(e.plot.zTilde), color: Palette.orange, size: 30, edged: true,
                                                label: "$g(\\tilde{z})$"))
                if !inference.endsAtGlobalMinimum { marks.append(descentEndMark(context.decoder(zEnd), size: 30)) }
                marks.append(LectureStyle.cross(context.decoder(zCheck), color: Palette.lightBlue, size: 30, edged: true,
                                                label: "$g(\\check{z})$"))
                data["inference"] = inference.sidecar
                data["zTilde"] = .number(e.plot.zTilde)
                data["zCheck"] = .number(zCheck)
                data["inferencePath"] = .numbers(path)
                data["gZTilde"] = .points([context.decoder(e.plot.zTilde)])
                data["gZCheck"] = .points([context.decoder(zCheck)])
                legendColumns = inference.endsAtGlobalMinimum ? 5 : 3  // two rows of three with the descent-end entry
            }
        }
        let defaultLocation: LegendLocation = e.plot.showInference ? .lowerCenter : e.plot.yPrime != nil ? .lowerRight : .upperRight
        let legend = LectureStyle.legend(e.plot.legend, default: defaultLocation, columns: legendColumns,
                                         size: legendColumns > 1 ? 24 : LectureStyle.legendSize)
        let yLimits: ClosedRange<Double> = e.plot.showInference ? -2.2...1.75 : -1.75...1.75
        let axes = LectureStyle.yPlaneAxes(frame: LectureStyle.frame(width: e.widthPixels, height: e.heightPixels), y: yLimits,
                                           marks: marks, legend: legend)
        return FigureOutput(figure: Figure(widthPixels: e.widthPixels, heightPixels: e.heightPixels,
                                           theme: Theme.named(e.theme) ?? .dark, axes: [axes]), data: data)
    }
}
