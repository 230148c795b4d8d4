import EBMCore
import Plotting

/// The inference a figure shows for one y′: the lecture's descent on z from z̃ and the global minimum ž that is
/// labelled F∞ (docs/experiments.md, "Inference"). When the descent stops in another basin both are drawn.
struct ShownInference {
    let zTilde: Double
    let descent: LatentDescent
    let minimum: LatentMinimum

    /// Descends from `zTilde` and finds the global minimum on the model's grid of `gridCount` latents.
    init(decoder: EllipseDecoder, y: Point2, zTilde: Double, gridCount: Int) throws {
        self.zTilde = zTilde
        descent = decoder.latentDescent(y, from: zTilde)
        minimum = decoder.latentMinimum(y, gridCount: gridCount)
        guard descent.converged else {
            throw BuildError("plot.zTilde: the descent on z from z̃ = \(Tick.format(zTilde)) did not converge in \(LatentDescentSettings.maxSteps) steps")
        }
    }

    /// Whether the descent reached a global minimum (E within 1e-9 relative of F∞; a symmetric twin counts).
    var endsAtGlobalMinimum: Bool {
        descent.energy - minimum.energy <= 1e-9 * max(1, abs(minimum.energy))
    }

    /// ž as drawn: the descent's end when it is a global minimum (unwrapped, where the descent put it), else the copy
    /// of the global minimum's angle nearest to z̃.
    var zCheck: Double {
        endsAtGlobalMinimum ? descent.end : angleRepresentative(minimum.z, nearest: zTilde)
    }

    /// The sidecar record: enough to recompute both the descent and the minimum.
    var sidecar: SidecarValue {
        .object([
            "zTilde": .number(zTilde), "descentPath": .numbers(descent.path), "descentEnd": .number(descent.end),
            "descentEnergy": .number(descent.energy), "descentConverged": .bool(descent.converged),
            "endsAtGlobalMinimum": .bool(endsAtGlobalMinimum), "zCheck": .number(zCheck), "zCheckReduced": .number(minimum.z),
            "freeEnergy": .number(minimum.energy), "gridFreeEnergy": .number(minimum.gridEnergy), "gridIndex": .number(Double(minimum.gridIndex)),
            "settings": .refinementSettings,
        ])
    }
}

extension SidecarValue {
    /// The settings of `EllipseDecoder.latentMinimum` and `latentDescent` (docs/sidecars.md, "Inference").
    static var refinementSettings: SidecarValue {
        .object([
            "minimum": .object([
                "method": .string("grid argmin, then Brent on ±1 cell around it and around every discrete local minimum of the search grid, then Newton"),
                "searchCount": .number(Double(LatentRefinement.searchCount)), "tolerance": .number(LatentRefinement.tolerance),
                "maxIterations": .number(Double(LatentRefinement.maxIterations)),
            ]),
            "descent": .object([
                "method": .string("gradient descent, trial step 1/E'' (E'' > 0) or 1/L, capped, halved until Armijo"),
                "maxSteps": .number(Double(LatentDescentSettings.maxSteps)), "stepTolerance": .number(LatentDescentSettings.stepTolerance),
                "gradientTolerance": .number(LatentDescentSettings.gradientTolerance), "armijo": .number(LatentDescentSettings.armijo),
                "maxStepLength": .number(LatentDescentSettings.maxStepLength),
            ]),
        ])
    }
}

/// The mark of a descent that ended away from the global minimum: a hollow ring (in the z̃ colour) with its legend entry.
func descentEndMark(_ sheet: StyleSheet, _ p: Point2, size: Double) -> Mark {
    .scatter(Scatter(points: [LectureStyle.point(p)], marker: MarkerStyle(sizePixels: size, fill: nil, edge: sheet[.latent], edgeWidthPixels: 3),
                     label: "descent end"))
}
