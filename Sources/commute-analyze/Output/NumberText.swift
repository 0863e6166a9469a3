import TransitModel

/// Numbers as the terminal tables write them (CSV and JSON keep plain numbers): grouped thousands,
/// whole percents, departures a day. No locale.
enum NumberText {
  /// `12,546,436`: groups of three digits separated by commas.
  static func grouped(_ value: Int) -> String {
    // Digits from the last, a comma before every third: built as bytes, one cell of thousands.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(27)
    var rest = value.magnitude
    var count = 0
    repeat {
      if count > 0 && count % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
      count += 1
    } while rest > 0
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    // Reversed in place: a text decoded from a reversed view is decoded byte by byte.
    bytes.reverse()
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `62%`: `part` of `whole` in whole percent, rounded half up; nil when `whole` is not positive.
  static func wholePercent(_ part: Int64, of whole: Int64) -> String? {
    guard whole > 0 else { return nil }
    return "\((part * 100 + whole / 2) / whole)%"
  }

  /// `3` or `2.5`: departures a day, one decimal when not whole.
  static func perDay(_ departures: Double) -> String {
    departures == departures.rounded() && abs(departures) < 1e9
      ? String(Int(departures)) : FixedDecimal.text(departures, decimals: 1)
  }

  /// `parameters: defaults`, or `parameters: defaults except wait-cap-min 20, dwell-min 1`: the
  /// header line every table carries, so a run with other parameters never looks like a default
  /// run.
  static func parameters(_ parameters: Parameters) -> String {
    "parameters: " + parameterValues(parameters)
  }

  /// `Parameters: defaults …`, a header line of its own.
  static func parametersLine(_ parameters: Parameters) -> String {
    "Parameters: " + parameterValues(parameters)
  }

  /// `defaults`, or `defaults except wait-cap-min 20, dwell-min 1`.
  static func parameterValues(_ parameters: Parameters) -> String {
    let changed = parameters.changedFromDefaults
    if changed.isEmpty { return "defaults" }
    return "defaults except " + changed.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
  }
}
