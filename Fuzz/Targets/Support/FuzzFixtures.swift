import Foundation
import TransitModel

/// What the TransitModel fuzz targets share: the networks they start from (read once, from the
/// repository named by `FUZZ_ROOT`, default the working directory) and the rule every target
/// checks besides "no trap": every problem is a diagnostic located in a file the input consisted
/// of, at a line that file has.
///
/// A broken rule stops the run with `fatalError`, so libFuzzer keeps the input as a crash.
enum FuzzFixtures {
  /// The repository root (`FUZZ_ROOT`, else the working directory).
  static let root = ProcessInfo.processInfo.environment["FUZZ_ROOT"] ?? "."

  /// The default network's tables.
  static let changchunFiles = tables("Networks/changchun")

  /// The CLI tests' coverage fixture: six places, two clusters, a corridor, a coach line and a
  /// train, an unreachable island and a place with a hostile name.
  static let coverageFixtureFiles = tables("Tests/CommuteAnalyzeTests/Fixtures/coverage-network")

  /// The tables of the network folder at `folder` (relative to `root`); stops the run when the
  /// folder does not load, since every finding would then be about the wrong thing.
  static func tables(_ folder: String) -> NetworkFiles {
    do {
      return try NetworkFiles.directory(root + "/" + folder)
    } catch {
      fatalError("cannot read \(folder) under FUZZ_ROOT=\(root): \(error)")
    }
  }

  /// `files` loaded, or a stop naming every diagnostic.
  static func load(_ files: NetworkFiles, _ what: String) -> ValidatedNetwork {
    do {
      return try NetworkLoader.load(files).network
    } catch {
      fatalError("\(what) does not load: \(error.diagnostics)")
    }
  }

  /// Physical lines of `bytes` (LF, CRLF or lone CR ends), at least 1; an upper bound for any line
  /// a diagnostic may name.
  static func lineCount(_ bytes: some Collection<UInt8>) -> Int {
    var count = 1
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == 0x0A && previous != 0x0D || byte == 0x0D { count += 1 }
      previous = byte
    }
    return count
  }

  /// `bytes` with every LF made CRLF (on bytes: Foundation's `replacingOccurrences` misses a line
  /// break followed by a combining mark).
  static func withCRLF(_ bytes: [UInt8]) -> [UInt8] {
    var crlf: [UInt8] = []
    crlf.reserveCapacity(bytes.count)
    for byte in bytes {
      if byte == 0x0A { crlf.append(0x0D) }
      crlf.append(byte)
    }
    return crlf
  }

  /// Stops the run unless every diagnostic names one of `files` (name → its bytes) at a line it
  /// has (1-based; one past the last line for "at the end of the file") and a column ≥ 1, with a
  /// message.
  static func requireLocated(
    _ diagnostics: [InputDiagnostic], in files: [String: [UInt8]], _ context: String
  ) {
    var lines: [String: Int] = [:]
    for diagnostic in diagnostics {
      let location = diagnostic.location
      guard let bytes = files[location.file] else {
        fatalError("\(context): diagnostic in an unknown file: \(diagnostic)")
      }
      let count = lines[location.file] ?? lineCount(bytes)
      lines[location.file] = count
      guard location.line >= 1, location.line <= count + 1, location.column >= 1,
        !diagnostic.message.isEmpty
      else {
        fatalError("\(context): diagnostic outside its file: \(diagnostic)")
      }
    }
  }

  /// Runs one search per profile from the first place, so that what loaded is also compiled into
  /// a graph and searched (a figure that validates must not trap later).
  static func search(_ network: ValidatedNetwork, parameters: Parameters = .defaults) {
    guard !network.network.places.isEmpty else { return }
    for profile in Profile.allCases {
      var engine = TravelTimeEngine(network: network, profile: profile, parameters: parameters)
      _ = engine.placeTimes([0], direction: .to)
    }
  }
}
