import Foundation

/// One JSON line in the peers' format: `{"peer": "project", "graph", "task", "seconds",
/// "checksum", "reached", ...extra}` (see the benchmark's `peers/common.py`).
struct BenchRecord {
  var graph: String
  var task: String
  var seconds: Double
  var checksum: UInt64?
  var reached: Int?
  /// Extra fields, already JSON-encoded values, in output order.
  var extra: [(key: String, json: String)] = []

  var jsonLine: String {
    var fields = [
      "\"peer\": \"project\"",
      "\"graph\": \"\(graph)\"",
      "\"task\": \"\(task)\"",
      "\"seconds\": \(String(format: "%.6f", seconds))",
      "\"checksum\": \(checksum.map(String.init) ?? "null")",
      "\"reached\": \(reached.map(String.init) ?? "null")",
    ]
    for (key, json) in extra { fields.append("\"\(key)\": \(json)") }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  /// Writes the line to stdout at once (so a reader sees whole lines).
  func emit() {
    FileHandle.standardOutput.write(Data((jsonLine + "\n").utf8))
  }
}

/// Checksums as the peers define them: the sum of finite distances mod 2^32, and how many
/// nodes have one (optionally only those within a cutoff).
struct DistanceChecksum {
  private(set) var sum: UInt64 = 0
  private(set) var reached = 0

  mutating func add(_ row: UnsafeBufferPointer<Int32>, cutoff: Int32 = .max) {
    var sum: UInt64 = 0
    var reached = 0
    for d in row where d != Int32.max && d <= cutoff {
      sum &+= UInt64(d)
      reached &+= 1
    }
    self.sum = (self.sum &+ sum) & 0xFFFF_FFFF
    self.reached += reached
  }
}

/// Seconds since an arbitrary origin (monotonic).
func monotonicSeconds() -> Double {
  Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// Median of a non-empty list.
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}
