import Foundation
import Plotting

/// The two figures the golden-image tests and the look check render: the horn scatter (15-2 Fig 9) and
/// the cold–warm bathtub (15-2 Fig 1), built from closed-form data with a local seeded generator.
enum Fixtures3D {
    /// SplitMix64: a tiny deterministic generator so the fixture does not depend on another module.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// Uniform in [0, 1).
        mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    /// 300 horn samples: x ~ U(0,1), θ ~ U(0,2π), y = ρ(x)·(cos θ, sin θ),
    /// ρ(x) = [1.5x + 2(1−x), 2x + 1.5(1−x)]·e^{2x}.
    static func hornPoints(count: Int = 300, seed: UInt64 = 15) -> [Point3D] {
        var g = SplitMix64(state: seed)
        return (0..<count).map { _ in
            let x = g.uniform(), theta = 2 * Double.pi * g.uniform()
            let e = exp(2 * x)
            return Point3D(x, (1.5 * x + 2 * (1 - x)) * e * cos(theta), (2 * x + 1.5 * (1 - x)) * e * sin(theta))
        }
    }

    static func horn(frame: Rect) -> Axes3D {
        let points = hornPoints()
        return Axes3D(
            frame: frame, xLimits: 0...1, yLimits: -20...20, zLimits: -15...15,
            xTicks: .step(0.2), yTicks: .step(10), zTicks: .step(5),
            xLabel: "$x$", yLabel: "$y_1$", zLabel: "$y_2$",
            marks: [.scatter(Scatter3D(points: points, marker: MarkerStyle(sizePixels: 9, fill: nil),
                                       colors: points.map { ColorMap.rainbow.color(atFraction: $0.x) }, alpha: 0.6))],
            tickLabelSizePixels: 15, axisLabelSizePixels: 40)
    }

    /// F(y) = min over 48 z of ‖y − (−1.449 cos z, 0.357 sin z)‖² on [−3, 3] × [−2, 2], step 0.05.
    static func bathtubGrid() -> (x: [Double], y: [Double], values: [Double]) {
        let xs = (0...120).map { -3 + 0.05 * Double($0) }, ys = (0...80).map { -2 + 0.05 * Double($0) }
        let manifold = (0..<48).map { k -> (Double, Double) in
            let z = Double(k) * Double.pi / 24
            return (-1.449 * cos(z), 0.357 * sin(z))
        }
        var values: [Double] = []
        for y in ys {
            for x in xs {
                values.append(manifold.map { (x - $0.0) * (x - $0.0) + (y - $0.1) * (y - $0.1) }.min()!)
            }
        }
        return (xs, ys, values)
    }

    static func bathtub(frame: Rect) -> Axes3D {
        let grid = bathtubGrid()
        let levels = (0...12).map { Double($0) / 12 }
        return Axes3D(
            frame: frame, xLimits: -3...3, yLimits: -2...2, zLimits: 0...1,
            xTicks: .step(1), yTicks: .step(1), zTicks: .step(0.25),
            xLabel: "$y_1$", yLabel: "$y_2$", zLabel: "$F_\\infty(y)$",
            marks: [.contour(ContourStack(x: grid.x, y: grid.y, values: grid.values, levels: levels, colorMap: .coolwarm,
                                          vmin: 0, vmax: 1, widthPixels: 3))],
            colorbar: ColorbarSpec(colorMap: .coolwarm, vmin: 0, vmax: 1, ticks: .step(0.1), extendMax: true),
            tickLabelSizePixels: 15, axisLabelSizePixels: 40)
    }

    static func figure(_ axes: Axes3D, width: Int = 1000, height: Int = 800) -> Figure {
        Figure(widthPixels: width, heightPixels: height, axes3D: [axes])
    }
}
