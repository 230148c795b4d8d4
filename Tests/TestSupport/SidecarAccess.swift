import EBMCore
import ExperimentSpec
import Foundation
import FigureCatalogue

/// Reads values out of a builder's sidecar in tests.
package extension SidecarValue {
    subscript(key: String) -> SidecarValue? {
        if case let .object(o) = self { return o[key] }
        return nil
    }
    var number: Double? { if case let .number(d) = self { return d } else { return nil } }
    var array: [SidecarValue] { if case let .array(a) = self { return a } else { return [] } }
    var numbers: [Double] { array.compactMap(\.number) }
    var points: [Point2] { array.map { Point2($0.numbers[0], $0.numbers[1]) } }
    var flatNumbers: [Double] { array.flatMap(\.numbers) }
    var decoder: EllipseDecoder { EllipseDecoder(w1: self["w1"]!.number!, w2: self["w2"]!.number!) }
}

/// The shipped experiments file, located from this source file.
package enum Shipped {
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    package static let experiments: [Experiment] = try! ExperimentFile.load(path: root.appendingPathComponent("experiments.json").path)

    package static func experiment(_ id: String) -> Experiment {
        guard let e = experiments.first(where: { $0.id == id }) else { fatalError("experiments.json has no \(id)") }
        return e
    }

    package static func data(_ id: String) throws -> [String: SidecarValue] {
        try Catalogue.build(experiment(id)).data
    }
}
