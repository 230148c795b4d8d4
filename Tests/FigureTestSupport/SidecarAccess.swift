import EBMCore
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
