import Foundation

/// stdout carries data only; stderr carries diagnostics and progress.
enum StandardStreams {
  static func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func writeOut(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  /// Writes human text on stderr, control characters shown as `?` (`TerminalText`).
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(TerminalText.safe(text, keepingNewlines: true).utf8))
  }
}
