import Foundation

/// A command's data written as it is produced, for outputs too large to hold (a matrix from
/// thousands of origins): bytes are buffered and written out in large blocks.
///
/// To `-o FILE` the bytes go to a temporary file beside it (removed if the run is interrupted),
/// renamed over the target by `finish()`; a run that fails calls `discard()` and leaves the target
/// as it was. A device or pipe given to `-o` (`/dev/null`) is written into directly. Without
/// `-o` the bytes go to stdout as they come: a run that fails midway has written part of its
/// rows there, the price of not holding them.
final class StreamedOutput {
  private let descriptor: Int32
  /// The temporary file and the target it replaces; nil for stdout and devices.
  private let staged: (temporary: String, target: String, mode: mode_t?)?
  private let shownPath: String
  private var buffer: [UInt8] = []
  private static let blockSize = 1 << 20

  /// Output to `path` (the `-o` value) or, when nil, to stdout.
  init(path: String?) throws {
    guard let path else {
      descriptor = STDOUT_FILENO
      staged = nil
      shownPath = "stdout"
      buffer.reserveCapacity(Self.blockSize)
      return
    }
    shownPath = path
    switch OutputFile.target(of: path) {
    case .device:
      descriptor = open(path, O_WRONLY | O_TRUNC)
      staged = nil
    case .file(let target, let mode):
      let temporary = try OutputFile.temporaryFile(beside: target, option: "-o", shown: path)
      descriptor = open(temporary, O_WRONLY | O_TRUNC)
      staged = (temporary, target, mode)
    }
    guard descriptor >= 0 else { throw failure(errno) }
    buffer.reserveCapacity(Self.blockSize)
  }

  /// Appends bytes; written out once a block is full.
  func write(_ bytes: [UInt8]) throws(CLIError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.blockSize { try flush() }
  }

  /// Appends the UTF-8 of `text`.
  func write(_ text: String) throws(CLIError) {
    try write(Array(text.utf8))
  }

  /// Appends bytes built in place, to spare an array per row.
  func append(_ build: (inout [UInt8]) -> Void) throws(CLIError) {
    build(&buffer)
    if buffer.count >= Self.blockSize { try flush() }
  }

  /// Writes everything buffered and puts the file in place.
  func finish() throws(CLIError) {
    try flush()
    guard let staged else {
      if descriptor != STDOUT_FILENO { close(descriptor) }
      return
    }
    if let mode = staged.mode, fchmod(descriptor, mode) != 0 { throw abandon(errno) }
    if fsync(descriptor) != 0 { throw abandon(errno) }
    if close(descriptor) != 0 { throw abandon(errno, closed: true) }
    if rename(staged.temporary, staged.target) != 0 {
      throw abandon(errno, closed: true)
    }
    TemporaryFiles.forgetAll()
  }

  /// Drops the output: the temporary file is removed and the target left as it was.
  func discard() {
    guard let staged else { return }
    close(descriptor)
    unlink(staged.temporary)
    TemporaryFiles.forgetAll()
  }

  private func flush() throws(CLIError) {
    let error = OutputFile.write(buffer, to: descriptor)
    buffer.removeAll(keepingCapacity: true)
    if error != 0 { throw abandon(error) }
  }

  private func abandon(_ code: Int32, closed: Bool = false) -> CLIError {
    if let staged {
      if !closed { close(descriptor) }
      unlink(staged.temporary)
      TemporaryFiles.forgetAll()
    }
    return failure(code)
  }

  private func failure(_ code: Int32) -> CLIError {
    CLIError.badInput("cannot write '\(shownPath)': \(String(cString: strerror(code)))")
  }
}
