/// Limits on numbers in network files: beyond them a value is a typo, and sums of seconds stay far
/// from `Int32` overflow.
enum Limits {
  /// Any minutes figure (run time, connector, transfer, headway, dwell, explicit link minutes).
  static let minutes: ClosedRange<Double> = 0...10_000
  static let lengthKm: ClosedRange<Double> = 0...5_000
  static let speedKmh: ClosedRange<Double> = 1...1_000
  static let population: ClosedRange<Int> = 0...2_000_000_000
  static let departuresPerDay: ClosedRange<Double> = 0...10_000
  static let seq: ClosedRange<Int> = 0...1_000_000_000
}
