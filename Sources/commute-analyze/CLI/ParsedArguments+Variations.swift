import TransitModel

/// `coverage --sensitivity` and `--vary NAME=LOW..HIGH`: which inputs vary, over which ranges.
extension ParsedArguments {
  /// The variations of a sensitivity run: those of `--vary` (each replaces the documented set,
  /// in the order given), or `SensitivityVariation.defaults` with `--sensitivity` alone; nil
  /// when neither option is given.
  func variations() throws -> [SensitivityVariation]? {
    let given = allValues("vary")
    if given.isEmpty { return flag("sensitivity") ? SensitivityVariation.defaults : nil }
    return try given.map(variation)
  }

  /// `congestion-factor=-10%..+10%` (factors of the run's value), `parking-min=0..10` (values of
  /// a parameter), `connector-min=-20%..+20%` (factors of every row's figure).
  private func variation(_ text: String) throws -> SensitivityVariation {
    let example =
      "expected NAME=LOW..HIGH, e.g. congestion-factor=-10%..+10% or parking-min=0..10"
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2 else {
      throw usageError("invalid value '\(text)' for '--vary': \(example)")
    }
    let name = parts[0].trimmingSpaces()
    guard let input = SensitivityInput(name: name) else {
      let data = SensitivityInput.dataNames.map(\.name).joined(separator: ", ")
      throw usageError(
        "invalid value '\(text)' for '--vary': unknown input '\(name)'; known: \(data), or any "
          + "parameter (\(Parameters.names.joined(separator: ", ")))")
    }
    let ends = parts[1].components(separatedBy: "..").map { $0.trimmingSpaces() }
    guard ends.count == 2 else {
      throw usageError("invalid value '\(text)' for '--vary': \(example)")
    }
    let percents = ends.map { $0.hasSuffix("%") }
    if percents[0] && percents[1] {
      let factors = try ends.map { end -> Double in
        guard let percent = DecimalText.parse(String(end.dropLast())), percent.isFinite,
          percent > -100
        else {
          throw usageError(
            "invalid value '\(text)' for '--vary': '\(end)' is not a percentage above -100%")
        }
        return 1 + percent / 100
      }
      return SensitivityVariation(input, .factor(low: factors[0], high: factors[1]))
    }
    guard !percents[0] && !percents[1], !input.isData else {
      throw usageError(
        "invalid value '\(text)' for '--vary': "
          + (input.isData
            ? "'\(input.name)' varies figures of the network: give percentages, e.g. "
              + "\(input.name)=-20%..+20%"
            : "give both ends as percentages or both as values"))
    }
    let values = try ends.map { end -> Double in
      var parameters = Parameters.defaults
      do {
        try parameters.set(input.name, to: end)
      } catch {
        throw usageError("invalid value '\(text)' for '--vary': \(error)")
      }
      return parameters.value(named: input.name) ?? 0
    }
    return SensitivityVariation(input, .value(low: values[0], high: values[1]))
  }
}
