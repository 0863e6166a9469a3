import TransitModel

/// The two lines a shard's part starts with, so that `merge` can check it joins the parts of one
/// run, each once, in order; after them comes the part's CSV, header row included.
///
///     #commute-analyze part 2/8 run 5f1c…(64 hex digits)
///     #provenance {"network":{…},"parameters":{…},…}
///
/// The run id is the SHA-256 of what defines the run (command, format, provenance, the whole list
/// of origins or elements, targets, options), never the slice: every part of one run carries the
/// same id, a part of another run (other network, parameters, places or tool version) does not.
struct PartHeader: Equatable {
  var slice: BatchSlice
  var run: String
  /// The provenance object on one line.
  var provenance: String

  /// The header of `slice` of a run of `command` writing CSV, defined by its provenance and
  /// `defining` (every origin, element or target, in order; options the provenance lacks).
  init(slice: BatchSlice, command: String, provenance: JSONValue, defining: [String]) {
    let line = Self.oneLine(provenance)
    self.init(
      slice: slice, run: Self.runID([command, "csv", line] + defining), provenance: line)
  }

  init(slice: BatchSlice, run: String, provenance: String) {
    self.slice = slice
    self.run = run
    self.provenance = provenance
  }

  static let marker = "#commute-analyze part "
  static let provenanceMarker = "#provenance "

  /// The run id of a run described by `description` (its defining inputs, one per line).
  static func runID(_ description: [String]) -> String {
    var hash = SHA256()
    for line in description {
      hash.update(Array(line.utf8))
      hash.update([0x0A])
    }
    return hash.finalize().map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }.joined()
  }

  /// The provenance document on one line (JSON strings hold no raw line feeds, so joining the
  /// pretty-printed lines without their indentation keeps the same JSON).
  static func oneLine(_ provenance: JSONValue) -> String {
    JSONWriter.document(provenance).split(separator: "\n").map {
      $0.drop { $0 == " " }
    }.joined()
  }

  /// The two header lines, line feeds included.
  var text: String {
    Self.marker + "\(slice.index)/\(slice.count) run \(run)\n" + Self.provenanceMarker
      + provenance + "\n"
  }

  /// Reads the two header lines; nil when they are not a part header.
  static func parse(first: String, second: String) -> PartHeader? {
    guard first.hasPrefix(marker), second.hasPrefix(provenanceMarker) else { return nil }
    let fields = first.dropFirst(marker.count).split(separator: " ")
    guard fields.count == 3, fields[1] == "run", fields[2].count == 64 else { return nil }
    let numbers = fields[0].split(separator: "/")
    guard numbers.count == 2, let k = Int(numbers[0]), let n = Int(numbers[1]),
      let slice = BatchSlice(index: k, count: n)
    else { return nil }
    return PartHeader(
      slice: slice, run: String(fields[2]),
      provenance: String(second.dropFirst(provenanceMarker.count)))
  }
}
