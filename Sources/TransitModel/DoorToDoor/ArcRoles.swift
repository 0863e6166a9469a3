/// The roles of a graph's arcs, by arc index, stored compactly: a kind byte (`ArcRole.Kind`) and two
/// 32-bit indices per arc (9 bytes), the third index of the one kind that has three (a stop
/// transfer's) kept apart by position; an array of `ArcRole` takes 32 bytes a role (the largest
/// case's three `Int`s and the case tag, padded). A province-size graph has millions of arcs; the
/// compiler puts them from added order into graph order part by part (`reorder(by:)`).
///
/// Reads as a collection of `ArcRole`: each role is rebuilt from its kind and indices when read.
struct ArcRoles: Sendable, Hashable, RandomAccessCollection {
  private var kinds: [ArcRole.Kind] = []
  /// Each role's indices (`ArcRole.parts`).
  private var first: [Int32] = []
  private var second: [Int32] = []
  /// The third index of the roles that have one not 0, by position (stop transfers only: a few
  /// in a hundred arcs).
  private var third: [Int: Int32] = [:]

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
  }

  /// Adds `role` at the end.
  mutating func append(_ role: ArcRole) {
    let parts = role.parts
    kinds.append(parts.kind)
    first.append(Int32(parts.first))
    second.append(Int32(parts.second))
    if parts.third != 0 { third[kinds.count - 1] = Int32(parts.third) }
  }

  /// Puts the roles in the order `order` gives: afterwards, role `i` is the one that was at
  /// `order[i]`. `order` must be a permutation of the positions. One part at a time, so a graph's
  /// roles are never held twice, only their largest part (a province-size graph has millions of
  /// arcs); each part is gathered in one sequential pass, which a cycle-by-cycle permutation in
  /// place, writing at random, is not (measured: that costs 15 % of `coverage`).
  mutating func reorder(by order: [Int32]) {
    precondition(order.count == count, "an order of \(order.count) for \(count) roles")
    kinds = order.map { kinds[Int($0)] }
    first = order.map { first[Int($0)] }
    second = order.map { second[Int($0)] }
    guard !third.isEmpty else { return }
    var reordered: [Int: Int32] = [:]
    reordered.reserveCapacity(third.count)
    for position in order.indices where kinds[position].indexCount == 3 {
      if let index = third[Int(order[position])] { reordered[position] = index }
    }
    third = reordered
  }

  /// The role of arc `position`.
  subscript(position: Int) -> ArcRole {
    let kind = kinds[position]
    // Only a kind with three indices looks its third up: a hash lookup on every read made
    // coverage, which reads a role per node searched, 3 % slower.
    let third = kind.indexCount == 3 ? self.third[position] ?? 0 : 0
    return ArcRole(kind, Int(first[position]), Int(second[position]), Int(third))
  }
}
