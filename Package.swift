// swift-tools-version:6.0
import PackageDescription

// The flow: experiments.json → ExperimentSpec (validated spec) → EBMCore (numbers) → FigureCatalogue (one builder
// per figure: numbers → Plotting descriptions) → Plotting (draw commands) → CairoRenderer (PNG / SVG / PDF), driven
// by FigurePipeline (runner, caches, atomic writes, output ownership, gallery, sidecars). FigureReviewing (diff,
// check, PNG decoding, reports) and FigureBenchmarks (`make bench`) sit on the pipeline; ebm-figures is the thin CLI.
// EBMCore, ExperimentSpec, Plotting and FigureCatalogue build and test without Cairo: only the pipeline and what
// sits on it import CairoRenderer.
let package = Package(
    name: "ebm-figures",
    // The standard library's `Mutex` (Synchronization) needs macOS 15 on Apple platforms; Linux has it with Swift 6.
    platforms: [.macOS(.v15)],
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

        // MARK: Figure catalogue (no Cairo)
        .target(name: "FigureCatalogue", dependencies: ["EBMCore", "ExperimentSpec", "Plotting"]),

        // MARK: Pipeline: runner, caches, outputs
        .target(name: "FigurePipeline", dependencies: ["EBMCore", "ExperimentSpec", "Plotting", "CairoRenderer", "FigureCatalogue"]),

        // MARK: Review and benchmarks
        .target(name: "FigureReviewing", dependencies: ["ExperimentSpec", "CairoRenderer", "FigurePipeline"]),
        .target(name: "FigureBenchmarks", dependencies: ["EBMCore", "ExperimentSpec", "Plotting", "CairoRenderer", "FigureCatalogue", "FigurePipeline"]),

        // MARK: Command-line tool
        .executableTarget(
            name: "ebm-figures",
            dependencies: [
                "ExperimentSpec", "FigurePipeline", "FigureReviewing", "FigureBenchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Test support, shared by the test targets: finite-difference gradient checks, fake text metrics and
        // draw-command inspection (TestSupport); the shipped experiments and their builds, made once per test process
        // (FigureTestSupport); golden-image assertions, the only one that links Cairo (GoldenImages).
        .target(name: "TestSupport", dependencies: ["Plotting"], path: "Tests/TestSupport"),
        .target(name: "FigureTestSupport", dependencies: ["EBMCore", "ExperimentSpec", "FigureCatalogue"], path: "Tests/FigureTestSupport"),
        .target(name: "GoldenImages", dependencies: ["CairoRenderer"], path: "Tests/GoldenImages"),

        // MARK: Tests
        .testTarget(name: "EBMCoreTests", dependencies: ["EBMCore", "TestSupport"]),
        .testTarget(name: "ExperimentSpecTests", dependencies: ["ExperimentSpec"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting", "TestSupport"]),
        .testTarget(name: "CairoRendererTests", dependencies: ["CairoRenderer", "Plotting", "GoldenImages"], exclude: ["Baselines"]),
        .testTarget(name: "Plotting3DTests", dependencies: ["Plotting", "CairoRenderer", "TestSupport", "GoldenImages"], exclude: ["Baselines"]),
        .testTarget(name: "FigureCatalogueTests",
                    dependencies: ["FigureCatalogue", "EBMCore", "ExperimentSpec", "Plotting", "TestSupport", "FigureTestSupport"]),
        .testTarget(name: "FigurePipelineTests",
                    dependencies: ["FigurePipeline", "FigureCatalogue", "EBMCore", "ExperimentSpec", "Plotting", "CairoRenderer", "FigureTestSupport"]),
        .testTarget(name: "FigureReviewingTests", dependencies: ["FigureReviewing", "FigurePipeline", "ExperimentSpec", "CairoRenderer"]),
        .testTarget(name: "CLITests", dependencies: []),
    ]
)
