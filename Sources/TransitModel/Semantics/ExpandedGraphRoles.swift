/// A line run in one direction: the stops in riding order with run, dwell and wait in seconds.
struct RidePattern: Sendable, Hashable {
  /// Index into `Network.lines`.
  var line: Int
  /// True for the reverse run of a `both` line.
  var reversed: Bool
  /// Stop indices (into `Network.stops`) in riding order.
  var stops: [Int]
  /// `runSeconds[k]`: in-vehicle seconds from position k-1 to k (`runSeconds[0]` = 0).
  var runSeconds: [Int32]
  /// Dwell at each position, paid only when staying on board through it (first and last are unused).
  var dwellSeconds: [Int32]
  /// Half the headway, capped: the wait when boarding this pattern anywhere.
  var waitSeconds: Int32
}

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

/// Node numbering of the expanded graph, in a stable order (sorted ids).
///
/// Places first (origin, destination, road node per place), then junctions (road node, parked), then
/// stops (entry, departure side, arrival side, exit, parking), then ride patterns sorted by line id,
/// forward before reverse (on board arriving, on board departing per position).
struct NodeLayout: Sendable, Hashable {
  var placeCount: Int
  var junctionCount: Int
  var stopCount: Int
  /// First node of each pattern; pattern p has 2 × stops nodes.
  var patternBase: [Int32]
  var nodeCount: Int

  init(placeCount: Int, junctionCount: Int, stopCount: Int, patternLengths: [Int]) {
    self.placeCount = placeCount
    self.junctionCount = junctionCount
    self.stopCount = stopCount
    var next = 3 * placeCount + 2 * junctionCount + 5 * stopCount
    var bases: [Int32] = []
    for length in patternLengths {
      bases.append(Int32(next))
      next += 2 * length
    }
    patternBase = bases
    nodeCount = next
  }

  func origin(place: Int) -> Int32 { Int32(3 * place) }
  func destination(place: Int) -> Int32 { Int32(3 * place + 1) }
  /// Road node of a place (p < placeCount) or a junction (index placeCount + j).
  func road(place: Int) -> Int32 { Int32(3 * place + 2) }
  func road(junction: Int) -> Int32 { Int32(3 * placeCount + 2 * junction) }
  func parked(junction: Int) -> Int32 { Int32(3 * placeCount + 2 * junction + 1) }
  private func stopBase(_ stop: Int) -> Int { 3 * placeCount + 2 * junctionCount + 5 * stop }
  func entry(stop: Int) -> Int32 { Int32(stopBase(stop)) }
  func departure(stop: Int) -> Int32 { Int32(stopBase(stop) + 1) }
  func arrival(stop: Int) -> Int32 { Int32(stopBase(stop) + 2) }
  func exit(stop: Int) -> Int32 { Int32(stopBase(stop) + 3) }
  func parking(stop: Int) -> Int32 { Int32(stopBase(stop) + 4) }
  func onBoardArriving(pattern: Int, position: Int) -> Int32 {
    patternBase[pattern] + Int32(2 * position)
  }
  func onBoardDeparting(pattern: Int, position: Int) -> Int32 {
    patternBase[pattern] + Int32(2 * position + 1)
  }
}
