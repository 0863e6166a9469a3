/// An uncertain input of a report that `--sensitivity` varies.
public enum SensitivityInput: Sendable, Hashable {
  /// A travel-time parameter, by its canonical name (`congestion-factor`, `parking-min`, …).
  case parameter(String)
  /// Every connector's minutes: access, egress, and the park-and-ride drive that stands on them.
  case connectorMinutes
  /// Every stop transfer's minutes.
  case stopTransferMinutes
  /// The run times (`run_min`) of line stops whose source is estimated (`SourceQuality`).
  case estimatedRunMinutes

  /// The data inputs by name (parameters go by their own names).
  public static let dataNames: [(name: String, input: SensitivityInput)] = [
    ("connector-min", .connectorMinutes),
    ("stop-transfer-min", .stopTransferMinutes),
    ("estimated-run-min", .estimatedRunMinutes),
  ]

  /// The input of a name: a data input (`connector-min`, `stop-transfer-min`,
  /// `estimated-run-min`) or a parameter (any case, the unit suffix may be left out); nil for an
  /// unknown name.
  public init?(name: String) {
    if let data = Self.dataNames.first(where: { $0.name == name.lowercased() }) {
      self = data.input
    } else if let parameter = Parameters.canonicalName(name) {
      self = .parameter(parameter)
    } else {
      return nil
    }
  }

  /// The name reports use: the parameter's canonical name, or the data input's.
  public var name: String {
    if case .parameter(let name) = self { return name }
    return Self.dataNames.first { $0.input == self }?.name ?? ""
  }

  /// Whether the input is a figure of the network (edited, then re-weighted) rather than a
  /// parameter (re-weighted alone).
  public var isData: Bool {
    if case .parameter = self { return false }
    return true
  }
}

/// One input and the range it varies over: each end alone gives one run of the report, and every
/// variation's low (high) ends together give the "all low" ("all high") run.
///
/// A range is either factors of the run's own value (`-10%…+10%` of the congestion factor given, or
/// of each connector's minutes) or, for a parameter, values (`parking-min` 0…10). The low end is
/// the first one written; for the defaults it is the optimistic end.
public struct SensitivityVariation: Sendable, Hashable {
  /// How an input varies.
  public enum Range: Sendable, Hashable {
    /// Multiply the value (each row's, for data) by `low` or by `high`.
    case factor(low: Double, high: Double)
    /// Set the parameter to `low` or to `high`.
    case value(low: Double, high: Double)
  }

  /// Which end of the range a run takes.
  public enum End: String, Sendable, Hashable, CaseIterable {
    case low, high
  }

  /// What varies.
  public var input: SensitivityInput
  /// Over what range.
  public var range: Range

  public init(_ input: SensitivityInput, _ range: Range) {
    self.input = input
    self.range = range
  }

  /// The documented set (Networks/README.md, "Sensitivity"): congestion ± 10 %, parking 0–10
  /// minutes, connector minutes ± 20 %, estimated run times ± 10 %.
  public static let defaults: [SensitivityVariation] = [
    SensitivityVariation(.parameter("congestion-factor"), .factor(low: 0.9, high: 1.1)),
    SensitivityVariation(.parameter("parking-min"), .value(low: 0, high: 10)),
    SensitivityVariation(.connectorMinutes, .factor(low: 0.8, high: 1.2)),
    SensitivityVariation(.estimatedRunMinutes, .factor(low: 0.9, high: 1.1)),
  ]

  /// The factor or value at `end`.
  public func amount(at end: End) -> Double {
    switch range {
    case .factor(let low, let high), .value(let low, let high): return end == .low ? low : high
    }
  }

  /// `parameters` with this variation's parameter at `end` (unchanged for a data input).
  /// - Throws: `ParameterError` when the varied value leaves the parameter's range.
  public func applied(to parameters: Parameters, at end: End) throws -> Parameters {
    guard case .parameter(let name) = input else { return parameters }
    var varied = parameters
    let current = parameters.value(named: name) ?? 0
    let value: Double
    switch range {
    case .factor: value = current * amount(at: end)
    case .value: value = amount(at: end)
    }
    try varied.set(name, to: "\(value)")
    return varied
  }

  /// `network` with this variation's figures at `end`, edited through its tables (unchanged for
  /// a parameter). Values are multiplied by the factor (a value range applies to parameters only).
  public func applied(to network: Network, at end: End) -> Network {
    guard input.isData, case .factor = range else { return network }
    let factor = amount(at: end)
    var edited = network
    switch input {
    case .parameter:
      break
    case .connectorMinutes:
      for var connector in network.connectors {
        connector.minutes *= factor
        edited.connectors.update(connector)
      }
    case .stopTransferMinutes:
      for var transfer in network.stopTransfers {
        transfer.minutes *= factor
        edited.stopTransfers.update(transfer)
      }
    case .estimatedRunMinutes:
      for var line in network.lines where line.stops.contains(where: \.isEstimated) {
        for index in line.stops.indices where line.stops[index].isEstimated {
          line.stops[index].runMinutes = line.stops[index].runMinutes.map { $0 * factor }
        }
        edited.lines.update(line)
      }
    }
    return edited
  }

  /// How many rows of `network` a data variation edits (0 for a parameter).
  public func rowCount(in network: Network) -> Int {
    switch input {
    case .parameter: return 0
    case .connectorMinutes: return network.connectors.count
    case .stopTransferMinutes: return network.stopTransfers.count
    case .estimatedRunMinutes:
      return network.lines.reduce(0) { count, line in
        count + line.stops.count { $0.isEstimated && $0.runMinutes != nil }
      }
    }
  }
}
