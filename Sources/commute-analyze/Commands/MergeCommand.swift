import Foundation
import TransitModel

/// `merge`: joins the parts written by `--shard K/N` runs into the output of the single run.
enum MergeCommand: CLICommand {
  static let name = "merge"
  static let abstract = "Join the parts of a sharded run into the single run's output."
  static var discussion: String {
    """
    Each part written with --shard K/N (or --shards N) starts with two lines naming its slice,
    its run (a hash of the command, network, parameters, places and tool version) and its
    provenance. merge checks that the parts are all N parts of one run, each once, then writes
    their rows in slice order: byte for byte what the run without --shard writes. A missing,
    duplicated or foreign part (another run, another N) is refused, all of them named (exit 2),
    and nothing is written. Parts may be given in any order (a shell glob does).
    """
  }
  static var examples: [String] {
    [
      "commute-analyze merge part-0.csv part-1.csv -o matrix.csv",
      "commute-analyze merge part-*.csv > matrix.csv",
    ]
  }
  static var arguments: [ArgumentSpec] {
    [ArgumentSpec(name: "part", help: "A part written by a --shard run.", variadic: true)]
  }
  static var profileOption: ProfileOption { .none }
  static var usesParameters: Bool { false }

  static func run(_ invocation: Invocation) throws -> ExitStatus {
    let paths = invocation.arguments.positionals
    guard !paths.isEmpty else { throw invocation.usageError("give the parts to merge") }
    var parts: [(path: String, part: PartFile)] = []
    var problems: [String] = []
    for path in paths {
      do {
        parts.append((path, try PartFile(path: path)))
      } catch {
        problems.append(error.message)
      }
    }
    if let first = parts.first {
      let reference = first.part.header
      for (path, part) in parts.dropFirst()
      where part.header.run != reference.run || part.header.slice.count != reference.slice.count {
        problems.append(
          "'\(path)' is part \(part.header.slice) of another run (run \(part.header.run.prefix(12))…)"
            + "; '\(first.path)' is part \(reference.slice) of run \(reference.run.prefix(12))…")
      }
      var byIndex: [Int: String] = [:]
      for (path, part) in parts
      where part.header.run == reference.run && part.header.slice.count == reference.slice.count {
        if let other = byIndex[part.header.slice.index] {
          problems.append(
            "'\(path)' and '\(other)' are both part \(part.header.slice)")
        } else {
          byIndex[part.header.slice.index] = path
        }
      }
      let missing = (0..<reference.slice.count).filter { byIndex[$0] == nil }
      if !missing.isEmpty {
        let shown = missing.prefix(20).map { "\($0)/\(reference.slice.count)" }
        problems.append(
          "missing part\(missing.count == 1 ? "" : "s") "
            + shown.joined(separator: ", ") + (missing.count > 20 ? ", …" : "")
            + " of run \(reference.run.prefix(12))…")
      }
      let headers = Set(parts.map(\.part.tableHeader))
      if problems.isEmpty, headers.count > 1 {
        problems.append("the parts' CSV header rows differ")
      }
    }
    if !problems.isEmpty { throw CLIError.badInputs(problems) }
    let ordered = parts.sorted { $0.part.header.slice.index < $1.part.header.slice.index }
    let output = try StreamedOutput(path: invocation.arguments.value("output"))
    do {
      for (offset, entry) in ordered.enumerated() {
        try entry.part.copyRows(to: output, includingHeader: offset == 0)
      }
      try output.finish()
    } catch {
      output.discard()
      throw error
    }
    return .success
  }
}

/// A part file as `merge` reads it: its header (`PartHeader`), its CSV header row, and where its
/// rows start; the rows are copied in blocks, never held whole.
struct PartFile {
  struct Problem: Error { var message: String }

  let path: String
  let header: PartHeader
  /// The CSV header row, line feed included.
  let tableHeader: [UInt8]
  /// Byte offsets where the CSV header row and the first row start.
  private let tableHeaderOffset: UInt64
  private let rowsOffset: UInt64

  init(path: String) throws(Problem) {
    self.path = path
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Problem(message: "cannot read part '\(path)'")
    }
    defer { try? handle.close() }
    var head: [UInt8] = []
    var lineEnds: [Int] = []
    while lineEnds.count < 3 && head.count < Self.headLimit {
      guard let block = try? handle.read(upToCount: 1 << 16), !block.isEmpty else { break }
      let start = head.count
      head.append(contentsOf: block)
      for index in start..<head.count where head[index] == UInt8(ascii: "\n") {
        lineEnds.append(index)
        if lineEnds.count == 3 { break }
      }
    }
    func line(_ k: Int) -> String {
      let start = k == 0 ? 0 : lineEnds[k - 1] + 1
      return String(decoding: head[start..<lineEnds[k]], as: UTF8.self)
    }
    guard lineEnds.count >= 2, let header = PartHeader.parse(first: line(0), second: line(1))
    else {
      throw Problem(
        message: "'\(path)' is not a part of a sharded run (it does not start with "
          + "'\(PartHeader.marker.trimmingSpaces())'); write parts with --shard K/N")
    }
    guard lineEnds.count == 3 else {
      throw Problem(message: "'\(path)' is cut short: its CSV header row is missing")
    }
    self.header = header
    tableHeaderOffset = UInt64(lineEnds[1] + 1)
    rowsOffset = UInt64(lineEnds[2] + 1)
    tableHeader = Array(head[lineEnds[1] + 1...lineEnds[2]])
  }

  /// Copies the part's rows (after its CSV header row, or from it) to `output`.
  func copyRows(to output: StreamedOutput, includingHeader: Bool) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CLIError.badInput("cannot read part '\(path)'")
    }
    defer { try? handle.close() }
    do {
      try handle.seek(toOffset: includingHeader ? tableHeaderOffset : rowsOffset)
      while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
        try output.write(Array(block))
      }
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError.badInput("cannot read part '\(path)': \(error.localizedDescription)")
    }
  }

  /// How far the three header lines may reach (the provenance line lists the network's
  /// estimated rows).
  private static let headLimit = 16 << 20
}
