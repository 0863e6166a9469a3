/// Where each id was first defined, to report duplicates and resolve references.
struct IDRegistry: Sendable {
  var kind: String
  var first: [String: SourceLocation] = [:]

  init(kind: String) {
    self.kind = kind
  }

  /// Registers `id` defined at `location`; reports and returns false on a duplicate.
  mutating func register(
    _ id: String, at location: SourceLocation, _ diagnostics: inout [InputDiagnostic]
  ) -> Bool {
    if let earlier = first[id] {
      diagnostics.append(
        InputDiagnostic(
          .error, location, "duplicate \(kind) id '\(id)' (first defined at \(earlier))"))
      return false
    }
    first[id] = location
    return true
  }

  func contains(_ id: String) -> Bool { first[id] != nil }
}
