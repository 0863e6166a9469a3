import TransitModel

/// Writes isochrone bands as an RFC 7946 FeatureCollection with a top-level `provenance` member.
///
/// One feature per line (a Polygon, or a MultiPolygon when the band has several pieces; never a null
/// geometry), coordinates `[lon, lat]` with exactly 6 decimals, keys sorted, no locale, no
/// timestamps: the same bands give the same bytes. Feature properties: `direction`, `minutes`,
/// `origin` (the origin's id, or the ids joined by `+` for a union), `origin_name`, `origins` (array
/// of ids), `placeholder` (true when nothing was reachable on the grid within the cutoff and the
/// geometry is a 100 m polygon around each origin), `profile`.
enum GeoJSONIsochroneWriter {
  static func document(_ features: [IsochroneFeature], provenance: JSONValue) -> String {
    var text = "{\n  \"features\": ["
    for (index, feature) in features.enumerated() {
      text += index == 0 ? "\n    " : ",\n    "
      text += self.feature(feature)
    }
    text += features.isEmpty ? "],\n" : "\n  ],\n"
    let provenanceText = JSONWriter.document(provenance)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
      .joined(separator: "\n  ")
    text += "  \"provenance\": " + provenanceText + ",\n"
    text += "  \"type\": \"FeatureCollection\"\n}\n"
    return text
  }

  static func feature(_ feature: IsochroneFeature) -> String {
    let band = feature.band
    let geometry: String
    if band.polygons.count == 1 {
      geometry = "{\"coordinates\": \(polygon(band.polygons[0])), \"type\": \"Polygon\"}"
    } else {
      geometry =
        "{\"coordinates\": [" + band.polygons.map(polygon).joined(separator: ", ")
        + "], \"type\": \"MultiPolygon\"}"
    }
    let origins = feature.originIDs.map(JSONWriter.quoted).joined(separator: ", ")
    let properties = [
      "\"direction\": \(JSONWriter.quoted(feature.direction))",
      "\"minutes\": \(JSONWriter.format(band.minutes))",
      "\"origin\": \(JSONWriter.quoted(feature.originIDs.joined(separator: "+")))",
      "\"origin_name\": \(JSONWriter.quoted(feature.originNamesZh.joined(separator: "+")))",
      "\"origins\": [\(origins)]",
      "\"placeholder\": \(band.isPlaceholder ? "true" : "false")",
      "\"profile\": \(JSONWriter.quoted(feature.profile))",
    ]
    return "{\"geometry\": \(geometry), \"properties\": {\(properties.joined(separator: ", "))}, "
      + "\"type\": \"Feature\"}"
  }

  static func polygon(_ polygon: GeoPolygon) -> String {
    "[" + ([polygon.outer] + polygon.holes).map(ring).joined(separator: ", ") + "]"
  }

  static func ring(_ ring: GeoRing) -> String {
    "["
      + ring.positions.map {
        "[\(degrees($0.longitudeMicrodegrees)), \(degrees($0.latitudeMicrodegrees))]"
      }.joined(separator: ", ") + "]"
  }

  /// Microdegrees as decimal degrees with exactly 6 decimals (`125.300000`, `-0.000001`).
  static func degrees(_ microdegrees: Int64) -> String {
    let sign = microdegrees < 0 ? "-" : ""
    let magnitude = microdegrees.magnitude
    let fraction = String(magnitude % 1_000_000)
    return sign + String(magnitude / 1_000_000) + "."
      + String(repeating: "0", count: 6 - fraction.count) + fraction
  }
}
