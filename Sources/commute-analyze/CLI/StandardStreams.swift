import Foundation

/// stdout carries data only; stderr carries diagnostics and progress.
enum StandardStreams {
  static func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func writeOut(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
