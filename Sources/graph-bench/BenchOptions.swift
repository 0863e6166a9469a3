import Foundation

/// Command line of `graph-bench GRAPHS-DIR SIZE [--batch K] [--threads T]`.
struct BenchOptions {
  /// Folder holding `SIZE.gr`, `SIZE.sources.txt` and `SIZE.meta.json`.
  var graphsDirectory: String
  /// Graph name: small, medium or large.
  var size: String
  /// Sources in the batch tasks (0 skips them).
  var batchSources = 100
  /// Threads of the `batch100_mt` task; default: every active core (environment variables such
  /// as BENCH_THREADS are deliberately ignored for this record).
  var threads = ProcessInfo.processInfo.activeProcessorCount
  /// Repetitions of the sssp/iso medians (each over sources 1-5); more rounds give steadier
  /// medians when comparing engine variants. Default 1, as the peers do.
  var rounds = 1
  /// Tasks to run (default all); e.g. `--tasks sssp,iso` while tuning.
  var tasks: Set<String> = ["load", "sssp", "iso", "batch100", "batch100_mt", "msmin100"]
  /// Instead of the tasks, compare the priority queues (see `QueueComparison`).
  var compareQueues = false

  static let usage =
    "usage: graph-bench GRAPHS-DIR SIZE [--batch K] [--threads T] [--rounds R] [--tasks a,b,...]\n"
    + "       graph-bench GRAPHS-DIR SIZE --compare-queues [--rounds R]"

  /// Parses `arguments` (without the program name); throws a message on bad usage.
  init(arguments: [String]) throws(BenchUsageError) {
    var positional: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--batch", "--threads", "--rounds":
        guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value >= 0
        else { throw BenchUsageError(message: "\(argument) needs a non-negative integer") }
        switch argument {
        case "--batch": batchSources = value
        case "--threads": threads = max(1, value)
        default: rounds = max(1, value)
        }
        index += 2
      case "--tasks":
        guard index + 1 < arguments.count else {
          throw BenchUsageError(message: "--tasks needs a comma-separated list")
        }
        tasks = Set(arguments[index + 1].split(separator: ",").map(String.init))
        index += 2
      case "--compare-queues":
        compareQueues = true
        index += 1
      case "-h", "--help":
        throw BenchUsageError(message: "")
      default:
        if argument.hasPrefix("-") { throw BenchUsageError(message: "unknown option \(argument)") }
        positional.append(argument)
        index += 1
      }
    }
    guard positional.count == 2 else {
      throw BenchUsageError(message: "expected GRAPHS-DIR and SIZE")
    }
    graphsDirectory = positional[0]
    size = positional[1]
  }

  func path(_ suffix: String) -> String { graphsDirectory + "/" + size + suffix }
}

/// A usage problem; an empty message means help was asked for.
struct BenchUsageError: Error {
  var message: String
}
