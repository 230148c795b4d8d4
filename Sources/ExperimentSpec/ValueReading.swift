/// An axis or colour range `[lower, upper]` with upper > lower.
public struct Interval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }
    public var range: ClosedRange<Double> { lower...upper }
}

/// Canvas margins around the axes: fractions of the width (left, right) and height (top, bottom).
public struct Margins: Sendable, Equatable {
    public var left: Double, right: Double, top: Double, bottom: Double
    public init(_ left: Double, _ right: Double, _ top: Double, _ bottom: Double) {
        (self.left, self.right, self.top, self.bottom) = (left, right, top, bottom)
    }
    public var values: [Double] { [left, right, top, bottom] }
}

/// Readers of the compound `plot` values (each checks its value and logs what is wrong at its path).
enum ValueReading {
    static func pointReference(_ reader: ObjectReader, _ key: String) -> PointReference? {
        guard let v = reader.value(key) else { return nil }
        let path = reader.childPath(key)
        switch v {
        case let .number(d) where d == d.rounded() && d >= 1 && d <= Double(ExperimentFile.maxSamples):
            return .index(Int(d))
        case let .array(items) where items.count == 2:
            let limit = ParameterType.coordinateLimit
            let values = items.enumerated().map { reader.readNumber($1, path: "\(path)[\($0)]", .range(-limit, limit)) }
            guard let a = values[0], let b = values[1] else { return nil }
            return .point(a, b)
        default:
            reader.log.add(path, "must be a 1-based data index (Y[i]) or a point [y1, y2], got \(v.summary)")
            return nil
        }
    }

    /// Figure margins `[left, right, top, bottom]` as fractions of the canvas, leaving a plot region.
    static func margins(_ reader: ObjectReader, _ key: String) -> Margins? {
        guard let m = reader.numbers(key, count: 4...4, .range(0, ParameterType.maxMargin)) else { return nil }
        guard m[0] + m[1] < 0.9, m[2] + m[3] < 0.9 else {
            reader.log.add(reader.childPath(key), "left + right and top + bottom must each leave at least 10 % of the canvas, got [\(m.map { String($0) }.joined(separator: ", "))]")
            return nil
        }
        return Margins(m[0], m[1], m[2], m[3])
    }

    static func pointList(_ reader: ObjectReader, _ key: String, minCount: Int) -> [[Double]]? {
        guard let items = reader.array(key, minCount: minCount, maxCount: ParameterType.maxPoints) else { return nil }
        var points: [[Double]] = []
        let limit = ParameterType.coordinateLimit
        for (i, item) in items.enumerated() {
            let path = "\(reader.childPath(key))[\(i)]"
            guard case let .array(pair) = item, pair.count == 2 else {
                reader.log.add(path, "must be a point [y1, y2], got \(item.summary)")
                continue
            }
            let values = pair.enumerated().compactMap { reader.readNumber($1, path: "\(path)[\($0)]", .range(-limit, limit)) }
            if values.count == 2 { points.append(values) }
        }
        return points.count == items.count ? points : nil
    }

    static func gridAxis(_ reader: ObjectReader, _ key: String) -> GridAxis? {
        let limit = ParameterType.coordinateLimit
        guard let v = reader.numbers(key, count: 3...3, .range(-limit, limit)) else { return nil }
        let path = reader.childPath(key)
        guard v[2] > 0 else {
            reader.log.add("\(path)[2]", "the step must be > 0, got \(text(v[2]))")
            return nil
        }
        guard v[1] > v[0] else {
            reader.log.add(path, "is empty: stop \(text(v[1])) must be above start \(text(v[0]))")
            return nil
        }
        let axis = GridAxis(start: v[0], stop: v[1], step: v[2])
        let count = axis.pointCount
        if count < 2 {
            reader.log.add(path, "has 1 point: the step \(text(v[2])) is larger than stop − start (\(text(v[1] - v[0]))); a grid needs at least 2")
            return nil
        }
        if count > ExperimentFile.maxGridAxisPoints {
            reader.log.add(path, "has \(count) points; the limit is \(ExperimentFile.maxGridAxisPoints) per axis")
            return nil
        }
        return axis
    }

    /// `[lower, upper]` with upper > lower (`ends` names them in the message: `lower`/`upper`, `min`/`max`).
    static func interval(_ reader: ObjectReader, _ key: String, ends: (String, String)) -> Interval? {
        let limit = ParameterType.coordinateLimit
        guard let range = reader.numbers(key, count: 2...2, .range(-limit, limit)) else { return nil }
        guard range[1] > range[0] else {
            reader.log.add(reader.childPath(key), "must be [\(ends.0), \(ends.1)] with \(ends.1) > \(ends.0), got [\(text(range[0])), \(text(range[1]))]")
            return nil
        }
        return Interval(range[0], range[1])
    }

    /// A number as the file would write it (`3`, not `3.0`).
    static func text(_ d: Double) -> String { JSONValue.number(d).summary }
}
