import Foundation

/// Why a place name did not resolve, with the closest candidates.
public struct PlaceLookupFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// What the user typed.
  public var query: String
  /// Ids of the closest places (substring matches first, then by edit distance), at most five.
  public var suggestions: [String]

  /// True when the query names several places (the suggestions are exactly those).
  public var isAmbiguous: Bool = false

  public var description: String {
    if isAmbiguous {
      return "place name '\(query)' is ambiguous: \(suggestions.joined(separator: ", ")); use an id"
    }
    if suggestions.isEmpty { return "unknown place '\(query)'" }
    return "unknown place '\(query)'; did you mean: \(suggestions.joined(separator: ", "))?"
  }
}

/// A place a name resolved to, and how the name was read.
public struct PlaceLookup: Sendable, Hashable {
  /// How a name that is not a place's own id or name was read.
  public enum Reading: Sendable, Hashable {
    /// The place's id or one of its names (whole, or short as documented).
    case place
    /// The name of a prefecture-level city (吉林市, 长春市, Siping City), read as the city's core.
    case cityCore
    /// The name or id of a stop, read as the place the stop belongs to.
    case stop(StopID)
  }

  /// The place index.
  public var index: Int
  /// How the query was read.
  public var reading: Reading

  public init(index: Int, reading: Reading = .place) {
    self.index = index
    self.reading = reading
  }
}

extension Network {
  /// Resolves a place by id, Chinese name or English name (case-insensitive, surrounding spaces
  /// ignored): the one place lookup of every command. `lookUpPlace` says how the name was read.
  public func resolvePlace(_ query: String) -> Result<Int, PlaceLookupFailure> {
    lookUpPlace(query).map(\.index)
  }

  /// Resolves a place by id, Chinese name or English name (case-insensitive, surrounding spaces
  /// ignored). From the closest match to the loosest: an exact id; a whole name; a name without its
  /// bracketed qualifier (长春 for 长春（中心城区）, Jilin City for Jilin City (core)); that name
  /// also without an administrative suffix (德惠 for 德惠市, Nong'an for Nong'an County); the name of
  /// a prefecture-level city, which reads as its core (吉林市 or Jilin City for 吉林（中心城区）: the
  /// query without its suffix names a city core); a stop's id or whole name, which reads as the
  /// stop's place (长春西站 for 长春（中心城区）). The first of these that names any place decides:
  /// one place resolves, several fail as ambiguous, listing their ids (贝塔 names both 贝塔市 and
  /// 贝塔县). On failure otherwise, suggests up to five ids: places whose id or names contain the
  /// query (or are contained in it), then the nearest by edit distance.
  public func lookUpPlace(_ query: String) -> Result<PlaceLookup, PlaceLookupFailure> {
    let key = Self.folded(query)
    if let index = placeIndex(of: PlaceID(key)) { return .success(PlaceLookup(index: index)) }
    let names: [(Place) -> [String]] = [
      { [Self.folded($0.nameZh), Self.folded($0.nameEn)] },
      { [Self.shortForms($0.nameZh)[0], Self.shortForms($0.nameEn)[0]] },
      { Array(Self.shortForms($0.nameZh).dropFirst() + Self.shortForms($0.nameEn).dropFirst()) },
    ]
    for level in names where !key.isEmpty {
      let found = places.indices.filter { level(places[$0]).contains(key) }
      if let result = Self.decide(found, query: query, ids: { places[$0].id.rawValue }) {
        return result.map { PlaceLookup(index: $0) }
      }
    }
    let cityForms = Set(Self.shortForms(query).dropFirst())
    if !cityForms.isEmpty {
      let cores = places.indices.filter { index in
        places[index].kind == .cityCore
          && !cityForms.isDisjoint(
            with: [
              Self.shortForms(places[index].nameZh)[0], Self.shortForms(places[index].nameEn)[0],
            ])
      }
      if let result = Self.decide(cores, query: query, ids: { places[$0].id.rawValue }) {
        return result.map { PlaceLookup(index: $0, reading: .cityCore) }
      }
    }
    if let result = lookUpStop(key, query: query) { return result }
    return .failure(PlaceLookupFailure(query: query, suggestions: suggestions(for: key)))
  }

  /// A stop whose id or whole name is `key`, as its place; nil when no stop has it. Stops of
  /// several places named alike are ambiguous (their places are listed); of several stops of one
  /// place (长春西站: the railway and the metro station), the reading names the first by kind
  /// (rail, airport, coach, metro), then id.
  private func lookUpStop(_ key: String, query: String)
    -> Result<PlaceLookup, PlaceLookupFailure>?
  {
    guard !key.isEmpty else { return nil }
    let kindOrder = { (kind: StopKind) in StopKind.allCases.firstIndex(of: kind) ?? 0 }
    let named = stops.filter { stop in
      stop.id.rawValue == key || Self.folded(stop.nameZh) == key || Self.folded(stop.nameEn) == key
    }.sorted { (kindOrder($0.kind), $0.id) < (kindOrder($1.kind), $1.id) }
    var byPlace: [(place: Int, stop: StopID)] = []
    for stop in named {
      guard let place = placeIndex(of: stop.place), !byPlace.contains(where: { $0.place == place })
      else { continue }
      byPlace.append((place, stop.id))
    }
    byPlace.sort { $0.place < $1.place }
    guard
      let result = Self.decide(
        byPlace.map(\.place), query: query, ids: { places[$0].id.rawValue })
    else { return nil }
    return result.map { place in
      PlaceLookup(index: place, reading: .stop(byPlace.first { $0.place == place }!.stop))
    }
  }

  /// One index resolves, several are ambiguous, none leaves the decision to the next reading.
  private static func decide(_ found: [Int], query: String, ids: (Int) -> String)
    -> Result<Int, PlaceLookupFailure>?
  {
    if found.count == 1 { return .success(found[0]) }
    if found.count > 1 {
      return .failure(
        PlaceLookupFailure(query: query, suggestions: found.map(ids), isAmbiguous: true))
    }
    return nil
  }

  /// Folded short forms of a name: first without a trailing bracketed part, then also without one
  /// administrative suffix (市 县 区 镇 乡 旗, " city", " district", " county").
  static func shortForms(_ name: String) -> [String] {
    var base = folded(name)
    for (open, close) in [("（", "）"), ("(", ")")] {
      if base.hasSuffix(close), let range = base.range(of: open) {
        base = folded(String(base[..<range.lowerBound]))
      }
    }
    var forms = [base]
    for suffix in ["市", "县", "区", "镇", "乡", "旗", " city", " district", " county"]
    where base.hasSuffix(suffix) && base.count > suffix.count + 1 {
      forms.append(folded(String(base.dropLast(suffix.count))))
    }
    return forms
  }

  /// Names and queries longer than this many characters are never compared by edit distance, and
  /// two such texts not by substring either: both cost up to the product of the lengths, and no one
  /// mistypes a name this long.
  static let typoLengthLimit = 200

  private func suggestions(for key: String) -> [String] {
    guard !key.isEmpty else { return [] }
    var scored: [(score: Int, id: String)] = []
    for place in places {
      let names = [place.id.rawValue, place.nameZh, place.nameEn].map(Self.folded)
      // Substring search costs up to the product of the lengths: one side must be short.
      let containing = names.contains { name in
        min(name.count, key.count) <= Self.typoLengthLimit
          && (name.contains(key) || (!name.isEmpty && key.contains(name)))
      }
      if containing {
        scored.append((0, place.id.rawValue))
        continue
      }
      let limit = max(1, key.count / 3)
      // The distance is at least the difference in length, and a typo is short: only names that
      // could be within the limit, and no longer than a name one types, get the quadratic table.
      let distance =
        names.filter {
          abs($0.count - key.count) <= limit && max($0.count, key.count) <= Self.typoLengthLimit
        }
        .map { EditDistance.between(Array($0), Array(key)) }.min() ?? Int.max
      if distance <= limit { scored.append((distance, place.id.rawValue)) }
    }
    scored.sort { ($0.score, $0.id) < ($1.score, $1.id) }
    return scored.prefix(5).map(\.id)
  }

  static func folded(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars).lowercased()
  }
}
