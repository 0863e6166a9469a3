/// The one place that maps any error to the text printed on stderr (or stdout for help) and its
/// exit code, like ArgumentParser's `MessageInfo`.
struct ErrorReport: Sendable {
  var text: String
  var status: ExitStatus
  /// Help and version go to stdout; everything else to stderr.
  var toStandardOutput: Bool

  init(text: String, status: ExitStatus, toStandardOutput: Bool = false) {
    self.text = text
    self.status = status
    self.toStandardOutput = toStandardOutput
  }

  /// The text and exit code for `error`.
  init(_ error: any Error) {
    if let error = error as? CLIError {
      self = Self.describe(error)
    } else if let report = Self.describeModelError(error) {
      self = report
    } else {
      self.init(text: "error: \(TerminalText.safe("\(error)"))\n", status: .badInput)
    }
  }

  private static func describe(_ error: CLIError) -> ErrorReport {
    switch error {
    case .usage(let message, let command):
      let help = command.map { "\(ToolInfo.name) \($0) --help" } ?? "\(ToolInfo.name) --help"
      return ErrorReport(
        text: "error: \(TerminalText.safe(message))\nSee '\(help)'.\n", status: .badInput)
    case .badInput(let message):
      return ErrorReport(text: "error: \(TerminalText.safe(message))\n", status: .badInput)
    case .badInputs(let messages):
      return ErrorReport(
        text: messages.map { "error: \(TerminalText.safe($0))\n" }.joined(), status: .badInput)
    case .checkFailed(let report):
      return ErrorReport(
        text: report.hasSuffix("\n") ? report : report + "\n", status: .checkFailed)
    case .helpRequested(let text):
      return ErrorReport(text: text, status: .success, toStandardOutput: true)
    case .versionRequested:
      return ErrorReport(
        text: "\(ToolInfo.name) \(ToolInfo.version)\n", status: .success, toStandardOutput: true)
    }
  }
}
