import Foundation
import XCTest
@testable import ExperimentSpec

/// The top-level `defaults` object: merged under every experiment key by key; problems it causes reported at
/// `defaults.…` once, with the experiments they apply to.
final class SharedDefaultsTests: XCTestCase {
    private func file(defaults: String, _ experiments: String...) -> String {
        "{\"version\": 1, \"defaults\": \(defaults), \"experiments\": [\(experiments.map { "{\($0)}" }.joined(separator: ", "))]}"
    }

    func testExperimentsOverrideTheDefaultsKeyByKey() throws {
        let found = experiments(of: file(defaults: #"{"theme": "light", "size": {"width": 800, "height": 500}, "formats": ["png", "pdf"], "data": {"source": "ellipse", "count": 30, "noise": 0.1}}"#,
                                         #""id": "a", "kind": "samples""#,
                                         #""id": "b", "kind": "samples", "theme": "dark", "size": {"height": 300}, "formats": ["svg"], "data": {"seed": 7}"#))
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[0].theme, .light)
        XCTAssertEqual([found[0].widthPixels, found[0].heightPixels], [800, 500])
        XCTAssertEqual(found[0].formats, [.png, .pdf])
        XCTAssertEqual(found[0].data, DataSpec(source: .ellipse, count: 30, seed: 0, noise: 0.1))
        XCTAssertEqual(found[1].theme, .dark)
        XCTAssertEqual([found[1].widthPixels, found[1].heightPixels], [800, 300])
        XCTAssertEqual(found[1].formats, [.svg])
        XCTAssertEqual(found[1].data, DataSpec(source: .ellipse, count: 30, seed: 7, noise: 0.1))
    }

    func testAFileWithDefaultsResolvesLikeTheSameFileWrittenOut() {
        let merged = experiments(of: file(defaults: #"{"model": {"latents": 12}, "training": {"epochs": 3, "learningRate": 0.1}}"#,
                                          #""id": "a", "kind": "beta-sweep", "training": {"epochs": 5}, "plot": {"betas": [1]}"#))
        let written = experiments(of: oneExperiment(#""id": "a", "kind": "beta-sweep", "model": {"latents": 12}, "training": {"epochs": 5, "learningRate": 0.1}, "plot": {"betas": [1]}"#))
        XCTAssertEqual(merged, written)
    }

    func testProblemsFromTheDefaultsAreReportedThere() {
        let found = issues(of: file(defaults: #"{"theme": "blue", "plot": {"legend": "upper left"}}"#,
                                    #""id": "a", "kind": "samples""#, #""id": "b", "kind": "free-energy-heatmap""#,
                                    #""id": "c", "kind": "samples", "theme": "purple""#))
        assertIssue(found, at: "defaults.theme", contains: "applies to experiments[0], experiments[1]")
        assertIssue(found, at: "experiments[2].theme", contains: "got \"purple\"")
        assertIssue(found, at: "defaults.plot.legend", contains: "unknown key for kind \"free-energy-heatmap\"")
        XCTAssertTrue(found.first { $0.path == "defaults.plot.legend" }!.message.hasSuffix("(applies to experiments[1])"))
        let everywhere = issues(of: file(defaults: #"{"formats": ["gif"]}"#, #""id": "a", "kind": "samples""#, #""id": "b", "kind": "samples""#))
        assertIssue(everywhere, at: "defaults.formats[0]", contains: "(applies to every experiment)")
    }

    func testDefaultsMustBeAnObjectWithoutAnID() {
        assertIssue(issues(of: file(defaults: "[1]", #""id": "a", "kind": "samples""#)), at: "defaults", contains: "must be an object")
        assertIssue(issues(of: file(defaults: #"{"id": "x"}"#, #""id": "a", "kind": "samples""#)), at: "defaults.id", contains: "cannot have a default")
    }

    func testPathStepsAndOrigin() {
        XCTAssertEqual(ExperimentDefaults.steps("data.points[3][1]"), [.key("data"), .key("points"), .index(3), .index(1)])
        let defaults = JSONValue.object([("plot", .object([("rings", .array([.number(1)]))]))])
        let own = JSONValue.object([("plot", .object([("legend", .string("x"))]))])
        XCTAssertTrue(ExperimentDefaults.comesFromDefaults("plot.rings[0]", experiment: own, defaults: defaults))
        XCTAssertFalse(ExperimentDefaults.comesFromDefaults("plot.legend", experiment: own, defaults: defaults))
        XCTAssertFalse(ExperimentDefaults.comesFromDefaults("training", experiment: own, defaults: defaults))
    }
}

/// Key paths of sidecars and cache records written by earlier versions read back in the experiments file's words.
final class SpecVocabularyTests: XCTestCase {
    func testRenamedKeysAndTheRest() {
        XCTAssertEqual(SpecVocabulary.filePath("widthPixels"), "size.width")
        XCTAssertEqual(SpecVocabulary.filePath("model.w1"), "model.w[0]")
        XCTAssertEqual(SpecVocabulary.filePath("model.latentCount"), "model.latents")
        XCTAssertEqual(SpecVocabulary.filePath("plot.y1Grid.step"), "plot.y1[2]")
        XCTAssertEqual(SpecVocabulary.filePath("plot.y2Grid"), "plot.y2")
        XCTAssertEqual(SpecVocabulary.filePath("plot.colorMax"), "plot.colorRange[1]")
        XCTAssertEqual(SpecVocabulary.filePath("plot.beta"), "plot.beta")
        XCTAssertEqual(SpecVocabulary.filePath("theme"), "theme")
    }

    /// The resolved spec of today has none of the earlier internal names: it is in the file's words already.
    func testTheResolvedSpecHasNoInternalName() throws {
        let e = try XCTUnwrap(experiments(of: oneExperiment(#""id": "a", "kind": "free-energy-heatmap", "plot": {"colorRange": [0, 1]}"#)).first)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(e.resolvedSpec)) as? [String: Any])
        for (encoded, _) in SpecVocabulary.renames {
            var node: Any? = object
            for key in encoded.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
            XCTAssertNil(node, "\(encoded) is still a key of the resolved spec")
        }
        let plot = try XCTUnwrap(object["plot"] as? [String: Any])
        XCTAssertEqual(Set(plot.keys), Set(FreeEnergyHeatmapPlot.keys.map(\.name)), "only the kind's own keys")
        XCTAssertEqual(plot["colorRange"] as? [Double], [0, 1])
    }
}
