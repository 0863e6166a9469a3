import Foundation
import TransitModel

/// `--shard K/N` and `--shards N`: which deterministic slice of a batch this run computes
/// (`BatchSlice`), for Slurm job arrays and Kubernetes Indexed Jobs (README, "Past one machine").
enum ShardOptions {
  /// The environment variables `--shards N` reads K from, in this order.
  static let indexVariables = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"]

  static var specs: [OptionSpec] {
    [
      OptionSpec(
        name: "shard", valueName: "K/N",
        help: "Compute only the K-th (from 0) of N slices and write a part for 'merge'."),
      OptionSpec(
        name: "shards", valueName: "N",
        help: "As --shard K/N, K read from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX."),
    ]
  }

  /// The slice asked for by a command whose parts are CSV (`--format csv` required with a
  /// shard option), or nil when neither option was given.
  static func csvSlice(_ invocation: Invocation, extraRule: String? = nil) throws -> BatchSlice? {
    let slice = try slice(invocation.arguments)
    if slice != nil && (invocation.format != .csv || extraRule != nil) {
      throw invocation.usageError(
        "--shard and --shards write CSV parts: add '--format csv'"
          + (extraRule.map { "; \($0)" } ?? ""))
    }
    return slice
  }

  /// The slice asked for, or nil when neither option was given (the whole batch, no part).
  static func slice(
    _ arguments: ParsedArguments,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> BatchSlice? {
    let shard = arguments.value("shard")
    let shards = arguments.value("shards")
    if shard != nil && shards != nil {
      throw arguments.usageError("give either '--shard K/N' or '--shards N', not both")
    }
    if let shard {
      let parts = shard.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1,
        n <= maximumShards
      else {
        throw arguments.usageError(
          "invalid value '\(shard)' for '--shard': expected K/N with 1 <= N <= \(maximumShards)")
      }
      guard let slice = BatchSlice(index: k, count: n) else {
        throw arguments.usageError(
          "invalid value '\(shard)' for '--shard': K counts from 0 and must be below N (\(n))")
      }
      return slice
    }
    guard let shards else { return nil }
    guard let n = Int(shards), (1...maximumShards).contains(n) else {
      throw arguments.usageError(
        "invalid value '\(shards)' for '--shards': expected a whole number 1...\(maximumShards)")
    }
    guard
      let (variable, text) = indexVariables.lazy.compactMap({ name in
        environment[name].map { (name, $0) }
      }).first
    else {
      throw arguments.usageError(
        "'--shards \(n)' takes the shard index from \(indexVariables.joined(separator: " or ")), "
          + "and neither is set; give '--shard K/\(n)' instead")
    }
    guard let k = Int(text.trimmingCharacters(in: .whitespaces)),
      let slice = BatchSlice(index: k, count: n)
    else {
      throw arguments.usageError(
        "\(variable)='\(text)' is not a shard index 0...\(n - 1) for '--shards \(n)'")
    }
    return slice
  }

  /// At most this many shards (a Slurm array's usual limit).
  static let maximumShards = 100_000
}
