import Foundation

/// The benchmark's inputs besides the graph: the sources and the isochrone cutoff.
struct BenchInputs {
  /// 0-based source nodes, in file order.
  var sources: [Int32]
  /// `iso_cutoff_s` from the meta file.
  var isoCutoffSeconds: Int32

  /// Reads `SIZE.sources.txt` (1-based ids, whitespace separated) and `SIZE.meta.json`.
  init(options: BenchOptions, nodeCount: Int) throws(BenchInputError) {
    let sourcesPath = options.path(".sources.txt")
    guard let text = try? String(contentsOfFile: sourcesPath, encoding: .utf8) else {
      throw BenchInputError(message: "\(sourcesPath): cannot read the sources")
    }
    var sources: [Int32] = []
    for (k, word) in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
      .enumerated()
    {
      guard let id = Int32(word), id >= 1, Int(id) <= nodeCount else {
        throw BenchInputError(
          message: "\(sourcesPath): source \(k + 1) '\(word)' is not a node id 1...\(nodeCount)")
      }
      sources.append(id - 1)
    }
    guard sources.count >= 5 else {
      throw BenchInputError(message: "\(sourcesPath): at least 5 sources needed")
    }
    self.sources = sources

    let metaPath = options.path(".meta.json")
    guard let data = FileManager.default.contents(atPath: metaPath),
      let meta = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let cutoff = meta["iso_cutoff_s"] as? NSNumber,
      let cutoffSeconds = Int32(exactly: cutoff.doubleValue)
    else {
      throw BenchInputError(message: "\(metaPath): cannot read an integer 'iso_cutoff_s'")
    }
    isoCutoffSeconds = cutoffSeconds
  }
}

/// A benchmark input file is missing or malformed.
struct BenchInputError: Error {
  var message: String
}
