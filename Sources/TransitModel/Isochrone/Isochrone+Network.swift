extension Isochrone {
  /// The projection every isochrone and map of `network` uses: azimuthal equidistant centred on the
  /// middle of the bounding box of the planning-scope places (all places if none is in scope), so
  /// that the same network always gives the same plane and distortion is least where planners look.
  public static func projection(for network: Network) -> AzimuthalEquidistantProjection {
    let scope = network.places.filter { $0.scope != .no }
    let places = scope.isEmpty ? Array(network.places) : scope
    return AzimuthalEquidistantProjection.centred(
      onLatitudes: places.map(\.latitude), longitudes: places.map(\.longitude))
  }
}

extension TravelTimeEngine {
  /// The points a traveller can stand on, with their minutes, for trips from the nearest of `origins`
  /// (direction `.from`: the compiled network's egress points after a forward search) or toward the
  /// nearest of them (direction `.to`: its access points after a search of the reverse graph). The
  /// origin places themselves are seeds at 0 minutes: one can always walk from (or to) where one is.
  /// Profiles with a car layer add points along every reached road link, half a grid cell apart at
  /// most, timed by `RoadLinkReach`: bands follow the roads as ribbons.
  /// Invalid origin indices are ignored.
  public mutating func isochroneSeeds(origins: [Int], direction: TravelDirection) -> [GeoSeed] {
    let places = compiled.network.places
    let valid = origins.filter { places.indices.contains($0) }
    let start = compiled.searchStart(at: valid, direction: direction)
    workspace.run(on: start.graph, from: start.sources)
    let points = direction == .from ? compiled.egressPoints : compiled.accessPoints
    var seeds = points.map { point -> GeoSeed in
      let seconds = workspace.reachedDistance(to: point.node)
      return GeoSeed(
        latitude: point.latitude, longitude: point.longitude,
        minutes: seconds.map { Double($0) / 60 } ?? .infinity)
    }
    seeds += compiled.roadLinkSeeds(
      searchedRoadLinkReaches(direction: direction), spacingKm: compiled.parameters.gridKm / 2)
    for origin in valid {
      seeds.append(
        GeoSeed(latitude: places[origin].latitude, longitude: places[origin].longitude, minutes: 0))
    }
    return seeds
  }

  /// How each road link is reached for trips from the nearest of `origins` (direction `.from`) or
  /// toward the nearest of them (`.to`), in road-link order; empty when the profile has no car
  /// layer. Invalid origin indices are ignored.
  public mutating func roadLinkReaches(origins: [Int], direction: TravelDirection)
    -> [RoadLinkReach]
  {
    let valid = origins.filter { compiled.network.places.indices.contains($0) }
    let start = compiled.searchStart(at: valid, direction: direction)
    workspace.run(on: start.graph, from: start.sources)
    return searchedRoadLinkReaches(direction: direction)
  }

  /// `roadLinkReaches` from the search just run.
  private func searchedRoadLinkReaches(direction: TravelDirection) -> [RoadLinkReach] {
    compiled.roadLinkReaches(direction: direction) { workspace.reachedDistance(to: $0) }
  }

  /// The isochrone of `origins`, with the grid and off-network figures of the parameters
  /// (`gridKm`, `offNetworkSpeedKmh`, `maxOffNetworkKm`) and the network's projection.
  /// - Throws: `IsochroneError` for a parameter that is not a finite positive number or a grid too
  ///   large.
  public mutating func isochrone(origins: [Int], direction: TravelDirection) throws -> Isochrone {
    let parameters = compiled.parameters
    return try Isochrone(
      seeds: isochroneSeeds(origins: origins, direction: direction),
      projection: Isochrone.projection(for: compiled.network), cellKm: parameters.gridKm,
      spread: OffNetworkSpread(
        speedKmh: parameters.offNetworkSpeedKmh, maxDistanceKm: parameters.maxOffNetworkKm))
  }
}
