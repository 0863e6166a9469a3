import XCTest

@testable import TransitModel

/// The memo of repeated long cells gives every cell the text a decoder of that cell alone gives
/// (the standard library's validating decoder is the reference), whatever the hash, and shares
/// the text of cells that repeat.
final class RepeatedCellTextsTests: XCTestCase {
  /// Long and short cells, valid and not: repeats, near-repeats (one byte or the length apart)
  /// and multi-byte text.
  private static let pool: [[UInt8]] = [
    Array("est. taxi: straight 2.3 km, 5 min".utf8),
    Array("est. taxi: straight 2.3 km, 6 min".utf8),
    Array("est. taxi: straight 2.3 km, 5 min ".utf8),
    Array("§3.2 长春西→哈尔滨西 fastest 54".utf8),
    Array("short".utf8),
    Array("exactly-15-byte".utf8),
    Array("exactly-16-bytes".utf8),
    Array("a long cell whose last byte is bad".utf8) + [0xFF],
    Array("a long cell whose last byte is bad".utf8) + [0xC3],
    [0xE9, 0x95] + Array("broken start, long enough".utf8),
    [],
  ]

  private func checkReadsLikeTheReference(
    hash: @escaping (UnsafeBufferPointer<UInt8>) -> UInt64, seed: UInt64
  ) {
    var memo = RepeatedCellTexts(hash: hash)
    var state = seed
    for step in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let column = 1 + Int(state >> 60) % 3
      var cell = Self.pool[Int(state >> 33) % Self.pool.count]
      // Column 3 mostly holds texts seen once, so that it stops being looked up.
      if column == 3 && (state >> 20) % 4 != 0 { cell += Array("-\(step)".utf8) }
      if step == 1_000 { memo.keepRepeatingColumns() }
      let text = cell.withUnsafeBufferPointer {
        memo.text($0, column: column, decode: CSVReader.decodeUTF8)
      }
      XCTAssertEqual(text, String(validating: cell, as: UTF8.self), "step \(step): \(cell)")
    }
  }

  func test_everyCell_readsAsTheValidatingDecoderReadsIt_whateverTheHash() {
    checkReadsLikeTheReference(hash: RepeatedCellTexts.fastHash, seed: 1)
    // Every text under one key: each new text must be told apart by its bytes.
    checkReadsLikeTheReference(hash: { _ in 7 }, seed: 2)
    checkReadsLikeTheReference(hash: { UInt64($0.count) }, seed: 3)
  }

  func test_fastHash_tellsApartTextsThatDifferInOneByteOrTheLength() {
    let texts = Self.pool.filter { $0.count > RepeatedCellTexts.inlineBytes }
    let keys = texts.map { text in text.withUnsafeBufferPointer(RepeatedCellTexts.fastHash) }
    XCTAssertEqual(Set(keys).count, texts.count)
  }

  /// A file longer than the sample: a column of repeated sources is read as one shared text per
  /// distinct source, a column of unique ids as its own texts, and every cell as it is written.
  func test_csvReader_sharesTheTextOfRepeatedCells_andReadsEveryCellAsWritten() {
    let sources = ["est. straight line × 1.08 (G1)", "\"§1.2 row x, coordinates: est.\"", "OSM"]
    var text = "id,source\n"
    var expected: [[String]] = [["id", "source"]]
    for row in 0..<3_000 {
      let source = sources[row * 7 % sources.count]
      text += "place-with-a-long-id-\(row),\(source)\n"
      expected.append([
        "place-with-a-long-id-\(row)",
        source.hasPrefix("\"") ? String(source.dropFirst().dropLast()) : source,
      ])
    }
    var diagnostics: [InputDiagnostic] = []
    let records = CSVReader.records(Array(text.utf8), file: "t.csv", diagnostics: &diagnostics)
    XCTAssertEqual(diagnostics, [])
    XCTAssertEqual(records.map { $0.fields.map(\.text) }, expected)

    func storage(_ text: String) -> UnsafePointer<UInt8>? {
      text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
    }
    let longSources = Set(
      records.dropFirst().compactMap { record in
        record.fields.last.flatMap { $0.text.utf8.count > 15 ? storage($0.text) : nil }
      })
    XCTAssertEqual(longSources.count, 2, "one shared text per long source")
    let ids = Set(records.dropFirst().compactMap { storage($0.fields.first!.text) })
    XCTAssertEqual(ids.count, 3_000, "unique ids are their own texts")
  }

  /// Cells of a column named in the known texts share the known text they repeat (ids named by
  /// another table); other cells, other columns and broken cells read as written.
  func test_csvReader_sharesKnownTexts_inTheColumnsNamed() {
    let ids = (0..<50).map { "st-a-stop-with-a-long-id-\($0)" }
    let known = KnownCellTexts(columns: ["stop"], texts: ids + ["short"])
    var text = "place,stop,note\n"
    var expected: [[String]] = [["place", "stop", "note"]]
    for row in 0..<2_000 {
      let stop = row % 3 == 0 ? "st-not-known-but-long-\(row)" : ids[row % ids.count]
      text += "\(ids[row % ids.count]),\(stop),short\n"
      expected.append([ids[row % ids.count], stop, "short"])
    }
    var bytes = Array(text.utf8)
    bytes += Array("x,".utf8) + Array(ids[1].utf8) + [0xFF] + Array(",n\n".utf8)
    var diagnostics: [InputDiagnostic] = []
    let records = CSVReader.records(bytes, file: "t.csv", known: known, diagnostics: &diagnostics)
    XCTAssertEqual(records.dropLast().map { $0.fields.map(\.text) }, expected)
    XCTAssertEqual(records.last?.isBroken, true)
    XCTAssertEqual(diagnostics.count, 1)

    func storage(_ text: String) -> UnsafePointer<UInt8>? {
      text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
    }
    let knownStorage = Set(ids.map(storage))
    for (row, record) in zip(0..., records.dropFirst().dropLast()) {
      let stop = record.fields[record.fields.startIndex + 1].text
      XCTAssertEqual(knownStorage.contains(storage(stop)), row % 3 != 0, "row \(row)")
      XCTAssertFalse(knownStorage.contains(storage(record.fields.first!.text)), "row \(row)")
    }
  }
}
