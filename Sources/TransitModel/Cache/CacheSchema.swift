/// The cases of every enum a network cache stores by position, held once (not rebuilt per row),
/// and a fingerprint of them all: a cache whose fingerprint differs was written for another model
/// and is refused, so a case added or reordered can never be read as another.
enum CacheSchema {
  static let placeKinds = PlaceKind.allCases
  static let scopes = ScopeMembership.allCases
  static let roadClasses = RoadClass.allCases
  static let stopKinds = StopKind.allCases
  static let accessModes = AccessMode.allCases
  static let lineClasses = LineClass.allCases
  static let lineDirections = LineDirections.allCases
  static let corridorMemberKinds = CorridorMemberKind.allCases
  static let severities: [InputDiagnostic.Severity] = [.error, .warning]
  static let tableNames = SourceMap.TableName.allCases

  /// Which case of `SourceMap.Row` an origin is for, in the order of `SourceMap.Row`.
  static let rowKinds = [
    "manifest", "place", "cluster", "junction", "roadLink", "stop", "connector", "stopTransfer",
    "line", "lineStop", "corridor", "corridorMember",
  ]

  static let profiles = Profile.allCases

  /// The kinds of `ArcRole`, by the byte that stands for each in a cache (`NetworkCache+Compiled`).
  typealias ArcRoleKind = ArcRole.Kind

  /// The listing of every case, in order, that the fingerprint sums.
  static var listing: String {
    func line<Value>(_ name: String, _ cases: [Value]) -> String {
      name + "=" + cases.map { "\($0)" }.joined(separator: ",") + "\n"
    }
    return line("PlaceKind", placeKinds.map(\.rawValue)) + line("Scope", scopes.map(\.rawValue))
      + line("RoadClass", roadClasses.map(\.rawValue)) + line("StopKind", stopKinds.map(\.rawValue))
      + line("AccessMode", accessModes.map(\.rawValue))
      + line("LineClass", lineClasses.map(\.rawValue))
      + line("LineDirections", lineDirections.map(\.rawValue))
      + line("CorridorMemberKind", corridorMemberKinds.map(\.rawValue))
      + line("Severity", severities.map(\.rawValue)) + line("TableName", tableNames)
      + line("Row", rowKinds) + line("Profile", profiles.map(\.rawValue))
      + line("ArcRole", ArcRoleKind.allCases.map { "\($0)" })
  }

  /// `FastChecksum` of `listing`.
  static let fingerprint = FastChecksum.checksum(Array(listing.utf8))
}
