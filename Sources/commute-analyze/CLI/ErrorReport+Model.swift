extension ErrorReport {
  /// Text and exit code for errors thrown by TransitModel (filled in as the model lands).
  static func describeModelError(_ error: any Error) -> ErrorReport? {
    nil
  }
}
