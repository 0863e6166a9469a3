/// A point where a traveller can stand on foot, and the graph node whose distance is the time to be
/// standing there (isochrones add the off-network walk from it).
public struct EgressPoint: Sendable, Hashable {
  /// Place, stop or junction id.
  public var id: String
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  /// The graph node for this point: for an egress point, its distance in a search of `graph` is the
  /// seconds to be standing here; for an access point, its distance in a search of `reverse` is the
  /// seconds from standing here.
  public var node: Int32
}
