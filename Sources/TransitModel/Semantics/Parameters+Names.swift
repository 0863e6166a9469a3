/// A parameter name or value that `Parameters.set` refused.
public struct ParameterError: Error, Sendable, Hashable, CustomStringConvertible {
  public var name: String
  public var message: String

  public var description: String { "parameter '\(name)': \(message)" }
}

extension Parameters {
  /// One settable parameter: its kebab-case name, unit suffix and allowed range.
  struct Descriptor: Sendable {
    var name: String
    /// The unit suffix of `name` (`-min`, `-h`, `-kmh`, `-km`), or "" when unitless.
    var unitSuffix: String
    var range: ClosedRange<Double>
    /// Accepts 0 only when the lower bound is 0; a positive lower bound excludes 0.
    var lowerBoundIncluded: Bool
  }

  /// Every parameter in echo order.
  static let descriptors: [Descriptor] = [
    Descriptor(
      name: "rail-boarding-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "rail-alighting-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "airport-boarding-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "airport-alighting-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true
    ),
    Descriptor(
      name: "coach-boarding-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "coach-alighting-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "wait-cap-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "transfer-penalty-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(name: "service-span-h", unitSuffix: "-h", range: 0...24, lowerBoundIncluded: false),
    Descriptor(name: "dwell-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "congestion-factor", unitSuffix: "", range: 0...100, lowerBoundIncluded: false),
    Descriptor(
      name: "parking-min", unitSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true),
    Descriptor(
      name: "expressway-speed-kmh", unitSuffix: "-kmh", range: 1...1_000, lowerBoundIncluded: true),
    Descriptor(
      name: "national-speed-kmh", unitSuffix: "-kmh", range: 1...1_000, lowerBoundIncluded: true),
    Descriptor(
      name: "provincial-speed-kmh", unitSuffix: "-kmh", range: 1...1_000, lowerBoundIncluded: true),
    Descriptor(
      name: "urban-speed-kmh", unitSuffix: "-kmh", range: 1...1_000, lowerBoundIncluded: true),
    Descriptor(
      name: "off-network-speed-kmh", unitSuffix: "-kmh", range: 0...1_000, lowerBoundIncluded: false
    ),
    Descriptor(
      name: "max-off-network-km", unitSuffix: "-km", range: 0...1_000, lowerBoundIncluded: true),
    Descriptor(name: "grid-km", unitSuffix: "-km", range: 0...1_000, lowerBoundIncluded: false),
  ]

  /// Every parameter name, in echo order.
  public static var names: [String] { descriptors.map(\.name) }

  /// The value of a parameter by its canonical name; nil for an unknown name.
  public func value(named name: String) -> Double? {
    switch name {
    case "rail-boarding-min": return railBoardingMinutes
    case "rail-alighting-min": return railAlightingMinutes
    case "airport-boarding-min": return airportBoardingMinutes
    case "airport-alighting-min": return airportAlightingMinutes
    case "coach-boarding-min": return coachBoardingMinutes
    case "coach-alighting-min": return coachAlightingMinutes
    case "wait-cap-min": return waitCapMinutes
    case "transfer-penalty-min": return transferPenaltyMinutes
    case "service-span-h": return serviceSpanHours
    case "dwell-min": return dwellMinutes
    case "congestion-factor": return congestionFactor
    case "parking-min": return parkingMinutes
    case "expressway-speed-kmh": return expresswaySpeedKmh
    case "national-speed-kmh": return nationalSpeedKmh
    case "provincial-speed-kmh": return provincialSpeedKmh
    case "urban-speed-kmh": return urbanSpeedKmh
    case "off-network-speed-kmh": return offNetworkSpeedKmh
    case "max-off-network-km": return maxOffNetworkKm
    case "grid-km": return gridKm
    default: return nil
    }
  }

  private mutating func assign(_ value: Double, named name: String) {
    switch name {
    case "rail-boarding-min": railBoardingMinutes = value
    case "rail-alighting-min": railAlightingMinutes = value
    case "airport-boarding-min": airportBoardingMinutes = value
    case "airport-alighting-min": airportAlightingMinutes = value
    case "coach-boarding-min": coachBoardingMinutes = value
    case "coach-alighting-min": coachAlightingMinutes = value
    case "wait-cap-min": waitCapMinutes = value
    case "transfer-penalty-min": transferPenaltyMinutes = value
    case "service-span-h": serviceSpanHours = value
    case "dwell-min": dwellMinutes = value
    case "congestion-factor": congestionFactor = value
    case "parking-min": parkingMinutes = value
    case "expressway-speed-kmh": expresswaySpeedKmh = value
    case "national-speed-kmh": nationalSpeedKmh = value
    case "provincial-speed-kmh": provincialSpeedKmh = value
    case "urban-speed-kmh": urbanSpeedKmh = value
    case "off-network-speed-kmh": offNetworkSpeedKmh = value
    case "max-off-network-km": maxOffNetworkKm = value
    case "grid-km": gridKm = value
    default: break
    }
  }

  /// The canonical name for `name`, which may omit the unit suffix (`transfer-penalty`).
  public static func canonicalName(_ name: String) -> String? {
    let key = name.lowercased()
    if let exact = descriptors.first(where: { $0.name == key }) { return exact.name }
    if let short = descriptors.first(where: {
      !$0.unitSuffix.isEmpty && $0.name == key + $0.unitSuffix
    }) {
      return short.name
    }
    if key == "congestion" { return "congestion-factor" }
    return nil
  }

  /// Sets one parameter by its documented name (kebab-case, e.g. `transfer-penalty-min`, or without the
  /// unit suffix, `transfer-penalty`) from a decimal string. Throws on an unknown name (listing the
  /// names) or a value that is not a finite decimal number inside the parameter's range.
  public mutating func set(_ name: String, to value: String) throws {
    guard let canonical = Self.canonicalName(name),
      let descriptor = Self.descriptors.first(where: { $0.name == canonical })
    else {
      throw ParameterError(
        name: name,
        message: "unknown parameter; known: \(Self.names.joined(separator: ", "))")
    }
    guard let number = DecimalText.parse(value), number.isFinite else {
      throw ParameterError(
        name: canonical, message: "expected a finite decimal number, got '\(value)'")
    }
    let range = descriptor.range
    let aboveLower =
      descriptor.lowerBoundIncluded ? number >= range.lowerBound : number > range.lowerBound
    guard aboveLower && number <= range.upperBound else {
      let lower = descriptor.lowerBoundIncluded ? "≥" : ">"
      throw ParameterError(
        name: canonical,
        message: "must be \(lower) \(Self.format(range.lowerBound)) and ≤ "
          + "\(Self.format(range.upperBound)), got '\(value)'")
    }
    assign(number, named: canonical)
  }

  /// (name, value) pairs in a stable order, values formatted without locale, for provenance.
  public var echoed: [(name: String, value: String)] {
    Self.descriptors.map { ($0.name, Self.format(value(named: $0.name) ?? .nan)) }
  }

  /// Locale-free: integral values without a fraction (`10`), others in Swift's shortest form (`1.25`).
  static func format(_ value: Double) -> String {
    if value.isFinite && value == value.rounded() && abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
