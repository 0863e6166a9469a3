import Graph

extension NetworkLoadState {
  /// Warns about places that no trip by any mode connects with any other place although they have a
  /// road link or a connector (their roads and stops lead nowhere). Works on the profile `any` graph
  /// with arcs taken as undirected, so it is cheap; one-way dead ends are not reported.
  mutating func checkConnectivity(of network: Network) {
    guard network.places.count > 1 else { return }
    let compiled = CompiledNetwork(network: network, profile: .any, parameters: .defaults)
    var components = DisjointSets(count: compiled.graph.nodeCount)
    for node in 0..<Int32(compiled.graph.nodeCount) {
      for arc in compiled.graph.arcRange(from: node) {
        if case .stay = compiled.arcRoles[arc] { continue }
        components.union(Int(node), Int(compiled.graph.target(ofArc: arc)))
      }
    }
    var placesPerComponent: [Int: Int] = [:]
    for place in network.places.indices {
      let origin = components.find(Int(compiled.originNode(ofPlace: place)))
      let destination = components.find(Int(compiled.destinationNode(ofPlace: place)))
      placesPerComponent[origin, default: 0] += 1
      if destination != origin { placesPerComponent[destination, default: 0] += 1 }
    }
    let served = placesWithRoadOrConnector()
    for (index, place) in network.places.enumerated() {
      // Places with neither roads nor connectors already have their warning.
      guard served.contains(place.id),
        let location = placeLocations[place.id]
      else { continue }
      let origin = components.find(Int(compiled.originNode(ofPlace: index)))
      let destination = components.find(Int(compiled.destinationNode(ofPlace: index)))
      if placesPerComponent[origin] == 1 && placesPerComponent[destination] == 1 {
        warning(
          location,
          "place '\(place.id)' is cut off: no trip by any mode connects it with another place "
            + "(its roads and stops lead nowhere)")
      }
    }
  }
}
