import Foundation
import Graph

extension CompiledNetwork {
  /// At most this many points are sampled along one road link: a link longer than this many
  /// sample spacings is sampled more sparsely (5,000 km at the default 1 km grid, so never on a
  /// real network), which bounds the seeds a tiny `grid-km` can ask for.
  public static let maximumSamplesPerRoadLink = 10_000

  /// How each road link of the car layer is reached after a search whose seconds at a graph node
  /// `seconds` gives (the forward graph for `.from`, the reverse graph for `.to`); empty when the
  /// profile has no car layer. In road-link order.
  func roadLinkReaches(
    direction: TravelDirection, seconds: (Int32) -> Int32?
  ) -> [RoadLinkReach] {
    guard profile.usesCar else { return [] }
    let weights = ArcWeights(network: network, parameters: parameters, patterns: patterns)
    let parking = ArcWeights.seconds(parameters.parkingMinutes)
    return network.roadLinks.enumerated().map { index, link in
      let ends = topology.linkEnds[index]
      return RoadLinkReach(
        fromSeconds: seconds(roadGraphNode(ends.from)), toSeconds: seconds(roadGraphNode(ends.to)),
        driveSeconds: weights.seconds(.drive(link: index, reversed: false)), oneway: link.oneway,
        direction: direction, parkingSeconds: parking)
    }
  }

  /// The graph node a car is at on `roadNode`.
  private func roadGraphNode(_ roadNode: RoadNode) -> Int32 {
    switch roadNode {
    case .place(let place): return layout.road(place: place)
    case .junction(let junction): return layout.road(junction: junction)
    }
  }

  /// Position of a road node, WGS-84 degrees.
  func position(of roadNode: RoadNode) -> (latitude: Double, longitude: Double) {
    switch roadNode {
    case .place(let place):
      return (network.places[place].latitude, network.places[place].longitude)
    case .junction(let junction):
      return (network.junctions[junction].latitude, network.junctions[junction].longitude)
    }
  }

  /// Points along every reached road link, at most `spacingKm` apart (straight between the link's
  /// ends, interpolated in degrees), with the minutes `reaches` gives them; the ends themselves are
  /// left out (they are junctions and places, seeded on their own). Empty when `spacingKm` is not a
  /// finite positive number (the surface refuses such a grid anyway).
  func roadLinkSeeds(_ reaches: [RoadLinkReach], spacingKm: Double) -> [GeoSeed] {
    guard spacingKm.isFinite, spacingKm > 0 else { return [] }
    var seeds: [GeoSeed] = []
    for (index, reach) in reaches.enumerated() where reach.isReached {
      let ends = topology.linkEnds[index]
      let from = position(of: ends.from)
      let to = position(of: ends.to)
      let count = Self.sampleCount(
        lengthKm: GreatCircle.kilometres(
          fromLatitude: from.latitude, longitude: from.longitude, toLatitude: to.latitude,
          longitude: to.longitude), spacingKm: spacingKm)
      for step in stride(from: 1, to: count, by: 1) {
        let fraction = Double(step) / Double(count)
        seeds.append(
          GeoSeed(
            latitude: from.latitude + (to.latitude - from.latitude) * fraction,
            longitude: from.longitude + (to.longitude - from.longitude) * fraction,
            minutes: reach.minutes(atFraction: fraction)))
      }
    }
    return seeds
  }

  /// Pieces a link of `lengthKm` is cut into so that samples are at most `spacingKm` apart
  /// (at least 1, at most `maximumSamplesPerRoadLink`).
  static func sampleCount(lengthKm: Double, spacingKm: Double) -> Int {
    let pieces = (lengthKm / spacingKm).rounded(.up)
    guard pieces.isFinite, pieces >= 1 else { return 1 }
    return Int(min(pieces, Double(maximumSamplesPerRoadLink)))
  }
}
