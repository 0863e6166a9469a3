extension TravelTimeSurface {
  /// Samples the surface spread from `seeds` on a grid of `cellKm`.
  ///
  /// Seeds whose minutes are not finite or negative are ignored (unreached points). Seeds are bucketed
  /// on a coarse grid whose cells are at least the off-network distance wide, each bucket sorted by
  /// minutes: a node looks only at the 3 × 3 buckets around it and stops scanning a bucket once a
  /// seed's own minutes reach the best value found, so the work is about (grid nodes near the network)
  /// × (seeds within the off-network distance that could still improve), and nodes with no seed
  /// nearby cost one bucket lookup.
  /// - Throws: `IsochroneError` if a parameter is not a finite positive number or the grid would be
  ///   larger than `nodeLimit`.
  /// - Complexity: O(*g* · *s*) in the worst case for *g* grid nodes and *s* seeds per neighbourhood.
  public init(seeds: [SurfaceSeed], spread: OffNetworkSpread, cellKm: Double) throws {
    try Self.check("grid-km", cellKm)
    try Self.check("off-network-speed-kmh", spread.speedKmh)
    try Self.check("max-off-network-km", spread.maxDistanceKm)
    let reached = seeds.filter {
      $0.minutes.isFinite && $0.minutes >= 0 && $0.point.xKm.isFinite && $0.point.yKm.isFinite
    }
    guard let first = reached.first else {
      self.init(
        origin: PlanarPoint(xKm: -cellKm, yKm: -cellKm), cellKm: cellKm, columns: 3, rows: 3,
        minutes: Array(repeating: .infinity, count: 9), spread: spread)
      return
    }
    var minX = first.point.xKm
    var maxX = minX
    var minY = first.point.yKm
    var maxY = minY
    for seed in reached {
      minX = min(minX, seed.point.xKm)
      maxX = max(maxX, seed.point.xKm)
      minY = min(minY, seed.point.yKm)
      maxY = max(maxY, seed.point.yKm)
    }
    let reach = spread.maxDistanceKm
    let firstColumn = ((minX - reach) / cellKm).rounded(.down) - 1
    let lastColumn = ((maxX + reach) / cellKm).rounded(.up) + 1
    let firstRow = ((minY - reach) / cellKm).rounded(.down) - 1
    let lastRow = ((maxY + reach) / cellKm).rounded(.up) + 1
    let columnsValue = lastColumn - firstColumn + 1
    let rowsValue = lastRow - firstRow + 1
    let nodeValue = columnsValue * rowsValue
    guard nodeValue <= Double(Self.nodeLimit), let columns = Int(exactly: columnsValue),
      let rows = Int(exactly: rowsValue)
    else {
      let nodes = nodeValue.isFinite && nodeValue < 1e18 ? Int(nodeValue) : Int.max
      throw IsochroneError.gridTooLarge(
        nodes: nodes, limit: Self.nodeLimit, widthKm: maxX - minX + 2 * reach,
        heightKm: maxY - minY + 2 * reach, cellKm: cellKm)
    }
    let origin = PlanarPoint(xKm: firstColumn * cellKm, yKm: firstRow * cellKm)
    let buckets = SeedBuckets(
      seeds: reached, origin: origin, widthKm: Double(columns - 1) * cellKm,
      heightKm: Double(rows - 1) * cellKm, bucketKm: max(reach, cellKm))
    var values = [Double](repeating: .infinity, count: columns * rows)
    for row in 1..<(rows - 1) {
      let y = origin.yKm + Double(row) * cellKm
      for column in 1..<(columns - 1) {
        let x = origin.xKm + Double(column) * cellKm
        values[row * columns + column] = buckets.minimumMinutes(
          at: PlanarPoint(xKm: x, yKm: y), spread: spread)
      }
    }
    self.init(
      origin: origin, cellKm: cellKm, columns: columns, rows: rows, minutes: values,
      spread: spread, seedBuckets: buckets)
  }

  /// The exact surface at any point of the plane (no grid): the minimum over `seeds` of minutes plus
  /// off-network time, `.infinity` if no seed is within the off-network distance. The reference that
  /// grid values are checked against.
  public static func exactMinutes(
    at point: PlanarPoint, seeds: [SurfaceSeed], spread: OffNetworkSpread
  ) -> Double {
    var best = Double.infinity
    for seed in seeds where seed.minutes.isFinite && seed.minutes >= 0 {
      if let walk = spread.minutes(forDistanceKm: seed.point.distanceKm(to: point)) {
        best = min(best, seed.minutes + walk)
      }
    }
    return best
  }

  private static func check(_ name: String, _ value: Double) throws {
    guard value.isFinite, value > 0 else {
      throw IsochroneError.invalidParameter(name: name, value: value)
    }
  }
}
