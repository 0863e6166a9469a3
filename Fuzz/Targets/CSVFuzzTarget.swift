import Foundation

@testable import TransitModel

/// libFuzzer entry: `CSVReader.records` on any bytes.
///
/// Checks, besides "no trap, no sanitizer report, linear time": every problem is located in the
/// file; records come in file order, each cell on or after its record's line, columns numbered
/// 1, 2, …; a read without problems survives a round trip (every cell written back quoted reads
/// the same); the file saved with CRLF line ends reads the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var diagnostics: [InputDiagnostic] = []
  let records = CSVReader.records(bytes, file: "fuzz.csv", diagnostics: &diagnostics)
  FuzzFixtures.requireLocated(diagnostics, in: ["fuzz.csv": bytes], "CSVReader")
  var previousLine = 0
  for record in records {
    guard record.line > previousLine, !record.fields.isEmpty else {
      fatalError("CSVReader: record out of order or empty at line \(record.line)")
    }
    previousLine = record.line
    for (offset, field) in record.fields.enumerated() {
      guard field.column == offset + 1, field.line >= record.line else {
        fatalError("CSVReader: field \(offset + 1) of line \(record.line) misplaced")
      }
    }
  }
  if diagnostics.isEmpty {
    requireRoundTrip(records)
  }
  if !bytes.contains(0x0D) {
    requireSameWithCRLF(bytes, records, diagnostics)
  }
  return 0
}

/// Requires `bytes` with every LF made CRLF to read as the same records (a line break inside a
/// quoted cell is then CRLF, read back as LF) on the same lines, with the same problems.
private func requireSameWithCRLF(
  _ bytes: [UInt8], _ records: [CSVRecord], _ diagnostics: [InputDiagnostic]
) {
  var again: [InputDiagnostic] = []
  let read = CSVReader.records(
    FuzzFixtures.withCRLF(bytes), file: "fuzz.csv", diagnostics: &again)
  func cells(_ records: [CSVRecord]) -> [[String]] {
    records.map {
      $0.fields.map { String(decoding: $0.text.utf8.filter { $0 != 0x0D }, as: UTF8.self) }
    }
  }
  guard again == diagnostics, cells(read) == cells(records),
    read.map(\.line) == records.map(\.line)
  else {
    fatalError("CSVReader: the file reads differently with CRLF line ends")
  }
}

/// Writes `records` back with every cell quoted (after a byte order mark, so that a cell that
/// itself starts with U+FEFF stays a cell) and requires the same cells when read again.
private func requireRoundTrip(_ records: [CSVRecord]) {
  var text: [UInt8] = [0xEF, 0xBB, 0xBF]
  for record in records {
    for (offset, field) in record.fields.enumerated() {
      if offset > 0 { text.append(UInt8(ascii: ",")) }
      text.append(UInt8(ascii: "\""))
      for byte in field.text.utf8 {
        if byte == UInt8(ascii: "\"") { text.append(byte) }
        text.append(byte)
      }
      text.append(UInt8(ascii: "\""))
    }
    text.append(UInt8(ascii: "\n"))
  }
  var diagnostics: [InputDiagnostic] = []
  let again = CSVReader.records(text, file: "again.csv", diagnostics: &diagnostics)
  guard diagnostics.isEmpty,
    again.map({ $0.fields.map(\.text) }) == records.map({ $0.fields.map(\.text) })
  else {
    fatalError("CSVReader: the quoted round trip reads differently: \(diagnostics)")
  }
}
