/// The roles of a graph's arcs, by arc index, stored compactly: a kind byte (`ArcRole.Kind`) and at
/// most three 32-bit indices per arc (13 bytes), where an array of `ArcRole` takes 32 (the largest
/// case's three `Int`s and the case tag, padded). A province-size graph has millions of arcs, and the
/// compiler holds its roles twice (in added order and in graph order) while it builds the graph.
///
/// Reads as a collection of `ArcRole`: each role is rebuilt from its kind and indices when read.
struct ArcRoles: Sendable, Hashable, RandomAccessCollection {
  private var kinds: [ArcRole.Kind] = []
  /// Each role's indices in the order its case lists them (`drive`: the link, then 1 when
  /// reversed); 0 where a case has fewer.
  private var first: [Int32] = []
  private var second: [Int32] = []
  private var third: [Int32] = []

  /// No roles.
  init() {}

  /// `roles`, in their order.
  init<Roles: Sequence<ArcRole>>(_ roles: Roles) {
    reserveCapacity(roles.underestimatedCount)
    for role in roles { append(role) }
  }

  var startIndex: Int { 0 }
  var endIndex: Int { kinds.count }

  /// Room for `count` roles.
  mutating func reserveCapacity(_ count: Int) {
    kinds.reserveCapacity(count)
    first.reserveCapacity(count)
    second.reserveCapacity(count)
    third.reserveCapacity(count)
  }

  /// Adds `role` at the end.
  mutating func append(_ role: ArcRole) {
    let (kind, a, b, c) = Self.encode(role)
    kinds.append(kind)
    first.append(Int32(a))
    second.append(Int32(b))
    third.append(Int32(c))
  }

  /// The role of arc `position`.
  subscript(position: Int) -> ArcRole {
    Self.decode(
      kinds[position], Int(first[position]), Int(second[position]), Int(third[position]))
  }

  /// The kind and indices of `role`; `decode` gives it back.
  private static func encode(_ role: ArcRole) -> (ArcRole.Kind, Int, Int, Int) {
    switch role {
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

  /// The role `encode` gave `kind` and the indices for.
  private static func decode(_ kind: ArcRole.Kind, _ a: Int, _ b: Int, _ c: Int) -> ArcRole {
    switch kind {
    case .stay: return .stay(place: a)
    case .access: return .access(connector: a)
    case .boardingOverhead: return .boardingOverhead(stop: a)
    case .wait: return .wait(pattern: a, position: b)
    case .ride: return .ride(pattern: a, position: b)
    case .dwell: return .dwell(pattern: a, position: b)
    case .alight: return .alight(pattern: a, position: b)
    case .transferPenalty: return .transferPenalty(stop: a)
    case .alightingOverhead: return .alightingOverhead(stop: a)
    case .stopTransfer: return .stopTransfer(transfer: a, from: b, to: c)
    case .egress: return .egress(connector: a)
    case .startCar: return .startCar(place: a)
    case .drive: return .drive(link: a, reversed: b != 0)
    case .parkAtPlace: return .parkAtPlace(place: a)
    case .parkAtJunction: return .parkAtJunction(junction: a)
    case .parkAndRideDrive: return .parkAndRideDrive(stop: a)
    case .parkAndRideParking: return .parkAndRideParking(stop: a)
    }
  }
}
