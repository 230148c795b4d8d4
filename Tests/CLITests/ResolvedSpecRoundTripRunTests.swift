import Foundation
import XCTest

/// The resolved spec round-trips, end to end (`make test-slow`, on the release build): every shipped experiment and
/// every example is rendered, the `spec` of each sidecar is gathered into a new experiments file, and running that
/// file writes byte-identical figures (PNG, SVG, PDF, frames and sidecars). The committed sidecars (figures/*.json)
/// gathered the same way render the committed figures.
final class ResolvedSpecRoundTripSlowTests: XCTestCase {
    private var release: URL!

    override func setUpWithError() throws {
        try XCTSkipIf(ProcessInfo.processInfo.environment["EBM_SLOW_TESTS"] == nil, "set EBM_SLOW_TESTS=1 (make test-slow)")
        release = CLI.packageRoot.appendingPathComponent(".build/release/ebm-figures")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: release.path), "run `make build` first")
    }

    private func run(_ arguments: [String], in directory: URL) throws {
        let result = CLI.finish(try CLI.start(arguments + ["--quiet", "--cache", directory.appendingPathComponent(".cache").path],
                                              in: directory, executable: release))
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
    }

    /// `{"version": 1, "experiments": [the specs of the sidecars in `figures`, in `ids` order]}`.
    private func gather(_ ids: [String], from figures: URL, into file: URL) throws {
        let specs = try ids.map { id -> Any in
            let sidecar = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: figures.appendingPathComponent(id + ".json"))) as? [String: Any])
            return try XCTUnwrap(sidecar["spec"], "\(id).json has no spec")
        }
        try JSONSerialization.data(withJSONObject: ["version": 1, "experiments": specs], options: [.sortedKeys]).write(to: file)
    }

    private func ids(_ file: URL) throws -> [String] {
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        return try XCTUnwrap(root["experiments"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    /// The files of `a` and `b` (the gallery and the manifest aside) are the same names with the same bytes.
    private func assertSameFigures(_ a: URL, _ b: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let skip: Set<String> = ["README.md", ".ebm-figures-manifest.json", ".ebm-figures.lock"]
        let names = { (dir: URL) in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !skip.contains($0) && !$0.hasPrefix(".") }.sorted() }
        let left = try names(a), right = try names(b)
        XCTAssertEqual(left, right, file: file, line: line)
        for name in left where FileManager.default.contents(atPath: a.appendingPathComponent(name).path) != FileManager.default.contents(atPath: b.appendingPathComponent(name).path) {
            XCTFail("\(name) differs when rendered from the sidecars' specs", file: file, line: line)
        }
    }

    private func roundTrip(_ experiments: URL) throws {
        let directory = try CLI.temporaryDirectory(self)
        // Data files are relative to the experiments file: the gathered file sits beside a copy of it.
        for name in try FileManager.default.contentsOfDirectory(atPath: experiments.deletingLastPathComponent().path) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(at: experiments.deletingLastPathComponent().appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let first = directory.appendingPathComponent("first"), second = directory.appendingPathComponent("second")
        try run(["run", "--experiments", experiments.path, "--out", first.path], in: directory)
        let gathered = directory.appendingPathComponent("gathered.json")
        try gather(try ids(experiments), from: first, into: gathered)
        try run(["run", "--experiments", gathered.path, "--out", second.path], in: directory)
        try assertSameFigures(first, second)
    }

    func testEveryShippedExperimentRoundTrips() throws {
        try roundTrip(CLI.packageRoot.appendingPathComponent("experiments.json"))
    }

    func testEveryExampleRoundTrips() throws {
        let examples = CLI.packageRoot.appendingPathComponent("examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).filter({ $0.hasSuffix(".json") }).sorted() {
            try roundTrip(examples.appendingPathComponent(name))
        }
    }

    /// figures/*.json as committed: their specs render the committed figures.
    func testTheCommittedSidecarsRenderTheCommittedFigures() throws {
        let directory = try CLI.temporaryDirectory(self)
        let figures = CLI.packageRoot.appendingPathComponent("figures")
        let gathered = directory.appendingPathComponent("gathered.json")
        try gather(try ids(CLI.packageRoot.appendingPathComponent("experiments.json")), from: figures, into: gathered)
        let out = directory.appendingPathComponent("out")
        try run(["run", "--experiments", gathered.path, "--out", out.path], in: directory)
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where !name.hasPrefix(".") && name != "README.md" {
            XCTAssertEqual(FileManager.default.contents(atPath: out.appendingPathComponent(name).path),
                           FileManager.default.contents(atPath: figures.appendingPathComponent(name).path),
                           "\(name) rendered from its committed sidecar's spec differs from figures/\(name) (regenerate figures/?)")
        }
    }
}
