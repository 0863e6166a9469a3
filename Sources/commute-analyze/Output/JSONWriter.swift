import TransitModel

/// Writes `JSONValue`s as pretty-printed JSON (two-space indent), deterministically: object keys
/// sorted by UTF-8 bytes, numbers formatted without locale, non-finite numbers as `null`.
/// Strings are escaped so that text from data cannot break out: quotes, backslashes and control
/// characters, and also `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX` (safe to embed in HTML).
enum JSONWriter {
  /// The document followed by a newline.
  static func document(_ value: JSONValue) -> String {
    var text = ""
    write(value, indent: 0, into: &text)
    return text + "\n"
  }

  private static func write(_ value: JSONValue, indent: Int, into text: inout String) {
    switch value {
    case .null: text += "null"
    case .bool(let flag): text += flag ? "true" : "false"
    case .integer(let number): text += String(number)
    case .number(let number): text += format(number)
    case .string(let string): text += quoted(string)
    case .array(let items):
      if items.isEmpty {
        text += "[]"
        return
      }
      text += "[\n"
      for (index, item) in items.enumerated() {
        text += spaces(indent + 1)
        write(item, indent: indent + 1, into: &text)
        text += index + 1 < items.count ? ",\n" : "\n"
      }
      text += spaces(indent) + "]"
    case .object(let members):
      if members.isEmpty {
        text += "{}"
        return
      }
      text += "{\n"
      let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      for (index, key) in keys.enumerated() {
        text += spaces(indent + 1) + quoted(key) + ": "
        write(members[key] ?? .null, indent: indent + 1, into: &text)
        text += index + 1 < keys.count ? ",\n" : "\n"
      }
      text += spaces(indent) + "}"
    }
  }

  private static func spaces(_ level: Int) -> String {
    String(repeating: "  ", count: level)
  }

  /// Shortest round-trip decimal; integral values without a fraction; non-finite as `null`.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  /// `string` as a JSON string, with `<`, `>`, `&`, U+2028 and U+2029 escaped as well.
  static func quoted(_ string: String) -> String {
    JSONText.quoted(string, escapingMarkup: true)
  }
}
