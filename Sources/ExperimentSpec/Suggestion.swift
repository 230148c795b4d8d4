/// The candidate within edit distance ⅓ of the word's length (at least 2), if any.
func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3), best.1 > 0 || word != best.0 else { return nil }
    return best.0
}

/// Levenshtein distance.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

/// "Did you mean" for names typed on the command line (experiment ids, kinds).
public enum Suggestions {
    /// Up to `limit` candidates close to `word`, closest first: within the edit distance `closest(to:in:)` allows,
    /// or containing the word (or contained in it), ignoring case.
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lower = word.lowercased()
        let allowed = max(2, word.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let c = candidate.lowercased()
            let distance = editDistance(lower, c)
            if distance <= allowed { return (candidate, distance) }
            if !lower.isEmpty, c.contains(lower) || lower.contains(c) { return (candidate, allowed + 1 + abs(c.count - lower.count)) }
            return nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }
}
