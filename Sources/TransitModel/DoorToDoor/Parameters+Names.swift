extension Parameters {
  /// One settable parameter: its kebab-case name, unit suffix, allowed range and stored property.
  struct Descriptor: Sendable {
    /// A stored figure of `Parameters`.
    typealias Property = WritableKeyPath<Parameters, Double> & Sendable

    var name: String
    /// The suffix a name may omit: its unit (`-min`, `-h`, `-kmh`, `-km`), or `-factor` for the
    /// unitless multiplier.
    var shortSuffix: String
    var range: ClosedRange<Double>
    /// Whether `range.lowerBound` itself is allowed (`≥`); false means `>` (0 is refused).
    var lowerBoundIncluded: Bool
    /// The property the name reads and sets.
    var property: Property

    /// A minutes figure ≥ 0 and ≤ 10,000 (overheads, waits, penalties, dwell, parking).
    static func minutes(_ name: String, _ property: Property) -> Descriptor {
      Descriptor(
        name: name, shortSuffix: "-min", range: 0...10_000, lowerBoundIncluded: true,
        property: property)
    }

    /// A class speed ≥ 1 and ≤ 1,000 km/h.
    static func roadSpeed(_ name: String, _ property: Property) -> Descriptor {
      Descriptor(
        name: name, shortSuffix: "-kmh", range: 1...1_000, lowerBoundIncluded: true,
        property: property)
    }
  }

  /// Every parameter in echo order.
  static let descriptors: [Descriptor] = [
    .minutes("rail-boarding-min", \.railBoardingMinutes),
    .minutes("rail-alighting-min", \.railAlightingMinutes),
    .minutes("airport-boarding-min", \.airportBoardingMinutes),
    .minutes("airport-alighting-min", \.airportAlightingMinutes),
    .minutes("coach-boarding-min", \.coachBoardingMinutes),
    .minutes("coach-alighting-min", \.coachAlightingMinutes),
    .minutes("metro-boarding-min", \.metroBoardingMinutes),
    .minutes("metro-alighting-min", \.metroAlightingMinutes),
    .minutes("wait-cap-min", \.waitCapMinutes),
    .minutes("transfer-penalty-min", \.transferPenaltyMinutes),
    Descriptor(
      name: "service-span-h", shortSuffix: "-h", range: 0...24, lowerBoundIncluded: false,
      property: \.serviceSpanHours),
    .minutes("dwell-min", \.dwellMinutes),
    Descriptor(
      name: "congestion-factor", shortSuffix: "-factor", range: 0...100, lowerBoundIncluded: false,
      property: \.congestionFactor),
    .minutes("parking-min", \.parkingMinutes),
    .roadSpeed("expressway-speed-kmh", \.expresswaySpeedKmh),
    .roadSpeed("national-speed-kmh", \.nationalSpeedKmh),
    .roadSpeed("provincial-speed-kmh", \.provincialSpeedKmh),
    .roadSpeed("urban-speed-kmh", \.urbanSpeedKmh),
    Descriptor(
      name: "off-network-speed-kmh", shortSuffix: "-kmh", range: 0...1_000,
      lowerBoundIncluded: false, property: \.offNetworkSpeedKmh),
    Descriptor(
      name: "max-off-network-km", shortSuffix: "-km", range: 0...1_000, lowerBoundIncluded: true,
      property: \.maxOffNetworkKm),
    Descriptor(
      name: "grid-km", shortSuffix: "-km", range: 0...1_000, lowerBoundIncluded: false,
      property: \.gridKm),
  ]

  /// Every parameter name, in echo order.
  public static var names: [String] { descriptors.map(\.name) }

  /// The value of a parameter by its canonical name; nil for an unknown name.
  public func value(named name: String) -> Double? {
    guard let descriptor = Self.descriptors.first(where: { $0.name == name }) else { return nil }
    return self[keyPath: descriptor.property]
  }

  /// The short name of a parameter: its canonical name without the unit suffix
  /// (`transfer-penalty` for `transfer-penalty-min`); nil for an unknown name.
  public static func shortName(of name: String) -> String? {
    guard let descriptor = descriptors.first(where: { $0.name == name }) else { return nil }
    return String(descriptor.name.dropLast(descriptor.shortSuffix.count))
  }

  /// The canonical name for `name` (any case), which may omit its suffix (`transfer-penalty`,
  /// `congestion`); nil for an unknown name.
  public static func canonicalName(_ name: String) -> String? {
    let key = name.lowercased()
    if let exact = descriptors.first(where: { $0.name == key }) { return exact.name }
    return descriptors.first { $0.name == key + $0.shortSuffix }?.name
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
    self[keyPath: descriptor.property] = number
  }

  /// (name, value) pairs in a stable order, values formatted without locale, for provenance.
  public var echoed: [(name: String, value: String)] {
    Self.descriptors.map { ($0.name, Self.format(self[keyPath: $0.property])) }
  }

  /// Locale-free: integral values without a fraction (`10`), others in Swift's shortest form (`1.25`).
  static func format(_ value: Double) -> String {
    if value.isFinite && value == value.rounded() && abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
