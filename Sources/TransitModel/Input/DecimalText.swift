/// Strict decimal numbers as written in network files and parameter values.
///
/// `Double("0x1p3")`, `Double("nan")` and `Double("inf")` all succeed in Swift; the files only allow
/// `[+-]digits[.digits][e[+-]digits]` (or `.digits`). The caller still checks `isFinite`, since
/// `1e999` is well-formed but overflows to infinity. The command line reads its numbers with the same
/// grammar, so a number means the same in a file, a `--param` and an option.
public enum DecimalText {
  /// The value of `text`, or nil when it is not a plain decimal number.
  ///
  /// A number of at most 15 significant digits with at most 22 decimals or 22 powers of ten
  /// (nearly every figure of a network: `12.5`, `0.25`, `125.75`) is its digits as a whole number
  /// times or divided by a power of ten, both exact doubles, in one correctly rounded operation:
  /// the double the library's conversion gives, without calling it. Any other number is left to
  /// it.
  public static func parse(_ text: String) -> Double? {
    var text = text
    switch text.withUTF8(scan) {
    case .invalid: return nil
    case .exact(let value): return value
    case .decimal: return Double(text)
    }
  }

  /// The value of `text` as a whole number (digits, optional sign), or nil.
  public static func parseInteger(_ text: String) -> Int? {
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
    guard !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    return Int(text)
  }

  /// Whether `text` is `[+-]digits[.digits][e[+-]digits]` (or `.digits`).
  static func isDecimal(_ text: String) -> Bool {
    var text = text
    if case .invalid = text.withUTF8(scan) { return false }
    return true
  }

  /// What `scan` found in a text.
  private enum Scanned {
    /// Not the grammar.
    case invalid
    /// The grammar, and its value computed exactly.
    case exact(Double)
    /// The grammar, with too many digits or too large an exponent to compute here.
    case decimal
  }

  /// The exact doubles 10⁰ … 10²².
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
  }

  /// Reads `bytes` by the grammar, computing the value when it is exact. The grammar is ASCII, so
  /// bytes are read: every byte of a non-ASCII character is 0x80 or more, which no rule matches.
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scanned {
    var index = 0
    var negative = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    // The digits as a whole number while there are at most 15 (below 10¹⁵: exact in a double;
    // leading zeros do not count), and the power of ten the decimals and the exponent add.
    var digitsValue: UInt64 = 0
    var significant = 0
    var power = 0
    func digits(fraction: Bool) -> Int {
      let start = index
      while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
        let digit = UInt64(bytes[index] &- UInt8(ascii: "0"))
        if significant > 0 || digit != 0 { significant += 1 }
        if significant <= 15 {
          digitsValue = digitsValue * 10 + digit
          if fraction { power -= 1 }
        }
        index += 1
      }
      return index - start
    }
    var mantissaDigits = digits(fraction: false)
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      mantissaDigits += digits(fraction: true)
    }
    guard mantissaDigits > 0 else { return .invalid }
    var exponent = 0
    var exponentFits = true
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      var negativeExponent = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        negativeExponent = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      let start = index
      while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
        if index - start < 4 {
          exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
        } else {
          exponentFits = false
        }
        index += 1
      }
      guard index > start else { return .invalid }
      if negativeExponent { exponent = -exponent }
    }
    guard index == bytes.count else { return .invalid }
    power += exponent
    guard exponentFits, significant <= 15, abs(power) <= 22 else { return .decimal }
    let whole = Double(digitsValue)
    let value = power >= 0 ? whole * powersOfTen[power] : whole / powersOfTen[-power]
    return .exact(negative ? -value : value)
  }
}
