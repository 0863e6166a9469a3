import Foundation

/// A travel-time surface in a local azimuthal equidistant plane, ready to be contoured into bands.
public struct Isochrone: Sendable {
  /// Radius of the 16-gon written around each origin when a band reaches no grid node.
  public static let placeholderRadiusKm = 0.1

  /// The plane the surface is sampled in; bands are back-projected through it.
  public let projection: AzimuthalEquidistantProjection
  /// Minutes on the grid, in the projection's plane.
  public let surface: TravelTimeSurface

  /// Projects `seeds` with `projection` and samples their surface on a grid of `cellKm`.
  /// - Throws: `IsochroneError` for a bad parameter or a grid too large.
  public init(
    seeds: [GeoSeed], projection: AzimuthalEquidistantProjection, cellKm: Double,
    spread: OffNetworkSpread
  ) throws {
    self.projection = projection
    let planar = seeds.map {
      SurfaceSeed(
        point: projection.project(latitude: $0.latitude, longitude: $0.longitude),
        minutes: $0.minutes)
    }
    surface = try TravelTimeSurface(seeds: planar, spread: spread, cellKm: cellKm)
  }

  /// The band within `minutes`, back-projected and rounded to microdegrees. If no grid node is
  /// within the cutoff, a small 16-gon around each of `origins` (latitude, longitude) instead.
  public func band(
    within minutes: Double, origins: [(latitude: Double, longitude: Double)]
  ) -> IsochroneBand {
    var polygons: [GeoPolygon] = []
    for polygon in MarchingSquares.polygons(of: surface, within: minutes) {
      guard let outer = geoRing(polygon.outer, counterClockwise: true) else { continue }
      let holes = polygon.holes.compactMap { geoRing($0, counterClockwise: false) }
      polygons.append(GeoPolygon(outer: outer, holes: holes))
    }
    if !polygons.isEmpty {
      return IsochroneBand(minutes: minutes, polygons: polygons, isPlaceholder: false)
    }
    let placeholders = origins.compactMap { origin -> GeoPolygon? in
      let centre = projection.project(latitude: origin.latitude, longitude: origin.longitude)
      let points = (0...16).map { step -> PlanarPoint in
        let angle = Double(step % 16) * .pi / 8
        return PlanarPoint(
          xKm: centre.xKm + Self.placeholderRadiusKm * cos(angle),
          yKm: centre.yKm + Self.placeholderRadiusKm * sin(angle))
      }
      return geoRing(ContourRing(points: points), counterClockwise: true).map {
        GeoPolygon(outer: $0, holes: [])
      }
    }
    return IsochroneBand(minutes: minutes, polygons: placeholders, isPlaceholder: true)
  }

  /// Back-projects and rounds a ring, dropping repeated positions; nil if fewer than 4 positions
  /// remain. Reversed if rounding flipped its orientation (only possible for rings of a few metres).
  private func geoRing(_ ring: ContourRing, counterClockwise: Bool) -> GeoRing? {
    var positions: [GeoPosition] = []
    positions.reserveCapacity(ring.points.count)
    for point in ring.points {
      let (latitude, longitude) = projection.unproject(point)
      let position = GeoPosition(latitude: latitude, longitude: longitude)
      if positions.last != position { positions.append(position) }
    }
    guard positions.count >= 4, positions.first == positions.last else { return nil }
    var result = GeoRing(positions: positions)
    let area = result.signedAreaDegrees2
    if area == 0 { return nil }
    if (area > 0) != counterClockwise { result.positions.reverse() }
    return result
  }
}
