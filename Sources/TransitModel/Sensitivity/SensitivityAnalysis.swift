/// Recomputes a coverage report under stated variations of its uncertain inputs
/// (DESIGN.md "Honest figures"): each variation alone at each end of its range, then all of them
/// together at their low ends and at their high ends.
///
/// Each profile's graph is compiled once. A parameter variation re-weights it
/// (`CompiledNetwork.reweighted(parameters:)`); a data variation edits a copy of the network through
/// its tables, validates it and re-weights the same structure (`CompiledNetwork.recompiled(for:)`):
/// nothing is parsed again.
public enum SensitivityAnalysis {
  /// The base report, one per variation end, and the two all-together reports.
  /// - Throws: `CoverageRequestError` for a bad request or a data variation given as values;
  ///   `ParameterError` when a varied parameter leaves its range; `NetworkLoadError` when an edited
  ///   figure leaves its range.
  public static func run(
    _ request: CoverageRequest, on validated: ValidatedNetwork,
    variations: [SensitivityVariation] = SensitivityVariation.defaults
  ) throws -> SensitivityReport {
    try request.validate(against: validated.network)
    if variations.isEmpty { throw CoverageRequestError(message: "no variation given") }
    for variation in variations where variation.input.isData {
      guard case .factor = variation.range else {
        throw CoverageRequestError(
          message: "'\(variation.input.name)' varies figures of the network: give its range as "
            + "percentages (e.g. -20%..+20%)")
      }
    }
    let compiled = request.profiles.map {
      CompiledNetwork(network: validated, profile: $0, parameters: request.parameters)
    }
    let base = try CoverageAnalysis.run(request, compiled: compiled)
    var cases: [SensitivityCase] = []
    for (index, variation) in variations.enumerated() {
      for end in SensitivityVariation.End.allCases {
        let report = try run(
          request, compiled, [variation], end: end, base: validated)
        cases.append(SensitivityCase(variation: index, end: end, report: report))
      }
    }
    return SensitivityReport(
      variations: variations, base: base, cases: cases,
      allLow: try run(request, compiled, variations, end: .low, base: validated),
      allHigh: try run(request, compiled, variations, end: .high, base: validated))
  }

  /// The report with every one of `variations` at `end`.
  private static func run(
    _ request: CoverageRequest, _ compiled: [CompiledNetwork],
    _ variations: [SensitivityVariation], end: SensitivityVariation.End,
    base: ValidatedNetwork
  ) throws -> CoverageReport {
    var parameters = request.parameters
    var network = base.network
    for variation in variations {
      parameters = try variation.applied(to: parameters, at: end)
      network = variation.applied(to: network, at: end)
    }
    var varied = request
    varied.parameters = parameters
    let recompiled: [CompiledNetwork]
    if variations.contains(where: \.input.isData) {
      let edited = try network.validated(sources: base.sources)
      recompiled = compiled.map { $0.recompiled(for: edited, parameters: parameters) }
    } else {
      recompiled = compiled.map { $0.reweighted(parameters: parameters) }
    }
    return try CoverageAnalysis.run(varied, compiled: recompiled).withoutSummaries()
  }
}

extension CoverageReport {
  /// The report with every result's trip summary dropped (its times, estimated seconds, thin
  /// lines, shares and gaps kept): a sensitivity analysis holds a report per variation end, and
  /// needs only the times of each.
  func withoutSummaries() -> CoverageReport {
    var report = self
    for place in report.places.indices {
      for result in report.places[place].byProfile.indices {
        report.places[place].byProfile[result].summary = nil
      }
      report.places[place].best.summary = nil
      report.places[place].fastestSingleMode?.summary = nil
    }
    return report
  }
}
