/// Edits of a stop's own figures, of connectors and stop transfers, and the removal of a junction:
/// what a diff of two network versions needs to write one as a scenario of the other.
extension EditStep {
  /// `modify-stop`: kind (its overheads), place (where its park-and-ride drive starts), park and
  /// ride. Whether the new place exists is the validator's rule, reported at the edit.
  mutating func modifyStop(
    _ id: StopID, _ modification: StopModification, _ network: inout Network,
    _ sources: inout SourceMap
  ) {
    guard var stop = network.stops[key: id] else {
      return error("stop", "no stop '\(id)' in the network")
    }
    var changes: [String] = []
    if let kind = modification.kind, kind != stop.kind {
      changes.append("kind \(stop.kind.rawValue) → \(kind.rawValue)")
      stop.kind = kind
    }
    if let place = modification.place, place != stop.place {
      changes.append("place \(stop.place) → \(place)")
      stop.place = place
    }
    if let parkAndRide = modification.parkAndRide, parkAndRide != stop.parkAndRide {
      changes.append("park_and_ride \(parkAndRide ? "no → yes" : "yes → no")")
      stop.parkAndRide = parkAndRide
    }
    guard !changes.isEmpty else { return error("stop", "changes nothing in stop '\(id)'") }
    network.stops.update(stop)
    sources.record(.stop(id), edit.cells.origin)
    summary = "changed stop \(id) \(stop.nameZh): " + changes.joined(separator: ", ")
  }

  /// `modify-connector`: new minutes.
  mutating func modifyConnector(
    _ key: ConnectorKey, minutes: Double, _ network: inout Network, _ sources: inout SourceMap
  ) {
    guard var connector = network.connectors[key: key] else {
      return error("place", "no connector \(key) in the network")
    }
    guard connector.minutes != minutes else {
      return error(
        "minutes", "changes nothing: connector \(key) is already \(Parameters.format(minutes)) min")
    }
    let before = connector.minutes
    connector.minutes = minutes
    network.connectors.update(connector)
    sources.record(.connector(key), edit.cells.origin)
    summary =
      "changed connector \(key): \(Parameters.format(before)) → \(Parameters.format(minutes)) min"
  }

  /// The transfer between `key`'s stops by its mode, as written in the network (either way round).
  private func existingTransfer(_ key: StopTransferKey, in network: Network) -> StopTransfer? {
    network.stopTransfers[key: key]
      ?? network.stopTransfers[
        key: StopTransferKey(fromStop: key.toStop, toStop: key.fromStop, mode: key.mode)]
  }

  /// `remove-stop-transfer`.
  mutating func removeStopTransfer(_ key: StopTransferKey, _ network: inout Network) {
    guard let transfer = existingTransfer(key, in: network) else {
      return error("from_stop", "no stop transfer \(key.undirected) in the network")
    }
    network.stopTransfers.remove(key: transfer.key)
    summary = "removed stop transfer \(key.undirected)"
  }

  /// `modify-stop-transfer`: new minutes.
  mutating func modifyStopTransfer(
    _ key: StopTransferKey, minutes: Double, _ network: inout Network, _ sources: inout SourceMap
  ) {
    guard var transfer = existingTransfer(key, in: network) else {
      return error("from_stop", "no stop transfer \(key.undirected) in the network")
    }
    guard transfer.minutes != minutes else {
      return error(
        "minutes",
        "changes nothing: stop transfer \(key.undirected) is already \(Parameters.format(minutes)) min"
      )
    }
    let before = transfer.minutes
    transfer.minutes = minutes
    network.stopTransfers.update(transfer)
    sources.record(.stopTransfer(transfer.key), edit.cells.origin)
    summary =
      "changed stop transfer \(key.undirected): \(Parameters.format(before)) → "
      + "\(Parameters.format(minutes)) min"
  }

  /// `remove-junction`: a junction no road link uses any more.
  mutating func removeJunction(_ id: JunctionID, _ network: inout Network) {
    guard let junction = network.junctions[key: id] else {
      return error("junction", "no junction '\(id)' in the network")
    }
    let node = RoadNodeID(id)
    let links = network.roadLinks.filter { $0.from == node || $0.to == node }.map(\.id.rawValue)
    guard links.isEmpty else {
      return error(
        "junction",
        "still used by road link \(links.joined(separator: ", ")): close them first "
          + "(close-road-link)")
    }
    network.junctions.remove(key: id)
    summary = "removed junction \(id) \(junction.nameZh)"
  }
}
