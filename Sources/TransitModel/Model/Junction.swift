/// A road junction that is not a place (interchange, ring-road node).
public struct Junction: Sendable, Hashable {
  public var id: String
  public var nameZh: String
  public var nameEn: String
  /// WGS-84 degrees.
  public var latitude: Double
  /// WGS-84 degrees.
  public var longitude: Double
  public var source: String

  public init(
    id: String, nameZh: String, nameEn: String, latitude: Double, longitude: Double,
    source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.latitude = latitude
    self.longitude = longitude
    self.source = source
  }
}
