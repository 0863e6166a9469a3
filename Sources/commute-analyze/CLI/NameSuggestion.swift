/// "Did you mean" suggestions by edit distance, for options, commands and (as a fallback) names.
enum NameSuggestion {
  /// Up to `limit` candidates closest to `query` (case-insensitive Levenshtein distance, ties by
  /// name), only those within a distance that still looks like a typo.
  static func closest(to query: String, among candidates: [String], limit: Int) -> [String] {
    let lowered = Array(query.lowercased())
    let scored = candidates.map { candidate -> (Int, String) in
      (distance(lowered, Array(candidate.lowercased())), candidate)
    }
    let threshold = max(2, lowered.count / 2)
    return
      scored
      .filter { $0.0 <= threshold }
      .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      .prefix(limit).map(\.1)
  }

  /// Levenshtein distance over characters.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
