import Foundation

/// A JSON document as plain values, decoded by Foundation's `JSONDecoder`, so that validation can walk it
/// with JSON paths and report every problem at once (Codable stops at the first).
public indirect enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members, sorted by key (the decoder does not keep document order).
    case object([(String, JSONValue)])

    public init(from decoder: Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            // Foundation does not promise key order; sort for a deterministic walk.
            let keys = object.allKeys.sorted { $0.stringValue < $1.stringValue }
            self = .object(try keys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let d = try? single.decode(Double.self) { self = .number(d) }
        else { self = .string(try single.decode(String.self)) }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A short name of the value's JSON type, for messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The type and the value, for "got …" in messages: `string "abc"`, `null`.
    public var described: String { self == .null ? "null" : "\(typeName) \(summary)" }

    /// The value as compact JSON-like text, for messages.
    public var summary: String {
        switch self {
        case .null: return "null"
        case let .bool(b): return String(b)
        case let .number(d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case let .string(s): return "\"\(s)\""
        case let .array(a): return "[" + a.prefix(4).map(\.summary).joined(separator: ", ") + (a.count > 4 ? ", …" : "") + "]"
        case let .object(o): return "{" + o.prefix(3).map { "\"\($0.0)\": …" }.joined(separator: ", ") + (o.count > 3 ? ", …" : "") + "}"
        }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
