/// The roles of a graph's arcs, by arc index, stored compactly: a kind byte (`ArcRole.Kind`) and at
/// most three 32-bit indices per arc (13 bytes), where an array of `ArcRole` takes 32 (the largest
/// case's three `Int`s and the case tag, padded). A province-size graph has millions of arcs, and the
/// compiler holds its roles twice (in added order and in graph order) while it builds the graph.
///
/// Reads as a collection of `ArcRole`: each role is rebuilt from its kind and indices when read.
struct ArcRoles: Sendable, Hashable, RandomAccessCollection {
  private var kinds: [ArcRole.Kind] = []
  /// Each role's indices (`ArcRole.parts`).
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
    let parts = role.parts
    kinds.append(parts.kind)
    first.append(Int32(parts.first))
    second.append(Int32(parts.second))
    third.append(Int32(parts.third))
  }

  /// The role of arc `position`.
  subscript(position: Int) -> ArcRole {
    ArcRole(
      kinds[position], Int(first[position]), Int(second[position]), Int(third[position]))
  }
}
