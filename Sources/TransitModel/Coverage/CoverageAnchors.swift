/// The places a coverage report is centred on (`--to` or `--from`: trips go to or from the nearest of
/// them), and the rule every population share follows (DESIGN.md "Honest figures").
///
/// A share of population "inside the circle" counts the places *around* the centre, never the
/// centre's own residents: each anchor is left out of every share (scope, cluster, corridor;
/// numerator and denominator), and the anchors' summed population is reported beside the shares.
/// The anchors are exactly the places given: a place whose `parent` is an anchor is not one
/// (双阳 and 九台 are districts of Changchun 50 km out, and count). A group with no population left
/// has no share. Gaps use the same anchors: an anchor is never a gap (`CoverageGapRule`).
public struct CoverageAnchors: Sendable, Hashable {
  /// Place indices, sorted, each once.
  public let places: [Int]

  /// The anchors at these place indices (order and repeats do not matter).
  public init(_ places: [Int]) {
    self.places = Array(Set(places)).sorted()
  }

  /// Whether the place at `placeIndex` is an anchor.
  public func contains(_ placeIndex: Int) -> Bool {
    var low = 0
    var high = places.count
    while low < high {
      let middle = (low + high) / 2
      if places[middle] < placeIndex { low = middle + 1 } else { high = middle }
    }
    return low < places.count && places[low] == placeIndex
  }

  /// The anchors' summed population (populations never overlap); indices outside the network
  /// count nothing.
  public func population(in network: Network) -> Int {
    places.reduce(0) { sum, index in
      sum + (network.places.indices.contains(index) ? network.places[index].population : 0)
    }
  }

  /// The population and places of `members` inside, and of all of them, anchors left out.
  public func tally(
    _ members: [CoveragePlaceResult], isInside: (CoveragePlaceResult) -> Bool
  ) -> PopulationTally {
    tally(
      members.indices, placeIndex: { members[$0].placeIndex },
      population: { members[$0].place.population }, isInside: { isInside(members[$0]) })
  }

  /// `tally` of the members named by `positions`, each read through the closures: a report of
  /// thousands of groups tallies positions into arrays of its places' figures instead of copying
  /// every place result into every group it belongs to.
  func tally<Positions: Sequence<Int>>(
    _ positions: Positions, placeIndex: (Int) -> Int, population: (Int) -> Int,
    isInside: (Int) -> Bool
  ) -> PopulationTally {
    var tally = PopulationTally()
    for position in positions {
      guard !contains(placeIndex(position)) else {
        tally.anchorsLeftOut += 1
        continue
      }
      tally.populationTotal += population(position)
      tally.placesTotal += 1
      if isInside(position) {
        tally.populationInside += population(position)
        tally.placesInside += 1
      }
    }
    return tally
  }
}

/// Population and places of a group inside a threshold, and in all, anchors left out
/// (`CoverageAnchors.tally`).
public struct PopulationTally: Sendable, Hashable {
  /// Residents of the group's places inside.
  public var populationInside = 0
  /// Residents of the group's places.
  public var populationTotal = 0
  /// The group's places inside.
  public var placesInside = 0
  /// The group's places.
  public var placesTotal = 0
  /// The group's places left out because they are anchors.
  public var anchorsLeftOut = 0

  public init() {}

  /// `populationInside / populationTotal`; nil when the group has no population left.
  public var share: Double? {
    populationTotal > 0 ? Double(populationInside) / Double(populationTotal) : nil
  }
}
