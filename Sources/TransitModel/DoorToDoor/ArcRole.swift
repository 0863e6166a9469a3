/// What an arc of the expanded graph means; used to turn a path into trip legs.
enum ArcRole: Sendable, Hashable {
  /// Origin side → destination side of one place: the trip that does not move (0 s).
  case stay(place: Int)
  /// Place origin → stop entry, by a connector.
  case access(connector: Int)
  /// Stop entry → departure side: the stop's boarding overhead.
  case boardingOverhead(stop: Int)
  /// Departure side → on board at a position: half the headway, capped.
  case wait(pattern: Int, position: Int)
  /// On board from position k to k + 1: run time.
  case ride(pattern: Int, position: Int)
  /// On board staying through position k: dwell.
  case dwell(pattern: Int, position: Int)
  /// Getting off at position k onto the arrival side (0 s).
  case alight(pattern: Int, position: Int)
  /// Arrival side → departure side of one stop: the transfer penalty.
  case transferPenalty(stop: Int)
  /// Arrival side → stop exit: the stop's alighting overhead.
  case alightingOverhead(stop: Int)
  /// Stop exit → entry of another stop of the city: transfer minutes + penalty.
  case stopTransfer(transfer: Int, from: Int, to: Int)
  /// Stop exit → place destination, by a connector.
  case egress(connector: Int)
  /// Place origin → its road node: getting into the car (0 s).
  case startCar(place: Int)
  /// Road node → road node along a link (`reversed`: driven to → from).
  case drive(link: Int, reversed: Bool)
  /// Place road node → place destination: parking allowance.
  case parkAtPlace(place: Int)
  /// Junction road node → parked at the junction: parking allowance (isochrone egress).
  case parkAtJunction(junction: Int)
  /// Road node of a stop's place → parking of the stop: the urban drive to the station.
  case parkAndRideDrive(stop: Int)
  /// Parking of a stop → stop entry: the parking allowance.
  case parkAndRideParking(stop: Int)
}

extension ArcRole {
  /// The case of a role without its indices: the byte that stores it in `ArcRoles` and in a cache
  /// (`CacheSchema.ArcRoleKind`).
  enum Kind: UInt8, CaseIterable, Sendable {
    case stay, access, boardingOverhead, wait, ride, dwell, alight, transferPenalty
    case alightingOverhead, stopTransfer, egress, startCar, drive, parkAtPlace, parkAtJunction
    case parkAndRideDrive, parkAndRideParking
  }
}
