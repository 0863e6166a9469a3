import TransitModel

/// Names to show for the points that trips carry (places, stops, junctions), looked up by kind: a
/// stop is never labelled with the name of a place that has the same id.
struct NetworkNames: Sendable {
  private let network: Network

  init(_ network: Network) {
    self.network = network
  }

  private func names(_ point: TripPoint) -> (zh: String, en: String)? {
    switch point {
    case .place(let id): return network.places[key: id].map { ($0.nameZh, $0.nameEn) }
    case .stop(let id): return network.stops[key: id].map { ($0.nameZh, $0.nameEn) }
    case .junction(let id): return network.junctions[key: id].map { ($0.nameZh, $0.nameEn) }
    }
  }

  /// Chinese name of a place, stop or junction, or the id when unknown.
  func zh(_ point: TripPoint) -> String { names(point)?.zh ?? point.id }

  /// English name of a place, stop or junction, or the id when unknown.
  func en(_ point: TripPoint) -> String { names(point)?.en ?? point.id }
}
