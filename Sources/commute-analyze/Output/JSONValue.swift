/// A JSON document as a value, written deterministically by `JSONWriter` (keys sorted by their
/// UTF-8 bytes, non-finite numbers as `null`).
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// A number, or `null` when it is not finite.
  static func finite(_ value: Double) -> JSONValue {
    value.isFinite ? .number(value) : .null
  }

  /// A string, or `null` for `nil`.
  static func optional(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }
}
