/// Whether the figures of a row are cited or estimated: the one rule by which every report says how
/// much of a result rests on estimates (DESIGN.md "Honest figures").
///
/// A source is *estimated* when it contains `est.` as a word (not preceded by a Latin letter, so
/// not the end of a word such as "latest.") or `unverified` anywhere, in any (ASCII) case: `est. straight line 98 km x 1.2`,
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
  ///
  /// - Complexity: O(*n*) in the UTF-8 length, without allocating (run once per row of networks
  ///   of a million rows).
  public static func isEstimated(_ source: String) -> Bool {
    var text = source
    return text.withUTF8 { bytes in
      // One pass: most bytes are neither `u` nor `e` in any case and are passed with one test.
      for start in bytes.indices {
        switch bytes[start] | 0x20 {
        case UInt8(ascii: "u"):
          if matches(bytes, at: start, "unverified") { return true }
        case UInt8(ascii: "e"):
          if matches(bytes, at: start, "est."), start == 0 || !isLetter(bytes[start - 1]) {
            return true
          }
        default: continue
        }
      }
      return false
    }
  }

  /// Whether `word` (lowercase ASCII) is at `start` of `text`, in any ASCII case.
  private static func matches(
    _ text: UnsafeBufferPointer<UInt8>, at start: Int, _ word: StaticString
  ) -> Bool {
    let count = word.utf8CodeUnitCount
    guard text.count - start >= count else { return false }
    let letters = word.utf8Start
    for offset in 0..<count where lower(text[start + offset]) != letters[offset] {
      return false
    }
    return true
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (65...90).contains(byte) ? byte | 0x20 : byte
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (97...122).contains(lower(byte)) }
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

/// `SourceQuality.isEstimated` over a network's rows, judging once a text that rows share (the
/// same `String` storage, not only the same bytes: a network read from a cache, or from CSV whose
/// cells repeat their column's texts, shares each distinct source among its rows).
///
/// The judgements are kept by where a text is stored, in a small table indexed by that address (a
/// province-size network has a few thousand distinct sources over a million rows, and rows in key
/// order seldom repeat the source of the row before). A text judged is kept with its judgement, so
/// its storage is not freed and reused for another text while it is in the table; a text that
/// meets another in its slot is judged again.
struct SourceJudge {
  private struct Judged {
    var storage: UnsafeRawPointer?
    var text = ""
    var estimated = false
  }

  /// Slots by address (a power of two).
  private static let slots = 1_024
  private var judged: [Judged] = []

  mutating func isEstimated(_ source: String) -> Bool {
    // A text stored inline has no storage of its own to compare.
    guard source.utf8.count > RepeatedCellTexts.inlineBytes,
      let storage = source.utf8.withContiguousStorageIfAvailable({
        UnsafeRawPointer($0.baseAddress)
      }) ?? nil
    else { return SourceQuality.isEstimated(source) }
    if judged.isEmpty { judged = Array(repeating: Judged(), count: Self.slots) }
    // Storage is at least 16-byte aligned: the bits above those pick the slot.
    let slot = (Int(bitPattern: storage) >> 4) & (Self.slots - 1)
    if judged[slot].storage == storage, judged[slot].text.utf8.count == source.utf8.count {
      return judged[slot].estimated
    }
    let estimated = SourceQuality.isEstimated(source)
    judged[slot] = Judged(storage: storage, text: source, estimated: estimated)
    return estimated
  }
}
