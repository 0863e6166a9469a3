/// The order of a key made of two ids and an access mode (a connector's place, stop and mode; a
/// transfer's stops and mode): as the tuple of its parts compares, the mode by its name.
enum TwoIDsAndModeOrder {
  /// Whether `a` sorts before `b`. Keys in order (a table read back) take one comparison of texts
  /// each: a text both keys share (one string) is told apart without reading it, and each part
  /// is compared once for a difference, not once for inequality and again for its order.
  static func precedes<First: Comparable, Second: Comparable>(
    _ a: (First, Second, AccessMode), _ b: (First, Second, AccessMode)
  ) -> Bool {
    if a.0 < b.0 { return true }
    if b.0 < a.0 { return false }
    if a.1 < b.1 { return true }
    if b.1 < a.1 { return false }
    return a.2 != b.2 && a.2.rawValue < b.2.rawValue
  }
}
