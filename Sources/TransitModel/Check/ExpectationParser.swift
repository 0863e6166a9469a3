/// Reads an expectations file: one expectation per line, `#` starts a comment, blank lines are
/// skipped; every problem reported at once, `file:line:column` (the column of the word at fault).
/// The syntax is in Networks/README.md, "Expectations (`check`)".
public struct ExpectationParser {
  let network: Network
  let file: String

  public init(network: Network, file: String) {
    self.network = network
    self.file = file
  }

  /// The expectations of `text`, or every problem found.
  public func parse(_ text: String) throws(NetworkLoadError) -> [Expectation] {
    var expectations: [Expectation] = []
    var problems: [InputDiagnostic] = []
    // "\r\n" is one Character in Swift: a split on "\n" alone keeps a CRLF file in one line.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (offset, raw) in lines.enumerated() {
      var line = LineReader(raw, line: offset + 1, file: file)
      guard !line.isBlank else { continue }
      do {
        expectations.append(try parse(&line))
      } catch {
        problems.append(error)
      }
    }
    if !problems.isEmpty { throw NetworkLoadError(diagnostics: problems) }
    return expectations
  }

  private func parse(_ line: inout LineReader) throws(InputDiagnostic) -> Expectation {
    let start = line.here
    let isTarget = line.accept("target:")
    let textStart = line.position
    let claim = try claim(&line)
    if let extra = line.next() {
      throw line.problem(at: extra, "unexpected '\(extra.text)' after the expectation")
    }
    return Expectation(
      claim: claim, isTarget: isTarget, text: line.text(from: textStart), location: start)
  }

  private func claim(_ line: inout LineReader) throws(InputDiagnostic) -> Expectation.Claim {
    guard let first = line.peek() else { throw line.problem("expected an expectation") }
    switch first.text.lowercased() {
    case "share":
      _ = line.next()
      try line.expect("of")
      let group = try self.group(&line)
      try line.expect("within")
      let threshold = try line.thresholdMinutes()
      try line.expect("of")
      let anchors = try places(&line)
      try line.expect("by")
      let profile = try self.profile(&line)
      let comparison = try line.comparison()
      let percent = try line.number("a percentage")
      try line.expect("%")
      return .share(
        group: group, thresholdMinutes: threshold, anchors: anchors, profile: profile,
        comparison: comparison, percent: percent)
    case "gaps":
      _ = line.next()
      try line.expect("within")
      let threshold = try line.thresholdMinutes()
      try line.expect("of")
      let anchors = try places(&line)
      try line.expect("by")
      let profile = try self.profile(&line)
      let comparison = try line.comparison()
      let word = try line.word("a number of gaps")
      guard let count = Int(word.text), count >= 0 else {
        throw line.problem(at: word, "expected a whole number of gaps, got '\(word.text)'")
      }
      return .gapCount(
        thresholdMinutes: threshold, anchors: anchors, profile: profile, comparison: comparison,
        count: count)
    case "no":
      _ = line.next()
      for word in ["time", "worse", "than", "base", "by", "more", "than"] { try line.expect(word) }
      return .noTimeWorseThanBase(minutes: try line.minutes())
    default:
      let place = try self.place(&line)
      let verb = try line.word("'->', 'inside', 'outside' or 'joins'")
      switch verb.text.lowercased() {
      case "->":
        let to = try self.place(&line)
        try line.expect("by")
        let profile = try self.profile(&line)
        let comparison = try line.comparison()
        let minutes = try line.minutes()
        var tolerance = 0.0
        if line.accept("tolerance") { tolerance = try line.minutes() }
        return .travelTime(
          from: place, to: to, profile: profile, comparison: comparison, minutes: minutes,
          toleranceMinutes: tolerance)
      case "inside", "outside", "joins":
        let threshold = try line.thresholdMinutes()
        try line.expect("of")
        let anchors = try places(&line)
        try line.expect("by")
        let profile = try self.profile(&line)
        if verb.text.lowercased() == "joins" {
          return .joins(
            place: place, thresholdMinutes: threshold, anchors: anchors, profile: profile)
        }
        return .membership(
          place: place, inside: verb.text.lowercased() == "inside", thresholdMinutes: threshold,
          anchors: anchors, profile: profile)
      default:
        throw line.problem(
          at: verb,
          "expected '->', 'inside', 'outside' or 'joins' after a place, got '\(verb.text)'")
      }
    }
  }

  private func group(_ line: inout LineReader) throws(InputDiagnostic) -> Expectation.Group {
    let word = try line.word("metro, all, cluster ID or corridor ID")
    switch word.text.lowercased() {
    case "cluster":
      return .cluster(try Self.id(&line, "cluster", in: network.clusters))
    case "corridor":
      return .corridor(try Self.id(&line, "corridor", in: network.corridors))
    default:
      guard let scope = CoverageScope(rawValue: word.text.lowercased()) else {
        throw line.problem(
          at: word,
          "expected metro, cluster, all, 'cluster ID' or 'corridor ID', got '\(word.text)'")
      }
      return .scope(scope)
    }
  }

  /// The next word as the id of a row of `table` (`kind` names the table in the message).
  private static func id<Row: TableRow>(
    _ line: inout LineReader, _ kind: String, in table: Table<Row>
  ) throws(InputDiagnostic) -> Row.Key where Row.Key == RowID<Row> {
    let word = try line.word("a \(kind) id")
    guard table.contains(key: RowID(word.text)) else {
      let known = table.isEmpty ? "(none)" : table.map(\.key.rawValue).joined(separator: ", ")
      throw line.problem(at: word, "unknown \(kind) '\(word.text)'; \(kind)s: \(known)")
    }
    return RowID(word.text)
  }

  private func profile(_ line: inout LineReader) throws(InputDiagnostic) -> Profile {
    let word = try line.word("a profile")
    guard let profile = Profile(rawValue: word.text.lowercased()) else {
      let known = Profile.allCases.map(\.rawValue).joined(separator: ", ")
      throw line.problem(at: word, "unknown profile '\(word.text)'; profiles: \(known)")
    }
    return profile
  }

  /// A place by id or name (names with spaces in double quotes), resolved as commands resolve them.
  private func place(_ line: inout LineReader) throws(InputDiagnostic) -> PlaceID {
    let word = try line.word("a place")
    switch network.resolvePlace(word.text) {
    case .success(let index): return network.places[index].id
    case .failure(let failure): throw line.problem(at: word, failure.description)
    }
  }

  /// One place or several separated by commas (`changchun,jilin`): the nearest of them counts.
  private func places(_ line: inout LineReader) throws(InputDiagnostic) -> [PlaceID] {
    let word = try line.word("a place")
    var result: [PlaceID] = []
    for name in word.text.split(separator: ",", omittingEmptySubsequences: false) {
      guard !name.isEmpty else {
        throw line.problem(
          at: word,
          "an empty place name in '\(word.text)': give places separated by single commas")
      }
      switch network.resolvePlace(String(name)) {
      case .success(let index): result.append(network.places[index].id)
      case .failure(let failure): throw line.problem(at: word, failure.description)
      }
    }
    return result
  }
}
