import TransitModel

/// How reports name variations and their ends (`congestion-factor +10%`, `parking-min 10`).
enum SensitivityText {
  /// `+10%` / `-20%` for a factor, `10` for a value.
  static func amount(_ variation: SensitivityVariation, _ end: SensitivityVariation.End) -> String {
    let amount = variation.amount(at: end)
    switch variation.range {
    case .factor:
      let percent = ((amount - 1) * 100 * 1e6).rounded() / 1e6
      return (percent >= 0 ? "+" : "") + JSONWriter.format(percent) + "%"
    case .value:
      return JSONWriter.format(amount)
    }
  }

  /// `congestion-factor +10%`.
  static func label(_ report: SensitivityReport, case index: Int) -> String {
    let run = report.cases[index]
    let variation = report.variations[run.variation]
    return "\(variation.input.name) \(amount(variation, run.end))"
  }

  /// What a variation edits: the parameter's value in this run, or the rows of the network.
  static func what(_ variation: SensitivityVariation, network: Network, parameters: Parameters)
    -> String
  {
    let rows = NumberText.grouped(variation.rowCount(in: network))
    switch variation.input {
    case .parameter(let name):
      return "parameter, \(JSONWriter.format(parameters.value(named: name) ?? 0)) in this run"
    case .connectorMinutes:
      return "\(rows) connectors' minutes (access, egress, the park-and-ride drive)"
    case .stopTransferMinutes:
      return "\(rows) stop transfers' minutes"
    case .estimatedRunMinutes:
      return "\(rows) run times of line stops whose source is estimated"
    }
  }
}
