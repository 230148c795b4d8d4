import EBMCore
import ExperimentSpec
import Foundation

/// Random valid experiments, drawn from a seeded generator: every kind, every key the kinds declare (their types and
/// limits come from the declarations, so a new key is exercised without touching this file), small sizes so that
/// each renders in a fraction of a second. The generator keeps to the documented limits and cross-key rules
/// (zToPi above zFromPi, a y′ index within the data, a training section where `trained` asks for one); it does not
/// avoid anything else.
struct SpecGenerator {
    var random: SeededGenerator
    /// The plot keys written so far, per kind (the tests check every declared key was exercised).
    private(set) var written: [ExperimentKind: Set<String>] = [:]
    /// The keys of the other sections written so far (`data.path`, `training.momentum`, `theme`, …).
    private(set) var writtenCommon: Set<String> = []
    /// CSV files the experiments read (`"source": "file"`), by name, to be written beside the experiments file.
    private(set) var dataFiles: [(name: String, text: String)] = []

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// `count` experiments, the kinds in turn, as the objects of an experiments file.
    mutating func experiments(_ count: Int) -> [JSONValue] {
        (0..<count).map { experiment(index: $0, kind: ExperimentKind.allCases[$0 % ExperimentKind.allCases.count]) }
    }

    /// A whole experiments file holding `experiments`.
    static func file(_ experiments: [JSONValue]) -> Data {
        let root = JSONValue.object([("experiments", .array(experiments)), ("version", .number(1))])
        return try! JSONEncoder().encode(root)
    }

    mutating func experiment(index: Int, kind: ExperimentKind) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string("g\(index)-\(kind.rawValue)")), ("kind", .string(kind.rawValue))]
        members.append(("size", .object([("width", .number(Double(int(100...140)))), ("height", .number(Double(int(80...100))))])))
        if chance(0.3) { members.append(("dpi", .number(Double(int(50...120))))) }
        if chance(0.5) { members.append(("formats", .array(formats().map(JSONValue.string)))) }
        if chance(0.5) { members.append(("theme", .string(pick(ThemeName.names)))) }
        if chance(0.3) { members.append(("svgText", .string(pick(SVGTextChoice.names)))) }
        if chance(0.3) { members.append(("title", .string("t\(index)"))) }
        if chance(0.3) { members.append(("caption", .string("c\(index)"))) }
        members.append(("model", .object([("w", .array([.number(uniform(-3, 3)), .number(uniform(-3, 3))])),
                                          ("latents", .number(Double(int(1...24)))), ("seed", .number(Double(int(0...50))))])))
        let (data, dataCount) = self.data(kind)
        members.append(("data", data))
        let plot = self.plot(kind, dataCount: dataCount)
        let trainedPlot: Bool
        if case let .object(fields) = plot, fields.contains(where: { $0.0 == "trained" && $0.1 == .bool(true) }) { trainedPlot = true } else { trainedPlot = false }
        if kind.trains || trainedPlot || chance(0.2) { members.append(("training", training(kind))) }
        members.append(("plot", plot))
        for (key, value) in members where key != "plot" {
            writtenCommon.insert(key)
            if case let .object(fields) = value { writtenCommon.formUnion(fields.map { key + "." + $0.0 }) }
        }
        return .object(members)
    }

    // MARK: Sections

    private mutating func formats() -> [String] {
        let chosen = OutputFormatName.names.filter { _ in chance(0.5) }
        return chosen.isEmpty ? ["png"] : chosen
    }

    /// A small data section the kind accepts, and its number of points.
    private mutating func data(_ kind: ExperimentKind) -> (JSONValue, Int) {
        if chance(0.1) {
            let count = int(1...6), name = "data\(dataFiles.count).csv"
            let rows = (0..<count).map { _ in
                kind.isHorn ? "\(uniform(0, 1)),\(uniform(-15, 15)),\(uniform(-10, 10))" : "\(uniform(-3, 3)),\(uniform(-2, 2))"
            }
            dataFiles.append((name, ([kind.isHorn ? "x,y1,y2" : "y1,y2"] + rows).joined(separator: "\n") + "\n"))
            return (.object([("path", .string(name)), ("source", .string("file"))]), count)
        }
        if chance(0.25) {
            let count = int(1...6)
            let rows: [JSONValue] = (0..<count).map { _ in
                kind.isHorn ? .array([.number(uniform(0, 1)), .number(uniform(-15, 15)), .number(uniform(-10, 10))])
                            : .array([.number(uniform(-3, 3)), .number(uniform(-2, 2))])
            }
            return (.object([("points", .array(rows))] + (chance(0.5) ? [("source", .string("points"))] : [])), count)
        }
        if kind.isHorn {
            let count = int(4...40)
            return (.object([("source", .string("horn")), ("count", .number(Double(count))), ("seed", .number(Double(int(0...9)))),
                             ("noise", .number(uniform(0, 0.5)))]), count)
        }
        if chance(0.5) { return (.object([("source", .string("lecture"))] + (chance(0.5) ? [("count", .number(24))] : [])), 24) }
        let count = int(1...30)
        return (.object([("source", .string("ellipse")), ("count", .number(Double(count))), ("seed", .number(Double(int(0...9)))),
                         ("noise", .number(uniform(0, 0.3)))]), count)
    }

    private mutating func training(_ kind: ExperimentKind) -> JSONValue {
        let optimizer = pick(OptimizerName.names)
        var members: [(String, JSONValue)] = [
            ("optimizer", .string(optimizer)),
            // Learning rates that converge on these small sets: a training that diverges is a documented run failure
            // (docs/experiments.md, `training`), which no validation can foresee; SGD needs small steps on the horn's
            // networks (docs/lecture.md §5.3).
            ("learningRate", .number(optimizer == "adam" ? uniform(0.001, 0.02) : kind.isHorn ? uniform(0.001, 0.01) : uniform(0.005, 0.1))),
            ("batchSize", .number(Double(int(1...8)))), ("epochs", .number(Double(int(1...2)))),
            ("order", .string(pick(TrainingOrder.names))), ("seed", .number(Double(int(0...9)))),
        ]
        if !kind.isHorn { members += [("loss", .string(pick(LossName.names))), ("margin", .number(uniform(0.1, 2)))] }
        if optimizer == "sgd", chance(0.5) { members.append(("momentum", .number(uniform(0, 0.9)))) }
        if !kind.trainsAtPlotBetas, chance(0.5) { members.append(("beta", beta())) }
        // Momentum is an SGD key: the optimizer stays written (its default is Adam for the horn kinds).
        return .object(members.filter { $0.0 == "optimizer" || chance(0.8) })
    }

    private mutating func plot(_ kind: ExperimentKind, dataCount: Int) -> JSONValue {
        var members: [(String, JSONValue)] = []
        for key in kind.keys where chance(0.7) {
            members.append((key.name, value(key.type, dataCount: dataCount)))
        }
        // A y′ left to its default (Y[23] or Y[10]) must lie in the data.
        for key in kind.keys where key.type == .pointReference && dataCount < 23 && !members.contains(where: { $0.0 == key.name }) {
            members.append((key.name, value(key.type, dataCount: dataCount)))
        }
        // The z range must hold 2 curve samples (docs/experiments.md): at least 2.1/2 periods apart, within ±100.
        if kind.keys.contains(where: { $0.name == "zToPi" }) {
            func number(_ name: String, _ fallback: Double) -> Double {
                if case let .number(v)? = members.first(where: { $0.0 == name })?.1 { return v }
                return fallback
            }
            let perPeriod = number("zPointsPerPeriod", 24)
            var lo = min(number("zFromPi", 0), number("zToPi", 2)), hi = max(number("zFromPi", 0), number("zToPi", 2))
            let gap = 2.1 * 2 / perPeriod
            if hi - lo < gap { hi = lo + gap }
            if hi > 100 { (lo, hi) = (100 - gap, 100) }
            if lo != number("zFromPi", 0) || hi != number("zToPi", 2) {
                members.removeAll { $0.0 == "zFromPi" || $0.0 == "zToPi" }
                members += [("zFromPi", .number(lo)), ("zToPi", .number(hi))]
            }
        }
        // Style-sheet overrides, which every kind takes beside its own keys.
        if chance(0.3) { members.append(("style", style())) }
        written[kind, default: []].formUnion(members.map(\.0))
        return .object(members)
    }

    // MARK: Values of each declared type, small

    private mutating func value(_ type: ParameterType, dataCount: Int) -> JSONValue {
        switch type {
        case let .number(range):
            // Half the time anywhere in the limits, half the time near the usual values.
            return chance(0.5) ? .number(uniform(range.lowerBound, range.upperBound))
                               : .number(uniform(max(range.lowerBound, -3), min(range.upperBound, 3)))
        case let .integer(range):
            return .number(Double(int(range.lowerBound...min(range.upperBound, range.lowerBound + 12))))
        case .boolean:
            return .bool(chance(0.5))
        case .beta:
            return beta()
        case .betas:
            return .array((0..<int(1...3)).map { _ in beta() })
        case let .choice(names):
            return .string(pick(names))
        case .pointReference:
            return chance(0.5) ? .number(Double(int(1...dataCount))) : point()
        case let .points(minCount):
            return .array((0..<int(minCount...3)).map { _ in point() })
        case .gridAxis:
            let start = uniform(-3, 0), stop = start + uniform(0.5, 3)
            return .array([.number(start), .number(stop), .number((stop - start) / Double(int(1...7)))])
        case .interval:
            let lower = uniform(-5, 1)
            return .array([.number(lower), .number(lower + uniform(0.1, 5))])
        case .margins:
            return .array((0..<4).map { _ in .number(uniform(0, 0.3)) })
        case let .numbers(maxCount, range):
            return .array((0..<int(0...min(maxCount, 2))).map { _ in .number(uniform(range.lowerBound, range.upperBound)) })
        }
    }

    /// `plot.style`: some of its keys, within their limits.
    private mutating func style() -> JSONValue {
        func color() -> JSONValue {
            .string("#" + (0..<(chance(0.5) ? 3 : 4)).map { _ in String(format: "%02x", int(0...255)) }.joined())
        }
        var members: [(String, JSONValue)] = []
        if chance(0.5) { members.append(("fontSize", .number(uniform(4, 40)))) }
        if chance(0.5) { members.append(("lineWidth", .number(uniform(0.1, 20)))) }
        if chance(0.5) { members.append(("palette", .array((0..<int(1...6)).map { _ in color() }))) }
        if chance(0.5) {
            let roles = StyleOverrides.roleNames.filter { _ in chance(0.3) }
            members.append(("colors", .object(roles.map { ($0, color()) })))
        }
        return .object(members)
    }

    /// β: "inf", or a value from 10⁻² to 10⁶ (the large ones underflow exp(−βE)).
    private mutating func beta() -> JSONValue {
        if chance(0.25) { return .string(pick(["inf", "infinity", "∞"])) }
        return .number(pow(10, uniform(-2, 6)))
    }

    private mutating func point() -> JSONValue { .array([.number(uniform(-3, 3)), .number(uniform(-2, 2))]) }

    // MARK: Draws

    private mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
        // Rounded to 1/1000, as a person would write it.
        ((lo + (hi - lo) * random.nextUniform()) * 1000).rounded() / 1000
    }
    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ p: Double) -> Bool { random.nextUniform() < p }
    private mutating func pick(_ names: [String]) -> String { names[int(0...(names.count - 1))] }
}
