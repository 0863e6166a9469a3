import TransitModel

extension ErrorReport {
  /// Text and exit code for errors thrown by TransitModel: bad input, exit 2.
  static func describeModelError(_ error: any Error) -> ErrorReport? {
    switch error {
    case let error as NetworkLoadError:
      return ErrorReport(
        text: error.diagnostics.map { TerminalText.safe($0.description) + "\n" }.joined(),
        status: .badInput)
    case let error as PlaceLookupFailure:
      return ErrorReport(text: "error: \(TerminalText.safe("\(error)"))\n", status: .badInput)
    case let error as ParameterError:
      return ErrorReport(text: "error: \(TerminalText.safe("\(error)"))\n", status: .badInput)
    case let error as CoverageRequestError:
      return ErrorReport(text: "error: \(TerminalText.safe("\(error)"))\n", status: .badInput)
    default:
      return nil
    }
  }
}
