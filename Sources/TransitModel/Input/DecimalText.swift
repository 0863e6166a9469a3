/// Strict decimal numbers as written in network files and parameter values.
///
/// `Double("0x1p3")`, `Double("nan")` and `Double("inf")` all succeed in Swift; the files only allow
/// `[+-]digits[.digits][e[+-]digits]` (or `.digits`). The caller still checks `isFinite`, since
/// `1e999` is well-formed but overflows to infinity. The command line reads its numbers with the same
/// grammar, so a number means the same in a file, a `--param` and an option.
public enum DecimalText {
  /// The value of `text`, or nil when it is not a plain decimal number.
  public static func parse(_ text: String) -> Double? {
    guard isDecimal(text) else { return nil }
    return Double(text)
  }

  /// The value of `text` as a whole number (digits, optional sign), or nil.
  public static func parseInteger(_ text: String) -> Int? {
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
    guard !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    return Int(text)
  }

  /// Whether `text` is `[+-]digits[.digits][e[+-]digits]` (or `.digits`). The grammar is ASCII, so
  /// its bytes are read: every byte of a non-ASCII character is 0x80 or more, which no rule matches.
  /// (Reading it as Unicode scalars, as before, built an array for every number of a network.)
  static func isDecimal(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        return index - start
      }
      var mantissaDigits = digits()
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        mantissaDigits += digits()
      }
      guard mantissaDigits > 0 else { return false }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
      {
        index += 1
        if index < bytes.count,
          bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
        {
          index += 1
        }
        guard digits() > 0 else { return false }
      }
      return index == bytes.count
    }
  }
}
