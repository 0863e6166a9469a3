/// Minutes as reports show them: one decimal, rounded half up from whole seconds, no locale
/// (`3630` s → `"60.5"`). Unreachable (nil) has no minutes.
enum MinutesText {
  /// Tenths of a minute, or `nil` when unreachable.
  static func tenths(seconds: Int32?) -> Int? {
    guard let seconds, seconds >= 0 else { return nil }
    return (Int(seconds) * 10 + 30) / 60
  }

  /// `"60.5"`, or `nil` when unreachable.
  static func text(seconds: Int32?) -> String? {
    guard let tenths = tenths(seconds: seconds) else { return nil }
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// The same value as a JSON number, or `null` when unreachable.
  static func json(seconds: Int32?) -> JSONValue {
    guard let tenths = tenths(seconds: seconds) else { return .null }
    return .number(Double(tenths) / 10)
  }
}
