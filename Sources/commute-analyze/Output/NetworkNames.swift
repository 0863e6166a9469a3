import TransitModel

/// Names to show for the ids that trips and reports carry (places, stops, junctions, lines).
struct NetworkNames: Sendable {
  private var names: [String: (zh: String, en: String)] = [:]

  init(_ network: Network) {
    for junction in network.junctions { names[junction.id] = (junction.nameZh, junction.nameEn) }
    for stop in network.stops { names[stop.id] = (stop.nameZh, stop.nameEn) }
    for place in network.places { names[place.id] = (place.nameZh, place.nameEn) }
  }

  /// Chinese name of a place, stop or junction, or the id when unknown.
  func zh(_ id: String) -> String { names[id]?.zh ?? id }

  /// English name of a place, stop or junction, or the id when unknown.
  func en(_ id: String) -> String { names[id]?.en ?? id }
}
