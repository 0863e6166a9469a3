/// Seeds on a coarse grid of square buckets at least the off-network distance wide, each bucket's seeds
/// sorted by minutes (then by input order), stored compressed: `starts[b] ..< starts[b + 1]` indexes
/// `entries` for bucket `b`.
struct SeedBuckets: Sendable {
  let origin: PlanarPoint
  let bucketKm: Double
  let bucketColumns: Int
  let bucketRows: Int
  let starts: [Int]
  let entries: [SurfaceSeed]

  init(
    seeds: [SurfaceSeed], origin: PlanarPoint, widthKm: Double, heightKm: Double, bucketKm: Double
  ) {
    self.origin = origin
    self.bucketKm = bucketKm
    bucketColumns = Int((widthKm / bucketKm).rounded(.down)) + 1
    bucketRows = Int((heightKm / bucketKm).rounded(.down)) + 1
    var keyed: [(bucket: Int, order: Int)] = []
    keyed.reserveCapacity(seeds.count)
    for (order, seed) in seeds.enumerated() {
      let column = Self.clamp(
        Int(((seed.point.xKm - origin.xKm) / bucketKm).rounded(.down)), bucketColumns)
      let row = Self.clamp(
        Int(((seed.point.yKm - origin.yKm) / bucketKm).rounded(.down)), bucketRows)
      keyed.append((row * bucketColumns + column, order))
    }
    keyed.sort { a, b in
      if a.bucket != b.bucket { return a.bucket < b.bucket }
      let ma = seeds[a.order].minutes
      let mb = seeds[b.order].minutes
      return ma != mb ? ma < mb : a.order < b.order
    }
    var starts = [Int](repeating: 0, count: bucketColumns * bucketRows + 1)
    for entry in keyed { starts[entry.bucket + 1] += 1 }
    for index in 1..<starts.count { starts[index] += starts[index - 1] }
    self.starts = starts
    entries = keyed.map { seeds[$0.order] }
  }

  static func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value)) }

  /// Minimum over the seeds of the 3 × 3 buckets around `point` (which hold every seed within the
  /// off-network distance); stops scanning a bucket once a seed's own minutes reach the best so far.
  func minimumMinutes(at point: PlanarPoint, spread: OffNetworkSpread) -> Double {
    let column = Self.clamp(
      Int(((point.xKm - origin.xKm) / bucketKm).rounded(.down)), bucketColumns)
    let row = Self.clamp(Int(((point.yKm - origin.yKm) / bucketKm).rounded(.down)), bucketRows)
    var best = Double.infinity
    for bucketRow in max(0, row - 1)...min(bucketRows - 1, row + 1) {
      for bucketColumn in max(0, column - 1)...min(bucketColumns - 1, column + 1) {
        let bucket = bucketRow * bucketColumns + bucketColumn
        for index in starts[bucket]..<starts[bucket + 1] {
          let seed = entries[index]
          if seed.minutes >= best { break }
          if let walk = spread.minutes(forDistanceKm: seed.point.distanceKm(to: point)) {
            best = min(best, seed.minutes + walk)
          }
        }
      }
    }
    return best
  }
}
