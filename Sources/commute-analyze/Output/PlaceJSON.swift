import TransitModel

/// A place as JSON reference: id and names.
enum PlaceJSON {
  static func reference(_ place: Place) -> JSONValue {
    .object([
      "id": .string(place.id.rawValue), "name_zh": .string(place.nameZh),
      "name_en": .string(place.nameEn),
    ])
  }
}
