/// Whether the figures of a row are cited or estimated: the one rule by which every report says how
/// much of a result rests on estimates (DESIGN.md "Honest figures").
///
/// A source is *estimated* when it contains `est.` as a word (not the end of a word such as
/// "latest.") or `unverified` anywhere, in any case: `est. straight line 98 km x 1.2`,
/// `§3.2 … route via Siping unverified`, `unverified: 12306 timetable`. Anything else is *cited*.
public enum SourceQuality: String, Sendable, Hashable, CaseIterable {
  /// The source cites where the figure comes from.
  case cited
  /// The figure is an estimate (`est. …`) or was not verified (`unverified …`).
  case estimated

  /// The quality of a `source` cell.
  public init(source: String) {
    self = Self.isEstimated(source) ? .estimated : .cited
  }

  /// Whether `source` marks its figure as an estimate or as unverified.
  public static func isEstimated(_ source: String) -> Bool {
    let text = Array(source.lowercased().unicodeScalars)
    if contains(text, "unverified", atWordStart: false) { return true }
    return contains(text, "est.", atWordStart: true)
  }

  /// Whether `text` contains `word`; with `atWordStart`, only where no letter precedes it.
  private static func contains(
    _ text: [Unicode.Scalar], _ word: String, atWordStart: Bool
  ) -> Bool {
    let pattern = Array(word.unicodeScalars)
    guard text.count >= pattern.count else { return false }
    for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
      guard text[start..<start + pattern.count].elementsEqual(pattern) else { continue }
      if !atWordStart || start == 0 || !text[start - 1].properties.isAlphabetic { return true }
    }
    return false
  }
}

/// A row whose figures carry a `source` (a citation, `est. …` or `unverified …`).
public protocol SourcedRow {
  /// Where the figures of this row come from.
  var source: String { get }
}

extension SourcedRow {
  /// Whether the figures of this row are estimated (`SourceQuality`).
  public var isEstimated: Bool { SourceQuality.isEstimated(source) }
}

extension Place: SourcedRow {
  /// Whether the place's position (its `source`) is estimated; `isEstimated` says the same.
  public var isPositionEstimated: Bool { isEstimated }
  /// Whether the population (its `population_source`) is estimated.
  public var isPopulationEstimated: Bool { SourceQuality.isEstimated(populationSource) }
}

extension Cluster: SourcedRow {}
extension Junction: SourcedRow {}
extension RoadLink: SourcedRow {}
extension Stop: SourcedRow {}
extension Connector: SourcedRow {}
extension StopTransfer: SourcedRow {}
extension Line: SourcedRow {}
extension LineStop: SourcedRow {}
extension Corridor: SourcedRow {}
