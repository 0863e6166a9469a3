import Foundation

/// A progress bar on stderr for long batches (rows done, rate, time to go), redrawn in place at
/// most five times a second, and only when stderr is a terminal: a log file or a CI job never
/// sees it. It never touches stdout.
final class ProgressBar {
  private let total: Int
  private let unit: String
  private let enabled: Bool
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDrawn: UInt64 = 0
  private var drawn = false

  /// A bar for `total` items named `unit` ("origins", "links"); `enabled` nil: when stderr is a
  /// terminal.
  init(total: Int, unit: String, enabled: Bool? = nil) {
    self.total = total
    self.unit = unit
    self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1)
  }

  /// `done` items of `total` are finished.
  func update(_ done: Int) {
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    guard done == total || now - lastDrawn >= 200_000_000 else { return }
    lastDrawn = now
    drawn = true
    let line = Self.line(
      done: done, total: total, unit: unit, elapsedSeconds: Double(now - start) / 1e9)
    // The tool's own text: carriage return and "erase to end of line" redraw the bar in place.
    FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
  }

  /// Ends the bar's line (when one was drawn).
  func finish() {
    if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    drawn = false
  }

  /// `[#####.....]  1,234/10,000 origins  56.7/s  ETA 2m35s`.
  static func line(done: Int, total: Int, unit: String, elapsedSeconds: Double) -> String {
    let width = 24
    let fraction = total > 0 ? Double(done) / Double(total) : 1
    let filled = min(width, Int(fraction * Double(width)))
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let rate = elapsedSeconds > 0 ? Double(done) / elapsedSeconds : 0
    var text = "[\(bar)] \(done)/\(total) \(unit)"
    if rate > 0 {
      text += "  " + String(format: "%.1f/s", rate)
      let remaining = Double(total - done) / rate
      text += "  ETA " + duration(remaining)
    }
    return text
  }

  /// `2m35s`, `1h02m`, `12s`.
  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    if whole >= 3600 { return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60) }
    if whole >= 60 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
    return "\(whole)s"
  }
}
