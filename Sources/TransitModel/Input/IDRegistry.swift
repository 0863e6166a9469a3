/// Where each id was first defined, to report duplicates and resolve references.
struct IDRegistry: Sendable {
  var kind: String
  var first: [String: SourceLocation] = [:]
  /// False when the defining table could not be read (missing file, unusable header): references to
  /// it are then not checked, so one broken header does not flood the report with unknown ids.
  var isAvailable = true

  init(kind: String) {
    self.kind = kind
  }

  /// Registers `id` defined at `location`; reports and returns false on a duplicate.
  mutating func register(
    _ id: String, at location: SourceLocation, _ diagnostics: inout [InputDiagnostic]
  ) -> Bool {
    if let earlier = first[id] {
      diagnostics.append(Self.duplicate(kind, id, at: location, earlier: earlier))
      return false
    }
    first[id] = location
    return true
  }

  /// The error for `id` defined again at `location`.
  static func duplicate(
    _ kind: String, _ id: String, at location: SourceLocation, earlier: SourceLocation
  ) -> InputDiagnostic {
    InputDiagnostic(.error, location, "duplicate \(kind) id '\(id)' (first defined at \(earlier))")
  }

  /// Ids of rows skipped for an error already reported: references to them are not reported again.
  var unchecked: Set<String> = []

  /// Accepts ids of skipped rows as known for references (they are not definitions).
  mutating func acceptUnchecked(_ ids: [String]) {
    unchecked.formUnion(ids.filter { !$0.isEmpty })
  }

  /// Whether `id` is defined, or cannot be checked because the table is unavailable.
  func contains(_ id: String) -> Bool { !isAvailable || first[id] != nil || unchecked.contains(id) }
}

/// `IDRegistry` for rows keyed by several columns (a connector's place, stop and mode): the key is
/// hashed as it is, and written out only when a duplicate is reported.
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
    if let earlier = first[key] {
      diagnostics.append(
        IDRegistry.duplicate(kind, key.description, at: location, earlier: earlier))
      return false
    }
    first[key] = location
    return true
  }
}
