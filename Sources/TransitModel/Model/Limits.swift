/// The ranges the figures of a network must lie in (Networks/README.md, "Diagnostics"): beyond them
/// a value is a typo, and sums of seconds stay far from `Int32` overflow.
///
/// Defined once and checked twice: on each cell while parsing (`NetworkRow`), and on the model
/// (`NetworkValidator+Figures`), so a figure set by an edit meets the same range, and the same
/// message, as one read from a file.
enum Limits {
  /// A range of decimal figures: finite, from (or above) `lower`, up to `upper`.
  struct DecimalRange: Sendable {
    /// The smallest value allowed (or the bound just below it, when `lowerOpen`).
    let lower: Double
    /// The largest value allowed.
    let upper: Double
    /// Whether `lower` itself is excluded (`> 0`).
    let lowerOpen: Bool

    init(_ bounds: ClosedRange<Double>, lowerOpen: Bool = false) {
      self.lower = bounds.lowerBound
      self.upper = bounds.upperBound
      self.lowerOpen = lowerOpen
    }

    /// Whether `value` is finite and in the range.
    func contains(_ value: Double) -> Bool {
      value.isFinite && (lowerOpen ? value > lower : value >= lower) && value <= upper
    }

    /// What a figure must be: `a finite number > 0 and ≤ 5000`.
    var requirement: String {
      "a finite number \(lowerOpen ? ">" : "≥") \(Parameters.format(lower)) and ≤ "
        + Parameters.format(upper)
    }

    /// The message for a figure out of the range: `length_km must be …, got '0'`.
    /// - Parameters:
    ///   - column: The column of the figure.
    ///   - found: What was found, as it should be quoted in the message.
    func violation(_ column: String, got found: String) -> String {
      "\(column) must be \(requirement), got \(found)"
    }
  }

  /// A range of whole figures.
  struct WholeRange: Sendable {
    /// The values allowed.
    let bounds: ClosedRange<Int>

    init(_ bounds: ClosedRange<Int>) {
      self.bounds = bounds
    }

    /// Whether `value` is in the range.
    func contains(_ value: Int) -> Bool { bounds.contains(value) }

    /// What a figure must be: `a whole number ≥ 0 and ≤ 2000000000`.
    var requirement: String {
      "a whole number ≥ \(bounds.lowerBound) and ≤ \(bounds.upperBound)"
    }

    /// The message for a figure out of the range: `population must be …, got -5`.
    /// - Parameters:
    ///   - column: The column of the figure.
    ///   - found: What was found, as it should be quoted in the message.
    func violation(_ column: String, got found: String) -> String {
      "\(column) must be \(requirement), got \(found)"
    }
  }

  /// Any minutes figure (run time, dwell, connector, transfer, explicit link minutes).
  static let minutes = DecimalRange(0...10_000)
  /// Minutes between departures: a minutes figure, and more than 0.
  static let headwayMinutes = DecimalRange(minutes.lower...minutes.upper, lowerOpen: true)
  /// Departures per day per direction.
  static let departuresPerDay = DecimalRange(0...10_000, lowerOpen: true)
  /// A road link's length.
  static let lengthKm = DecimalRange(0...5_000, lowerOpen: true)
  /// A road link's own speed.
  static let speedKmh = DecimalRange(1...1_000)
  /// Residents of one place.
  static let population = WholeRange(0...2_000_000_000)
  /// The planner's order number of a line stop.
  static let seq = WholeRange(0...1_000_000_000)
  /// WGS-84 latitude, degrees.
  static let latitude = DecimalRange(-90...90)
  /// The longest name (`name_zh`, `name_en`), in characters: the default network's longest is 80.
  static let nameCharacters = 200
  /// WGS-84 longitude, degrees.
  static let longitude = DecimalRange(-180...180)
}
