/// The fixed origin-destination table of the benchmark's `od_checksum`: row `i` lists 1000
/// target nodes drawn as numpy's `default_rng(7).integers(0, n, size=(100, 1000))` does
/// (PCG64 seeded through SeedSequence, Lemire's bounded integers), reproduced exactly so the
/// checksum can be compared with the peers'.
struct ODTargets {
  static let perRow = 1000
  /// Row-major, `rows * perRow` node ids.
  let targets: [Int32]

  init(nodeCount: Int, rows: Int) {
    var generator = NumPyPCG64(seed: 7)
    // numpy draws the whole 100 x 1000 table; fewer batch rows use its first rows.
    let count = max(rows, 100) * ODTargets.perRow
    var targets: [Int32] = []
    targets.reserveCapacity(count)
    for _ in 0..<count {
      targets.append(Int32(generator.nextBounded(below: UInt32(nodeCount))))
    }
    self.targets = targets
  }

  /// Sum of the row's distances to its OD targets (finite ones).
  func sum(row index: Int, distances: UnsafeBufferPointer<Int32>) -> UInt64 {
    var sum: UInt64 = 0
    let start = index * ODTargets.perRow
    for k in start..<start + ODTargets.perRow {
      let d = distances[Int(targets[k])]
      if d != Int32.max { sum &+= UInt64(d) }
    }
    return sum
  }
}
