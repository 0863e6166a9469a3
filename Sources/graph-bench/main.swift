// graph-bench: times the Graph engine on the shared benchmark graphs and prints one JSON line
// per task, in the format every peer of the benchmark prints (load, sssp, iso, batch100,
// batch100_mt, msmin100), so its checksums and timings can be compared with theirs.
import Foundation
import Graph

/// Writes a diagnostic line to stderr.
func complain(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

do {
  let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
  try BenchRun(options: options).run()
} catch let error as BenchUsageError {
  if error.message.isEmpty {
    print(BenchOptions.usage)
    exit(0)
  }
  complain("graph-bench: \(error.message)\n\(BenchOptions.usage)")
  exit(2)
} catch let error as BenchInputError {
  complain("graph-bench: \(error.message)")
  exit(2)
} catch let error as DIMACSError {
  complain(error.description)
  exit(2)
} catch {
  complain("graph-bench: \(error)")
  exit(2)
}
