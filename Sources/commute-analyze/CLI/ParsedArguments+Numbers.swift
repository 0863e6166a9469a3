import TransitModel

/// Numbers on the command line, read with the network files' grammar (`DecimalText`): plain
/// decimals only, so `0x10`, `nan`, `inf` and `1e999` are refused as they are in a file or a
/// `--param`, each with a usage error naming the option.
extension ParsedArguments {
  /// The smallest number of minutes an option takes.
  enum MinutesBound: Sendable {
    /// More than zero (`coverage --within`: a threshold of 0 minutes would hold only the anchors).
    case aboveZero
    /// Zero or more (`isochrone --within`, `map --within`, `map --gap-minutes`).
    case zeroOrMore

    func admits(_ minutes: Double) -> Bool {
      switch self {
      case .aboveZero: return minutes > 0
      case .zeroOrMore: return minutes >= 0
      }
    }

    var text: String {
      switch self {
      case .aboveZero: return "> 0"
      case .zeroOrMore: return "≥ 0"
      }
    }
  }

  /// Minutes given to the single-valued `--name`, or `nil` when the option is absent.
  func minutes(_ name: String, bound: MinutesBound) throws -> Double? {
    guard let text = value(name) else { return nil }
    return try minutes(text, option: name, bound: bound, example: nil)
  }

  /// Every minutes value given to the repeatable `--name` (comma lists allowed: `--within 30,60
  /// --within 90`), in the order given; empty when the option is absent.
  func minutesList(_ name: String, bound: MinutesBound) throws -> [Double] {
    try listValues(name).map { try minutes($0, option: name, bound: bound, example: "30,60,90") }
  }

  /// `text` as minutes for `--option`: a finite decimal number within `bound`.
  private func minutes(_ text: String, option: String, bound: MinutesBound, example: String?) throws
    -> Double
  {
    guard let minutes = DecimalText.parse(text), minutes.isFinite, bound.admits(minutes) else {
      throw usageError(
        "invalid value '\(text)' for '--\(option)': expected minutes, a finite decimal number "
          + "\(bound.text)\(example.map { ", e.g. \($0)" } ?? "")")
    }
    return minutes
  }

  /// A whole number (digits, optional sign) in `range` given to `--name`, or `nil` when the option
  /// is absent.
  func wholeNumber(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
    guard let text = value(name) else { return nil }
    guard let number = DecimalText.parseInteger(text), range.contains(number) else {
      throw usageError(
        "invalid value '\(text)' for '--\(name)': expected a whole number from "
          + "\(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }
}
