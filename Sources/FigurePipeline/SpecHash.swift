import ExperimentSpec

/// The hashes of an experiment's resolved spec (its canonical JSON, FNV-1a): the provenance its outputs record and
/// the key under which the output cache remembers them.
public enum SpecHash {
    /// The hash of an experiment's resolved spec and the program version: the provenance the outputs record.
    /// It leaves out the executable's bytes, so that a rebuild (another build directory, a change elsewhere in
    /// the program) that draws the same figure writes the same bytes.
    public static func provenance(of experiment: Experiment) -> String {
        FNV1a.digest(specBytes(experiment) + Array(ProgramIdentity.version.utf8))
    }

    /// The cache key: the hash of an experiment's resolved spec, the program version and the running executable's
    /// digest, so that rebuilding the program with different figure code invalidates every cached figure.
    public static func cacheKey(of experiment: Experiment) -> String {
        FNV1a.digest(specBytes(experiment) + Array(ProgramIdentity.version.utf8) + Array(ProgramIdentity.executableDigest.utf8))
    }

    /// The resolved spec as canonical JSON text (what the cache record keeps to explain a re-render).
    public static func canonicalSpec(_ experiment: Experiment) -> String {
        String(decoding: specBytes(experiment), as: UTF8.self)
    }

    private static func specBytes(_ experiment: Experiment) -> [UInt8] { (try? CanonicalJSON.encode(experiment.identity)) ?? [] }
}
