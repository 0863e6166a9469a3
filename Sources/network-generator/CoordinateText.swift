/// A latitude or longitude cell as exact decimal: billionths of a degree plus the number of decimals
/// the cell was written with, so shifting a copy is integer arithmetic and the text written back is
/// the same on every run and every machine (no binary floating point in the output).
struct CoordinateText {
  /// The value in 10⁻⁹ degrees.
  var nanodegrees: Int64
  /// Decimals of the cell as written (0…9).
  var decimals: Int

  static let nanodegreesPerDegree: Int64 = 1_000_000_000

  /// Parses a plain decimal `[+-]digits[.digits]` with at most 9 decimals and at most 3 integer
  /// digits; nil for anything else (exponents, `nan`, empty).
  init?(_ text: String) {
    var scalars = Substring(text).unicodeScalars[...]
    var negative = false
    if let sign = scalars.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      scalars = scalars.dropFirst()
    }
    let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, (1...3).contains(whole.count),
      whole.allSatisfy({ $0.isASCII && $0.isNumber }), let wholeValue = Int64(whole)
    else { return nil }
    var fractionValue: Int64 = 0
    var decimals = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...9).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int64(fraction)
      else { return nil }
      decimals = fraction.count
      fractionValue = value
      for _ in decimals..<9 { fractionValue *= 10 }
    }
    let magnitude = wholeValue * Self.nanodegreesPerDegree + fractionValue
    nanodegrees = negative ? -magnitude : magnitude
    self.decimals = decimals
  }

  init(nanodegrees: Int64, decimals: Int) {
    self.nanodegrees = nanodegrees
    self.decimals = decimals
  }

  /// The value written with `decimals` decimals (truncated: callers shift by whole multiples of
  /// 10⁻⁴ degree and write at least 4 decimals, so nothing is lost).
  var text: String {
    let magnitude = nanodegrees.magnitude
    let whole = magnitude / UInt64(Self.nanodegreesPerDegree)
    var result = (nanodegrees < 0 ? "-" : "") + String(whole)
    guard decimals > 0 else { return result }
    var fraction = magnitude % UInt64(Self.nanodegreesPerDegree)
    for _ in decimals..<9 { fraction /= 10 }
    let digits = String(fraction)
    result += "." + String(repeating: "0", count: decimals - digits.count) + digits
    return result
  }

  /// This coordinate moved by `offset` nanodegrees (a multiple of 10⁻⁴ degree), written with at least
  /// 4 decimals.
  func shifted(by offset: Int64) -> CoordinateText {
    CoordinateText(nanodegrees: nanodegrees + offset, decimals: max(decimals, 4))
  }

  /// Degrees as a `Double`, for great-circle lengths only.
  var degrees: Double { Double(nanodegrees) / Double(Self.nanodegreesPerDegree) }
}
