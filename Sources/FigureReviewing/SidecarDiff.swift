import Foundation

/// How two JSON data sidecars differ, number by number.
///
/// A *numeric array* is an array whose leaves (through nested arrays) are all numbers, or the strings
/// `"inf"`, `"-inf"`, `"nan"` the sidecar writer uses for non-finite values; it is compared as one block:
/// its shape, and when the shape agrees, the largest |before − after| over its elements. Other arrays are
/// walked element by element, objects key by key. Paths read like the spec's: `data.curves[2].energy`.
public struct SidecarDifferences: Sendable, Equatable, Codable {
    /// A numeric array whose shape is the same on both sides.
    public struct ArrayDifference: Sendable, Equatable, Codable {
        public var path: String
        /// `24`, `100×100`, or `ragged, 37 numbers`.
        public var shape: String
        /// max |before − after| over the elements (∞ when one side has ±∞ or NaN and the other does not).
        public var maxAbsDifference: Double
        /// The numbers of both sides, for arrays small enough to read (at most `smallArrayCount`).
        public var beforeValues: [Double]? = nil
        public var afterValues: [Double]? = nil
    }

    /// Arrays of at most this many numbers are reported with their values.
    public static let smallArrayCount = 8

    /// A numeric array (or an array of other things) whose shape changed.
    public struct ShapeChange: Sendable, Equatable, Codable {
        public var path: String
        public var before: String
        public var after: String
    }

    /// A single value that changed, appeared or disappeared (`before` / `after` is `—` when absent).
    public struct ValueChange: Sendable, Equatable, Codable {
        public var path: String
        public var before: String
        public var after: String
        /// |before − after| when both are numbers.
        public var numericDifference: Double?
    }

    /// Every numeric array with the same shape on both sides, including those that did not change.
    public var arrays: [ArrayDifference] = []
    public var shapeChanges: [ShapeChange] = []
    public var valueChanges: [ValueChange] = []
    /// Changes of the provenance keys (`specHash`, `programVersion`), which say who drew the figure, not what.
    public var provenanceChanges: [ValueChange] = []

    /// Top-level keys that record provenance rather than content.
    public static let provenanceKeys: Set<String> = ["specHash", "programVersion"]

    /// The arrays that differ by more than `tolerance`.
    public func changedArrays(tolerance: Double) -> [ArrayDifference] {
        arrays.filter { !($0.maxAbsDifference <= tolerance) }
    }

    /// The value changes that count: text, added or removed keys, and numbers differing by more than `tolerance`.
    public func significantValueChanges(tolerance: Double) -> [ValueChange] {
        valueChanges.filter { change in change.numericDifference.map { !($0 <= tolerance) } ?? true }
    }

    /// Whether anything but provenance differs by more than `tolerance`.
    public func hasChanges(tolerance: Double) -> Bool {
        !shapeChanges.isEmpty || !changedArrays(tolerance: tolerance).isEmpty || !significantValueChanges(tolerance: tolerance).isEmpty
    }

    /// Compares two sidecar documents; throws when either is not JSON.
    public static func compare(_ before: [UInt8], _ after: [UInt8], name: String) throws -> SidecarDifferences {
        func parse(_ bytes: [UInt8], _ side: String) throws -> Any {
            do {
                return try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                throw ReviewError("\(name) (\(side))", "not valid JSON (\(error.localizedDescription))")
            }
        }
        var result = SidecarDifferences()
        result.walk(try parse(before, "before"), try parse(after, "after"), path: "")
        return result
    }

    mutating func walk(_ a: Any?, _ b: Any?, path: String) {
        switch (a, b) {
        case (nil, nil):
            return
        case (nil, let b?):
            record(ValueChange(path: path, before: "—", after: Self.describe(b), numericDifference: nil))
        case (let a?, nil):
            record(ValueChange(path: path, before: Self.describe(a), after: "—", numericDifference: nil))
        case let (a as [String: Any], b as [String: Any]):
            for key in Set(a.keys).union(b.keys).sorted() {
                walk(a[key], b[key], path: path.isEmpty ? key : path + "." + key)
            }
        case let (a as [Any], b as [Any]):
            if let x = NumericBlock(a), let y = NumericBlock(b) {
                if x.structure == y.structure {
                    let small = x.values.count <= Self.smallArrayCount
                    arrays.append(ArrayDifference(path: path, shape: x.shapeDescription, maxAbsDifference: x.maxAbsDifference(to: y),
                                                  beforeValues: small ? x.values : nil, afterValues: small ? y.values : nil))
                } else {
                    shapeChanges.append(ShapeChange(path: path, before: x.shapeDescription, after: y.shapeDescription))
                }
            } else if a.count == b.count {
                for i in a.indices { walk(a[i], b[i], path: path + "[\(i)]") }
            } else {
                shapeChanges.append(ShapeChange(path: path, before: "\(a.count) items", after: "\(b.count) items"))
            }
        default:
            if let x = NumericBlock.number(a!), let y = NumericBlock.number(b!) {
                let d = NumericBlock.difference(x, y)
                if d != 0 { record(ValueChange(path: path, before: Self.describe(a!), after: Self.describe(b!), numericDifference: d)) }
            } else if Self.describe(a!) != Self.describe(b!) {
                record(ValueChange(path: path, before: Self.describe(a!), after: Self.describe(b!), numericDifference: nil))
            }
        }
    }

    mutating func record(_ change: ValueChange) {
        if Self.provenanceKeys.contains(change.path) { provenanceChanges.append(change) } else { valueChanges.append(change) }
    }

    /// A short rendering of a JSON value for reports (long values are cut at 80 characters).
    static func describe(_ value: Any) -> String {
        let text: String
        if let number = value as? NSNumber, !NumericBlock.isBool(number) {
            text = NumericBlock.number(number).map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) } ?? "\(number)"
        } else if let number = value as? NSNumber {
            text = number.boolValue ? "true" : "false"
        } else if let string = value as? String {
            text = "\"" + string + "\""
        } else if value is NSNull {
            text = "null"
        } else if let array = value as? [Any] {
            text = "[\(array.count) items]"
        } else if let object = value as? [String: Any] {
            text = "{\(object.count) keys}"
        } else {
            text = "\(value)"
        }
        return text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}

/// A numeric array flattened: its numbers in order and the counts of every nested array (its structure).
struct NumericBlock {
    var values: [Double] = []
    /// The element count of every array met, depth first: equal structures mean equal shapes.
    var structure: [Int] = []

    init?(_ array: [Any]) {
        guard append(array) else { return nil }
        shape = Self.rectangularShape(array)
    }

    private mutating func append(_ array: [Any]) -> Bool {
        structure.append(array.count)
        for element in array {
            if let nested = element as? [Any] {
                guard append(nested) else { return false }
            } else if let x = Self.number(element) {
                values.append(x)
            } else {
                return false
            }
        }
        return true
    }

    /// `24`, `100×100`, or `ragged, 37 numbers`.
    var shapeDescription: String {
        shape.map { $0.map(String.init).joined(separator: "×") } ?? "ragged, \(values.count) numbers"
    }

    /// The dimensions when the array is rectangular (every sub-array at a depth has the same shape).
    var shape: [Int]?

    /// The shape of a rectangular numeric array, nil when ragged.
    static func rectangularShape(_ array: [Any]) -> [Int]? {
        guard let first = array.first else { return [0] }
        if first is [Any] {
            let inner = array.map { ($0 as? [Any]).flatMap(rectangularShape) }
            guard let shape = inner[0], inner.allSatisfy({ $0 == shape }) else { return nil }
            return [array.count] + shape
        }
        return array.allSatisfy { !($0 is [Any]) } ? [array.count] : nil
    }

    func maxAbsDifference(to other: NumericBlock) -> Double {
        var largest = 0.0
        for (x, y) in zip(values, other.values) { largest = max(largest, Self.difference(x, y)) }
        return largest
    }

    /// |x − y|, with equal non-finite values (∞ and ∞, NaN and NaN) counting as equal and any other
    /// non-finite pairing as ∞.
    static func difference(_ x: Double, _ y: Double) -> Double {
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN ? 0 : .infinity }
        if x.isInfinite || y.isInfinite { return x == y ? 0 : .infinity }
        return abs(x - y)
    }

    /// The number a JSON leaf stands for: a JSON number (not a boolean) or `"inf"`, `"-inf"`, `"nan"`.
    static func number(_ value: Any) -> Double? {
        if let n = value as? NSNumber { return isBool(n) ? nil : n.doubleValue }
        switch value as? String {
        case "inf": return .infinity
        case "-inf": return -.infinity
        case "nan": return .nan
        default: return nil
        }
    }

    /// JSONSerialization gives booleans as NSNumbers of Objective-C type `c`.
    static func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }
}
