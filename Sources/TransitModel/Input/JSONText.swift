/// JSON string literals (RFC 8259), written once for every JSON the project produces: the
/// library's scenario files and the tool's reports.
public enum JSONText {
  /// `text` as a JSON string: quote, backslash and control characters (C0 and DEL) escaped.
  /// With `escapingMarkup`, `<`, `>`, `&`, U+2028 and U+2029 are escaped too, so the string can
  /// be embedded in HTML or a JavaScript source unchanged.
  public static func quoted(_ text: String, escapingMarkup: Bool = false) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F
          || (escapingMarkup && "<>&\u{2028}\u{2029}".unicodeScalars.contains(scalar))
        {
          result += unicodeEscape(scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
