/// A cluster of the plan's layout (长吉, 长平, 长辽 组团).
public struct Cluster: Sendable, Hashable {
  public var id: String
  public var nameZh: String
  public var nameEn: String
  public var source: String

  public init(id: String, nameZh: String, nameEn: String, source: String = "") {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.source = source
  }
}
