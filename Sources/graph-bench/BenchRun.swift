import Foundation
import Graph

/// The benchmark tasks, in the order the peers run them.
struct BenchRun {
  let options: BenchOptions

  func run() throws {
    let graphName = options.size
    let loadStart = monotonicSeconds()
    let graph = try DIMACS.loadGraph(path: options.path(".gr"))
    let loadSeconds = monotonicSeconds() - loadStart
    if options.tasks.contains("load") {
      BenchRecord(
        graph: graphName, task: "load", seconds: loadSeconds, checksum: nil, reached: nil,
        extra: [("version", "\"Swift CSR, 4-ary heap\"")]
      ).emit()
    }

    let inputs = try BenchInputs(options: options, nodeCount: graph.nodeCount)
    if options.compareQueues {
      try QueueComparison(
        graph: graph, inputs: inputs, graphName: graphName, rounds: options.rounds
      )
      .run()
      return
    }
    var workspace = SearchWorkspace(nodeCount: graph.nodeCount)

    // sssp and iso: medians over sources 1-5, checksums from source 1.
    for (task, cutoff) in [("sssp", Distance.unreachable), ("iso", inputs.isoCutoffSeconds)]
    where options.tasks.contains(task) {
      var times: [Double] = []
      var first = DistanceChecksum()
      for (k, source) in Array(repeating: inputs.sources.prefix(5), count: options.rounds)
        .joined().enumerated()
      {
        let start = monotonicSeconds()
        workspace.run(on: graph, from: [SearchSource(node: source)], cutoffSeconds: cutoff)
        times.append(monotonicSeconds() - start)
        if k == 0 { workspace.withDistances { first.add($0, cutoff: cutoff) } }
      }
      var extra: [(key: String, json: String)] = []
      if task == "iso" { extra.append(("cutoff", String(cutoff))) }
      extra.append(
        ("runs", "[" + times.map { String(format: "%.6f", $0) }.joined(separator: ", ") + "]"))
      BenchRecord(
        graph: graphName, task: task, seconds: median(times), checksum: first.sum,
        reached: first.reached, extra: extra
      ).emit()
    }

    if options.batchSources > 0 {
      let batchSources = Array(inputs.sources.prefix(options.batchSources))
      let odTargets = ODTargets(nodeCount: graph.nodeCount, rows: batchSources.count)
      for (task, threads) in [("batch100", 1), ("batch100_mt", options.threads)]
      where options.tasks.contains(task) {
        let runner = BatchRunner(graph: graph, threadCount: threads)
        var checksum = DistanceChecksum()
        var od: UInt64 = 0
        let start = monotonicSeconds()
        runner.forEachRow(from: batchSources) { index, row in
          checksum.add(row)
          od = (od &+ odTargets.sum(row: index, distances: row)) & 0xFFFF_FFFF
        }
        let seconds = monotonicSeconds() - start
        var extra: [(key: String, json: String)] = [
          ("od_checksum", String(od)), ("n_sources", String(batchSources.count)),
        ]
        if task == "batch100_mt" { extra.append(("threads", String(threads))) }
        BenchRecord(
          graph: graphName, task: task, seconds: seconds, checksum: checksum.sum,
          reached: checksum.reached, extra: extra
        ).emit()
      }
    }

    // msmin100: distance to the nearest of the (up to) 100 sources; median of 3 runs.
    guard options.tasks.contains("msmin100") else { return }
    let nearestOf = inputs.sources.prefix(100).map { SearchSource(node: $0) }
    var times: [Double] = []
    for _ in 0..<3 {
      let start = monotonicSeconds()
      workspace.run(on: graph, from: nearestOf)
      times.append(monotonicSeconds() - start)
    }
    var nearest = DistanceChecksum()
    workspace.withDistances { nearest.add($0) }
    BenchRecord(
      graph: graphName, task: "msmin100", seconds: median(times), checksum: nearest.sum,
      reached: nearest.reached
    ).emit()
  }
}
