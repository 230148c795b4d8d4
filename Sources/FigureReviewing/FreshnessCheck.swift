/// Whether a committed figures directory is exactly what a fresh regeneration writes, byte for byte,
/// the gallery included. This is the check that keeps committed figures in step with the code.
public struct FreshnessCheck: Sendable, Equatable {
    /// Files on both sides whose bytes differ (the committed one is stale).
    public var stale: [String]
    /// Files the regeneration writes that the committed directory lacks.
    public var missing: [String]
    /// Committed files that no experiment produces any more.
    public var extra: [String]
    /// Files identical on both sides.
    public var identicalCount: Int

    public var isFresh: Bool { stale.isEmpty && missing.isEmpty && extra.isEmpty }

    /// Compares `committed` with `fresh` byte by byte.
    public static func compare(committed: FigureFiles, fresh: FigureFiles) -> FreshnessCheck {
        var check = FreshnessCheck(stale: [], missing: [], extra: [], identicalCount: 0)
        for name in Set(committed.files.keys).union(fresh.files.keys).sorted() {
            switch (committed.files[name], fresh.files[name]) {
            case let (old?, new?):
                if old == new { check.identicalCount += 1 } else { check.stale.append(name) }
            case (nil, _?):
                check.missing.append(name)
            case (_?, nil):
                check.extra.append(name)
            case (nil, nil):
                break
            }
        }
        return check
    }
}
