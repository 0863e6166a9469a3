extension Parameters {
  /// The parameters whose value differs from its documented default, in echo order, values
  /// formatted without locale: what every report's header names, so that a run with other
  /// parameters never prints the same header as a default run.
  public var changedFromDefaults: [(name: String, value: String)] {
    let defaults = Parameters.defaults.echoed
    return echoed.enumerated().filter { offset, pair in
      defaults[offset].value != pair.value
    }.map(\.element)
  }
}
