import Foundation
import TransitModel

/// `--from` / `--to` of batch commands: which places, in which order. Each value is a
/// comma-separated list of places (ids or names, as `route` takes them), or `@FILE`: a file of
/// place ids, one per line (blank lines and lines starting with `#` skipped). Without the option:
/// every place, in the network's order. Every unknown place is reported at once, a file's at
/// its line and column (exit 2).
enum PlaceSelection {
  static func option(_ name: String, _ what: String) -> OptionSpec {
    OptionSpec(
      name: name, valueName: "place,...|@file",
      help: "Only these \(what): places or @FILE of ids, one a line (repeatable).",
      defaultValue: "every place", repeatable: true)
  }

  /// The origins (`--from`) and destinations (`--to`), every problem of both reported at once.
  static func originsAndDestinations(of invocation: Invocation, in network: Network) throws
    -> (origins: [Int], destinations: [Int])
  {
    var problems: [String] = []
    func collecting(_ option: String) -> [Int] {
      do {
        return try places(option, of: invocation, in: network)
      } catch CLIError.badInputs(let messages) {
        problems += messages
      } catch CLIError.badInput(let message) {
        problems.append(message)
      } catch {
        problems.append("\(error)")
      }
      return []
    }
    let origins = collecting("from")
    let destinations = collecting("to")
    if !problems.isEmpty { throw CLIError.badInputs(problems) }
    return (origins, destinations)
  }

  /// Place indices in the order given (repeats kept), or every place.
  static func places(
    _ option: String, of invocation: Invocation, in network: Network
  ) throws -> [Int] {
    let values = invocation.arguments.allValues(option)
    guard !values.isEmpty else { return Array(network.places.indices) }
    var result: [Int] = []
    var problems: [String] = []
    for value in values {
      if value.hasPrefix("@") {
        read(file: String(value.dropFirst()), option, network, into: &result, &problems)
        continue
      }
      for item in value.split(separator: ",", omittingEmptySubsequences: false) {
        let query = String(item).trimmingSpaces()
        do {
          result.append(try invocation.resolvePlace(query, in: network, for: "--\(option)"))
        } catch CLIError.badInput(let message) {
          problems.append(message)
        }
      }
    }
    if !problems.isEmpty { throw CLIError.badInputs(problems) }
    if result.isEmpty { throw CLIError.badInput("--\(option) names no place") }
    return result
  }

  private static func read(
    file path: String, _ option: String, _ network: Network, into result: inout [Int],
    _ problems: inout [String]
  ) {
    guard let data = FileManager.default.contents(atPath: path) else {
      problems.append("cannot read '\(path)' given to '--\(option)'")
      return
    }
    let text = String(decoding: data, as: UTF8.self)
    // By `isNewline`: a CRLF is one character of a Swift string, and one line end.
    for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let leading = line.prefix { $0 == " " || $0 == "\t" }.count
      let id = String(line.dropFirst(leading)).trimmingSpaces()
      if id.isEmpty || id.hasPrefix("#") { continue }
      if let index = network.placeIndex(of: PlaceID(id)) {
        result.append(index)
      } else {
        problems.append(
          "\(path):\(offset + 1):\(leading + 1): unknown place id '\(TerminalText.safe(id))'")
      }
    }
  }
}
