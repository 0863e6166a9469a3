import Graph

extension TravelTimeEngine {
  /// What a row holds where no trip exists.
  public static let unreachableSeconds: Int32 = Distance.unreachable

  /// Door-to-door seconds from each place of `origins` to the places `destinations` (place
  /// indices, in the given order, repeats allowed): `consume(k, row)` is called once per origin,
  /// in origin order, on the calling thread, with `row[j]` the seconds from `origins[k]` to
  /// `destinations[j]` (`unreachableSeconds` when there is no trip).
  ///
  /// Rows are searched on `threadCount` threads (default: every core) by the Graph batch runner,
  /// which holds a few rows per thread at a time: memory is bounded by the thread count and the
  /// row length, never by the number of origins, and the rows do not depend on the thread count.
  /// The row buffer is valid only during the call; a throwing `consume` stops the batch.
  public func forEachRow<Failure: Error>(
    from origins: [Int], to destinations: [Int], threadCount: Int? = nil,
    _ consume: (_ originOffset: Int, _ row: UnsafeBufferPointer<Int32>) throws(Failure) -> Void
  ) throws(Failure) {
    let runner = BatchRunner(graph: compiled.graph, threadCount: threadCount)
    try runner.forEachRow(
      from: origins.map { compiled.originNode(ofPlace: $0) },
      targets: destinations.map { compiled.destinationNode(ofPlace: $0) }, consume)
  }
}
