import TransitModel

/// "Did you mean" suggestions by edit distance, for options, commands and (as a fallback) names.
enum NameSuggestion {
  /// Up to `limit` candidates closest to `query` (case-insensitive Levenshtein distance, ties by
  /// name), only those within a distance that still looks like a typo.
  static func closest(to query: String, among candidates: [String], limit: Int) -> [String] {
    let lowered = Array(query.lowercased())
    let scored = candidates.map { candidate -> (Int, String) in
      (EditDistance.between(lowered, Array(candidate.lowercased())), candidate)
    }
    let threshold = max(2, lowered.count / 2)
    return
      scored
      .filter { $0.0 <= threshold }
      .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      .prefix(limit).map(\.1)
  }
}
