extension CoverageAnalysis {
  /// Runs the report on networks already compiled, one per profile of the request in its order
  /// (each compiled with the request's parameters): what `--sensitivity` uses to re-weight one
  /// structure many times instead of compiling it anew.
  ///
  /// Precondition: `compiled[i].profile == request.profiles[i]`, all on one network.
  public static func run(_ request: CoverageRequest, compiled: [CompiledNetwork]) throws
    -> CoverageReport
  {
    precondition(
      compiled.map(\.profile) == request.profiles, "one compiled network per profile, in order")
    guard let network = compiled.first?.network else {
      throw CoverageRequestError(message: "no profile given")
    }
    try request.validate(against: network)
    let estimated = EstimatedRows(network)
    let summaries = compiled.map { compiled -> [TripSummary?] in
      var engine = TravelTimeEngine(compiled)
      return engine.summaries(request.anchors, direction: request.direction, estimated: estimated)
    }
    return assemble(request, network: network, summariesByProfile: summaries)
  }
}
