import TransitModel

/// The rows of `matrix --format csv`, written straight into bytes: each place's cells are quoted
/// and defused once (`CSVWriter`), then every row is their concatenation with the minutes, so a
/// matrix of millions of rows builds no string or array per cell.
struct MatrixCSV {
  /// The header row, line feed included.
  static let header =
    "from_id,to_id,profile,minutes,from_name_zh,from_name_en,to_name_zh,to_name_en\n"

  /// Per place: its id cell.
  private let ids: [[UInt8]]
  /// Per place: its two name cells with the comma between.
  private let names: [[UInt8]]
  /// `,profile,` between the to-id and the minutes.
  private let profileCell: [UInt8]

  init(network: Network, profile: Profile) {
    ids = network.places.map { Array(CSVWriter.encode(.text($0.id.rawValue)).utf8) }
    names = network.places.map { place in
      Array(
        (CSVWriter.encode(.text(place.nameZh)) + "," + CSVWriter.encode(.text(place.nameEn)))
          .utf8)
    }
    profileCell = Array(("," + CSVWriter.encode(.plain(profile.rawValue)) + ",").utf8)
  }

  /// Appends one row per destination for the trips from `origin` (`seconds[j]` to
  /// `destinations[j]`, `TravelTimeEngine.unreachableSeconds` when none).
  func appendRows(
    from origin: Int, to destinations: [Int], seconds: UnsafeBufferPointer<Int32>,
    into bytes: inout [UInt8]
  ) {
    let comma = UInt8(ascii: ",")
    for (j, destination) in destinations.enumerated() {
      bytes.append(contentsOf: ids[origin])
      bytes.append(comma)
      bytes.append(contentsOf: ids[destination])
      bytes.append(contentsOf: profileCell)
      let value = seconds[j]
      if value != TravelTimeEngine.unreachableSeconds,
        let tenths = MinutesText.tenths(seconds: value)
      {
        Self.appendDecimal(tenths / 10, into: &bytes)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(tenths % 10))
      }
      bytes.append(comma)
      bytes.append(contentsOf: names[origin])
      bytes.append(comma)
      bytes.append(contentsOf: names[destination])
      bytes.append(UInt8(ascii: "\n"))
    }
  }

  /// The decimal digits of `value` (≥ 0).
  private static func appendDecimal(_ value: Int, into bytes: inout [UInt8]) {
    if value >= 10 { appendDecimal(value / 10, into: &bytes) }
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }
}
