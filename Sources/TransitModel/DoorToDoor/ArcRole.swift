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

    /// How many of a role's `parts` indices its kind uses (`drive`: one, and its direction).
    var indexCount: Int {
      switch self {
      case .wait, .ride, .dwell, .alight: 2
      case .stopTransfer: 3
      default: 1
      }
    }
  }
}

extension ArcRole {
  /// The role's kind and its indices in the order its case lists them (`drive`: the link, then 1
  /// when reversed); 0 where a case has fewer. `init(_:_:_:_:)` gives the role back.
  var parts: (kind: Kind, first: Int, second: Int, third: Int) {
    switch self {
    case .stay(let place): return (.stay, place, 0, 0)
    case .access(let connector): return (.access, connector, 0, 0)
    case .boardingOverhead(let stop): return (.boardingOverhead, stop, 0, 0)
    case .wait(let pattern, let position): return (.wait, pattern, position, 0)
    case .ride(let pattern, let position): return (.ride, pattern, position, 0)
    case .dwell(let pattern, let position): return (.dwell, pattern, position, 0)
    case .alight(let pattern, let position): return (.alight, pattern, position, 0)
    case .transferPenalty(let stop): return (.transferPenalty, stop, 0, 0)
    case .alightingOverhead(let stop): return (.alightingOverhead, stop, 0, 0)
    case .stopTransfer(let transfer, let from, let to): return (.stopTransfer, transfer, from, to)
    case .egress(let connector): return (.egress, connector, 0, 0)
    case .startCar(let place): return (.startCar, place, 0, 0)
    case .drive(let link, let reversed): return (.drive, link, reversed ? 1 : 0, 0)
    case .parkAtPlace(let place): return (.parkAtPlace, place, 0, 0)
    case .parkAtJunction(let junction): return (.parkAtJunction, junction, 0, 0)
    case .parkAndRideDrive(let stop): return (.parkAndRideDrive, stop, 0, 0)
    case .parkAndRideParking(let stop): return (.parkAndRideParking, stop, 0, 0)
    }
  }

  /// The role whose `parts` are `kind` and the indices `a`, `b`, `c`.
  init(_ kind: Kind, _ a: Int, _ b: Int, _ c: Int) {
    switch kind {
    case .stay: self = .stay(place: a)
    case .access: self = .access(connector: a)
    case .boardingOverhead: self = .boardingOverhead(stop: a)
    case .wait: self = .wait(pattern: a, position: b)
    case .ride: self = .ride(pattern: a, position: b)
    case .dwell: self = .dwell(pattern: a, position: b)
    case .alight: self = .alight(pattern: a, position: b)
    case .transferPenalty: self = .transferPenalty(stop: a)
    case .alightingOverhead: self = .alightingOverhead(stop: a)
    case .stopTransfer: self = .stopTransfer(transfer: a, from: b, to: c)
    case .egress: self = .egress(connector: a)
    case .startCar: self = .startCar(place: a)
    case .drive: self = .drive(link: a, reversed: b != 0)
    case .parkAtPlace: self = .parkAtPlace(place: a)
    case .parkAtJunction: self = .parkAtJunction(junction: a)
    case .parkAndRideDrive: self = .parkAndRideDrive(stop: a)
    case .parkAndRideParking: self = .parkAndRideParking(stop: a)
    }
  }
}
