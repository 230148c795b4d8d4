import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue
@testable import FigurePipeline

final class SidecarArraysTests: XCTestCase {
    func testNPYHeaderAndDataFollowTheFormat() {
        let bytes = NPY.encode([1.5, -2, .infinity, 0, 3, 4], shape: [3, 2])
        XCTAssertEqual(Array(bytes[0..<8]), [0x93] + Array("NUMPY".utf8) + [1, 0])
        let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
        XCTAssertEqual((10 + headerLength) % 64, 0)
        let header = String(decoding: bytes[10..<(10 + headerLength)], as: UTF8.self)
        XCTAssertTrue(header.hasPrefix("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }"), header)
        XCTAssertTrue(header.hasSuffix(" \n"))
        let data = Array(bytes[(10 + headerLength)...])
        XCTAssertEqual(data.count, 48)
        let decoded = stride(from: 0, to: 48, by: 8).map { i in
            Double(bitPattern: data[i..<(i + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
        }
        XCTAssertEqual(decoded, [1.5, -2, .infinity, 0, 3, 4])
        XCTAssertTrue(String(decoding: NPY.encode([1], shape: [1])[10..<74], as: UTF8.self).contains("'shape': (1,)"))
    }

    func testOnlyArraysAtTheThresholdAreExternalised() {
        let grid = SidecarValue.grid((0..<12).map(Double.init), columns: 4)   // 3 × 4
        let data: [String: SidecarValue] = [
            "small": .numbers([1, 2]), "grid": grid, "mixed": .array([.number(1), .string("a")]),
            "runs": .array([.object(["loss": .numbers((0..<10).map(Double.init))])]),
        ]
        let (out, files) = SidecarArrays.externalise(data, id: "X", threshold: 10)
        XCTAssertEqual(files.map(\.name).sorted(), ["X.grid.npy", "X.runs.0.loss.npy"])
        XCTAssertEqual(out["small"], .numbers([1, 2]))
        XCTAssertEqual(out["mixed"], data["mixed"])
        XCTAssertEqual(out["grid"], .object(["npy": .string("X.grid.npy"), "shape": .numbers([3, 4]), "dtype": .string("<f8")]))
        XCTAssertEqual(files.first { $0.name == "X.grid.npy" }!.bytes, NPY.encode((0..<12).map(Double.init), shape: [3, 4]))
        // Ragged arrays stay in the JSON.
        XCTAssertNil(SidecarArrays.tensor(.array([.numbers([1, 2]), .numbers([3])])))
    }

    /// numpy itself reads the files (when numpy is installed).
    func testNumpyLoadsTheFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("npy-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.npy")
        try Data(NPY.encode((0..<24).map { Double($0) / 4 }, shape: [2, 3, 4])).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sys
            try:
                import numpy
            except ImportError:
                sys.exit(3)
            a = numpy.load(sys.argv[1])
            assert a.shape == (2, 3, 4) and a.dtype == numpy.float64, (a.shape, a.dtype)
            assert a[1, 2, 3] == 23 / 4 and a.sum() == sum(range(24)) / 4
            """, file.path]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus == 3 { throw XCTSkip("numpy is not installed") }
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// A sidecar's .npy files are outputs of their experiment; those of a removed experiment are strays.
    func testPruneKnowsTheArrayFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prune-npy-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = ["kept.json", "kept.freeEnergy.npy", "gone.json", "gone.gradient.npy"]
        for name in written {
            FileManager.default.createFile(atPath: directory.appendingPathComponent(name).path, contents: Data())
        }
        try OutputManifest(files: Set(written)).write(directory.path)
        let experiments = try ExperimentFile.parse(Data(#"{"version": 1, "experiments": [{"id": "kept", "kind": "samples", "formats": ["png"]}]}"#.utf8), file: "f.json")
        let ownership = OutputOwnership(directory: directory.path, experiments: experiments, inputs: [])
        XCTAssertEqual(ownership.strays, ["gone.gradient.npy", "gone.json"])
        XCTAssertTrue(ownership.owns("kept.freeEnergy.npy"), "an array of a current experiment is its output even before the manifest lists it")
        XCTAssertEqual(ownership.foreign, [])
    }
}
