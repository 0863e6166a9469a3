import Foundation
@_spi(Experiments) import Graph

/// `--compare-queues`: times full and cutoff searches on every priority queue, interleaved
/// source by source (A, B, C, D, A, B, …) so that load from other processes hits every kind
/// alike, and prints one JSON line per kind and task with the median time and the median of
/// the per-source ratios to the 4-ary heap. Checks that every kind gives the same checksum.
struct QueueComparison {
  let graph: CSRGraph
  let inputs: BenchInputs
  let graphName: String
  let rounds: Int

  func run() throws {
    var workspace = SearchWorkspace(nodeCount: graph.nodeCount)
    let kinds = SearchQueueKind.allCases
    for (task, cutoff) in [("sssp", Distance.unreachable), ("iso", inputs.isoCutoffSeconds)] {
      var times = [SearchQueueKind: [Double]]()
      var ratios = [SearchQueueKind: [Double]]()
      var checksums = [SearchQueueKind: DistanceChecksum]()
      for round in 0..<rounds {
        for source in inputs.sources.prefix(5) {
          var here = [SearchQueueKind: Double]()
          // Rotate the order each round so no kind always runs first (cold caches).
          for offset in 0..<kinds.count {
            let kind = kinds[(offset + round) % kinds.count]
            let start = monotonicSeconds()
            workspace.run(
              on: graph, from: [SearchSource(node: source)], cutoffSeconds: cutoff, queue: kind)
            here[kind] = monotonicSeconds() - start
            if source == inputs.sources[0] && round == 0 {
              var checksum = DistanceChecksum()
              workspace.withDistances { checksum.add($0, cutoff: cutoff) }
              checksums[kind] = checksum
            }
          }
          for kind in kinds {
            times[kind, default: []].append(here[kind] ?? 0)
            ratios[kind, default: []].append((here[kind] ?? 0) / (here[.fourAryHeap] ?? 1))
          }
        }
      }
      for kind in kinds {
        let checksum = checksums[kind] ?? DistanceChecksum()
        BenchRecord(
          graph: graphName, task: "queue_" + task, seconds: median(times[kind] ?? [0]),
          checksum: checksum.sum, reached: checksum.reached,
          extra: [
            ("queue", "\"\(kind.rawValue)\""),
            ("ratio_to_4ary", String(format: "%.3f", median(ratios[kind] ?? [0]))),
            ("runs", String((times[kind] ?? []).count)),
          ]
        ).emit()
      }
    }
  }
}
