// swift-tools-version:6.0
import PackageDescription

// The flow: experiments.json → ExperimentSpec (validated spec) → EBMCore (numbers) → Figures (one builder per
// figure: numbers → Plotting descriptions) → Plotting (draw commands) → CairoRenderer (PNG / SVG / PDF).
// EBMCore, ExperimentSpec and Plotting build without Cairo. Figures also imports CairoRenderer because it owns
// the runner (which renders and writes) and the figure review (which decodes PNGs); ebm-figures is the thin CLI.
let package = Package(
    name: "ebm-figures",
    products: [
        .executable(name: "ebm-figures", targets: ["ebm-figures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    ],
    targets: [
        // MARK: Numerics (no Cairo, no Foundation where avoidable)
        .target(name: "EBMCore"),

        // MARK: Configuration
        .target(name: "ExperimentSpec"),

        // MARK: Plotting description (no Cairo)
        .target(name: "Plotting"),

        // MARK: Rendering
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // PNG encoding with libpng directly (a tuned zlib level and row filter; cairo's writer uses the defaults).
        .systemLibrary(
            name: "CPNG",
            pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"]), .brew(["libpng"])]
        ),
        .target(name: "CairoRenderer", dependencies: ["Plotting", "CCairo", "CPNG"]),

        // MARK: Figure catalogue and runner
        .target(name: "Figures", dependencies: ["EBMCore", "ExperimentSpec", "Plotting", "CairoRenderer"]),

        // MARK: Command-line tool
        .executableTarget(
            name: "ebm-figures",
            dependencies: [
                "Figures", "ExperimentSpec",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        .testTarget(name: "EBMCoreTests", dependencies: ["EBMCore"]),
        .testTarget(name: "ExperimentSpecTests", dependencies: ["ExperimentSpec"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
        .testTarget(name: "CairoRendererTests", dependencies: ["CairoRenderer", "Plotting"], exclude: ["Baselines"]),
        .testTarget(name: "Plotting3DTests", dependencies: ["Plotting", "CairoRenderer"], exclude: ["Baselines"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "EBMCore", "ExperimentSpec", "Plotting", "CairoRenderer"]),
        .testTarget(name: "CLITests", dependencies: []),
    ]
)
