import CairoRenderer
import Dispatch
import ExperimentSpec
import FigureCatalogue
import Foundation
import Plotting
import Synchronization

/// Options of one run.
public struct RunOptions: Sendable {
    public var jobs: Int
    /// Re-render even when the cache says the outputs are current.
    public var force: Bool
    /// Whether to use the cache directory (records and trained models); false when it is unusable.
    public var useCache: Bool
    /// Told each experiment's stages as they start (see `RunStage`), from the worker threads.
    public var activity: RunActivity?
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, useCache: Bool = true,
                activity: RunActivity? = nil) {
        self.jobs = jobs
        self.force = force
        self.useCache = useCache
        self.activity = activity
    }
}

/// What happened to one experiment.
public struct ExperimentReport: Sendable {
    public enum Status: Sendable, Equatable {
        case rendered
        case upToDate
        case failed(String)
    }
    public var id: String
    public var status: Status
    public var seconds: Double
    public var files: [String]
    /// Seconds per stage (build = data, training and grids; lower; encode per format; frames, when the figure has rotation frames; json; write).
    public var stages: [(String, Double)]
    /// Problems that cost no output but cost the cache (an unusable record or model entry, a record not written).
    public var warnings: [String] = []
}

/// Runs experiments: build → lower → render every format → write all files atomically → record in the cache.
/// Experiments run concurrently; each one's bytes depend only on its spec, so scheduling never changes output.
public enum Runner {
    public static func run(_ experiments: [Experiment], layout: OutputLayout, options: RunOptions,
                           progress: @escaping @Sendable (ExperimentReport) -> Void = { _ in }) -> [ExperimentReport] {
        let results = ResultSlots(count: experiments.count)
        let next = Counter()
        let workers = max(1, min(options.jobs, experiments.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: experiments.count) {
                let report = runOne(experiments[i], layout: layout, options: options)
                results.set(i, report)
                progress(report)
            }
        }
        return results.values()
    }

    static func runOne(_ experiment: Experiment, layout: OutputLayout, options: RunOptions) -> ExperimentReport {
        let activity = options.activity
        let start = DispatchTime.now()
        let tell: @Sendable (RunStage) -> Void = { stage in activity?(experiment.id, stage) }
        tell(.checking)
        let hash = SpecHash.cacheKey(of: experiment)
        var warnings: [String] = []
        let recordPath = layout.cacheRecord(experiment.id)
        if options.useCache {
            switch CacheRecord.read(recordPath) {
            case let .found(record):
                if !options.force, record.isCurrent(hash: hash, expected: layout.outputNames(experiment), layout: layout) {
                    return ExperimentReport(id: experiment.id, status: .upToDate, seconds: seconds(since: start),
                                            files: record.files.map(\.name), stages: [])
                }
            case let .unusable(reason):
                warnings.append("cache record \(reason); rendering anew")
            case .missing:
                break
            }
        }
        let modelCache = ModelCache(directory: options.useCache ? layout.modelCacheDirectory : nil, activity: tell)
        do {
            var stages: [(String, Double)] = []
            var t = DispatchTime.now()
            func lap(_ name: String) {
                stages.append((name, seconds(since: t)))
                t = DispatchTime.now()
            }
            tell(.building)
            let output = try Catalogue.build(experiment, modelCache: modelCache)
            lap("build")
            tell(.rendering)
            let (files, overlaps) = try render(output, experiment: experiment, hash: SpecHash.provenance(of: experiment), layout: layout,
                                               lap: lap)
            warnings += overlaps
            tell(.writing)
            try AtomicFile.write(files)
            lap("write")
            let record = CacheRecord(hash: hash, files: files.map { CacheRecord.File(name: URL(fileURLWithPath: $0.path).lastPathComponent,
                                                                                      digest: FNV1a.digest($0.bytes)) },
                                     spec: SpecHash.canonicalSpec(experiment), program: ProgramIdentity.current)
            warnings += modelCache.warnings
            if options.useCache {
                do {
                    try record.write(recordPath, cacheDirectory: layout.cacheDirectory)
                } catch {
                    warnings.append("not recorded in the cache (the next run renders it again): \(error)")
                }
            }
            return ExperimentReport(id: experiment.id, status: .rendered, seconds: seconds(since: start), files: record.files.map(\.name),
                                    stages: stages, warnings: warnings)
        } catch {
            return ExperimentReport(id: experiment.id, status: .failed(String(describing: error)), seconds: seconds(since: start), files: [],
                                    stages: [], warnings: warnings + modelCache.warnings)
        }
    }

    /// All bytes of an experiment, in memory, before anything is written, and a warning for each figure whose labels
    /// still collide after the layout adapted to its size (see `Figure.fitted`).
    static func render(_ output: FigureOutput, experiment: Experiment, hash: String, layout: OutputLayout,
                       lap: (String) -> Void) throws -> (files: [(path: String, bytes: [UInt8])], warnings: [String]) {
        let measurer = CairoTextMeasurer()
        // The layout is in 1/100 in whatever the dpi (see `Figure`); only the renderer's canvas depends on it.
        let (fit, frameFits) = output.figure.fitted(metrics: measurer, frames: output.frames)
        var warnings = LabelOverlapWarning.lines(fit.problems, figure: nil)
        let commands = fit.figure.lower(metrics: measurer)
        lap("lower")
        let metadata = FigureMetadata.entries(experiment, specHash: hash)
        var files: [(path: String, bytes: [UInt8])] = []
        for name in experiment.formats {
            let format = OutputFormat(name)
            files.append((layout.path(experiment.id, name.rawValue),
                          try CairoRenderer.render(commands, width: output.figure.widthPixels, height: output.figure.heightPixels,
                                                   dpi: experiment.dotsPerInch, format: format, metadata: metadata,
                                                   svgText: experiment.svgText == .text ? .text : .outlines)))
            lap(name.rawValue)
        }
        for (i, frame) in frameFits.enumerated() {
            // Rotation frames take one adaptation with their figure, so the text does not change size between frames.
            warnings += LabelOverlapWarning.lines(frame.problems, figure: "frame \(i)")
            files.append((layout.frame(experiment.id, i),
                          try CairoRenderer.render(frame.figure.lower(metrics: measurer), width: frame.figure.widthPixels,
                                                   height: frame.figure.heightPixels, dpi: experiment.dotsPerInch, format: .png,
                                                   metadata: metadata)))
        }
        // Rotation frames get their own stage, so their PNG renders are not counted as the sidecar's time.
        if !output.frames.isEmpty { lap("frames") }
        // Big arrays go to .npy files beside the sidecar (docs/sidecars.md).
        let (data, arrays) = SidecarArrays.externalise(output.data, id: experiment.id)
        files += arrays.map { (layout.figuresDirectory + "/" + $0.name, $0.bytes) }
        let sidecar: [String: SidecarValue] = [
            "id": .string(experiment.id), "kind": .string(experiment.kind.rawValue), "title": .string(experiment.title),
            "specHash": .string(hash), "programVersion": .string(ProgramIdentity.version), "data": .object(data),
        ]
        var json = try CanonicalJSON.encode(SidecarDocument(sidecar: sidecar, spec: experiment.resolvedSpec), pretty: true)
        json.append(UInt8(ascii: "\n"))
        files.append((layout.sidecar(experiment.id), json))
        lap("json")
        return (files, warnings)
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// The sidecar file: metadata, the resolved spec, and the data drawn.
struct SidecarDocument: Encodable {
    let sidecar: [String: SidecarValue]
    let spec: JSONValue
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in sidecar { try c.encode(value, forKey: AnyCodingKey(key)) }
        try c.encode(spec, forKey: AnyCodingKey("spec"))
    }
}

struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Thread-safe slots for results in experiment order.
final class ResultSlots: Sendable {
    private let slots: Mutex<[ExperimentReport?]>
    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
    func set(_ i: Int, _ r: ExperimentReport) { slots.withLock { $0[i] = r } }
    func values() -> [ExperimentReport] { slots.withLock { $0.map { $0! } } }
}

/// A shared work counter.
final class Counter: Sendable {
    private let value = Mutex(0)
    func take(below limit: Int) -> Int? {
        value.withLock { value in
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

extension OutputFormat {
    /// The renderer's format of a validated `formats` entry.
    init(_ name: OutputFormatName) {
        switch name {
        case .png: self = .png
        case .svg: self = .svg
        case .pdf: self = .pdf
        }
    }
}
