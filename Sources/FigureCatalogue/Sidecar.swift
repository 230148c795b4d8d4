import EBMCore

/// A value of a figure's data sidecar (`ID.json`): every array drawn and every parameter used.
public indirect enum SidecarValue: Encodable, Sendable, Equatable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case array([SidecarValue])
    case object([String: SidecarValue])

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case let .number(d): try c.encode(d)
        case let .string(s): try c.encode(s)
        case let .bool(b): try c.encode(b)
        case let .array(a): try c.encode(a)
        case let .object(o): try c.encode(o)
        }
    }
}

/// Conversions used by the builders to fill sidecars.
extension SidecarValue {
    static func numbers(_ values: [Double]) -> SidecarValue { .array(values.map(SidecarValue.number)) }
    static func points(_ points: [Point2]) -> SidecarValue { .array(points.map { .numbers([$0.x, $0.y]) }) }
    static func matrix(_ rows: [[Double]]) -> SidecarValue { .array(rows.map(numbers)) }
    /// A row-major grid as rows (row 0 = first y value).
    static func grid(_ values: [Double], columns: Int) -> SidecarValue {
        .array(stride(from: 0, to: values.count, by: columns).map { numbers(Array(values[$0..<min(values.count, $0 + columns)])) })
    }
    static func decoder(_ d: EllipseDecoder) -> SidecarValue { .object(["w1": .number(d.w1), "w2": .number(d.w2)]) }
}

/// What a builder produces: the figure description and its sidecar.
public struct FigureOutput: Sendable {
    public var figure: Plotting.Figure
    public var data: [String: SidecarValue]
    /// Extra frames (e.g. a rotation) written as `ID-frameN.png`.
    public var frames: [Plotting.Figure]

    public init(figure: Plotting.Figure, data: [String: SidecarValue], frames: [Plotting.Figure] = []) {
        self.figure = figure
        self.data = data
        self.frames = frames
    }
}

import Plotting
