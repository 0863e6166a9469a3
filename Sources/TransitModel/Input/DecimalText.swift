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

  static func isDecimal(_ text: String) -> Bool {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
    var index = 0
    func digits() -> Int {
      let start = index
      while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
      return index - start
    }
    var mantissaDigits = digits()
    if index < scalars.count, scalars[index] == "." {
      index += 1
      mantissaDigits += digits()
    }
    guard mantissaDigits > 0 else { return false }
    if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
      index += 1
      if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
      guard digits() > 0 else { return false }
    }
    return index == scalars.count
  }
}
