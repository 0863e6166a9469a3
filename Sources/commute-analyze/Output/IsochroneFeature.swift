import TransitModel

/// One isochrone band as a GeoJSON feature: the band and what it was computed from.
struct IsochroneFeature {
  /// The band's polygons and cutoff.
  var band: IsochroneBand
  /// Place ids of the origins (one, or several for a union band).
  var originIDs: [String]
  /// Chinese names of the origins, same order.
  var originNamesZh: [String]
  /// The profile's name (`any`).
  var profile: String
  /// `from` (reachable from the origins) or `to` (the origins are reachable from there).
  var direction: String
}
