/// Where each row key was first defined, to report a second row with the same key: a key of one
/// column (an id: `IDRegistry`) or of several (a connector's place, stop and mode), hashed as it is
/// and written out only when a duplicate is reported.
struct KeyRegistry<Key: Hashable & Sendable & CustomStringConvertible>: Sendable {
  var kind: String
  private var first: [Key: SourceLocation] = [:]

  init(kind: String) {
    self.kind = kind
  }

  /// Registers `key` defined at `location`; reports and returns false on a duplicate.
  mutating func register(
    _ key: Key, at location: SourceLocation, _ diagnostics: inout [InputDiagnostic]
  ) -> Bool {
    // One lookup for a new key (nearly every key); a duplicate puts the first location back.
    guard let earlier = first.updateValue(location, forKey: key) else { return true }
    first[key] = earlier
    diagnostics.append(
      InputDiagnostic(
        .error, location, "duplicate \(kind) id '\(key)' (first defined at \(earlier))"))
    return false
  }

  /// Whether `key` was registered.
  func contains(_ key: Key) -> Bool { first[key] != nil }

  /// Room for `count` more keys, for a reader that knows how many rows it registers.
  mutating func reserveCapacity(_ count: Int) {
    first.reserveCapacity(first.count + count)
  }
}

/// Where each id was first defined, to report duplicates and resolve references.
struct IDRegistry: Sendable {
  private var defined: KeyRegistry<String>
  /// False when the defining table could not be read (missing file, unusable header): references to
  /// it are then not checked, so one broken header does not flood the report with unknown ids.
  var isAvailable = true

  init(kind: String) {
    defined = KeyRegistry(kind: kind)
  }

  /// What the ids name (`place`, `stop`, …), in messages.
  var kind: String { defined.kind }

  /// Registers `id` defined at `location`; reports and returns false on a duplicate.
  mutating func register(
    _ id: String, at location: SourceLocation, _ diagnostics: inout [InputDiagnostic]
  ) -> Bool {
    defined.register(id, at: location, &diagnostics)
  }

  /// Room for `count` more ids.
  mutating func reserveCapacity(_ count: Int) { defined.reserveCapacity(count) }

  /// Ids of rows skipped for an error already reported: references to them are not reported again.
  var unchecked: Set<String> = []

  /// Accepts ids of skipped rows as known for references (they are not definitions).
  mutating func acceptUnchecked(_ ids: [String]) {
    unchecked.formUnion(ids.filter { !$0.isEmpty })
  }

  /// Whether `id` is defined, or cannot be checked because the table is unavailable.
  func contains(_ id: String) -> Bool {
    !isAvailable || defined.contains(id) || unchecked.contains(id)
  }
}
