/// How far apart two names are, for "did you mean" suggestions (place names, options, commands).
public enum EditDistance {
  /// The Levenshtein distance over characters: the fewest insertions, deletions and
  /// substitutions that turn `a` into `b`.
  ///
  /// - Complexity: O(*a* × *b*) time, O(*b*) memory.
  public static func between(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
