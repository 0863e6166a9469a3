extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }

  /// Every occurrence of the scalar `target` replaced (by scalars, so a quote followed by a
  /// combining mark is still found).
  ///
  /// - Complexity: O(*n*): the result is built as UTF-8 bytes (appending scalar sequences to a
  ///   `String.UnicodeScalarView` copied the whole view each time, quadratic for a cell of
  ///   200,000 quotes).
  func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    let replacementBytes = Array(replacement.utf8)
    for scalar in unicodeScalars {
      if scalar == target {
        bytes += replacementBytes
      } else {
        bytes += UTF8.encode(scalar)!
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
