import Foundation
import TransitModel

/// The CLI tests' coverage fixture (the base) and the same network with a fixed scenario
/// applied: the unreachable island joined by road to `north`, a new town `delta` beyond `east`
/// and a faster train, so that the relative expectations (`joins`, `no time worse than base`)
/// compare two different networks.
private let base = FuzzFixtures.load(FuzzFixtures.coverageFixtureFiles, "coverage-network")
private let edited = editedFixture()

private func editedFixture() -> EditedNetwork {
  let scenario = """
    {"name": "fuzz", "edits": [
      {"type": "add-road-link", "id": "l6", "from": "island", "to": "north", "road": "X1",
       "class": "provincial", "length_km": 80, "source": "fuzz"},
      {"type": "add-place", "id": "delta", "name_zh": "德尔塔", "name_en": "Delta", "kind": "town",
       "lat": 43.9, "lon": 126.3, "population": 20000, "clusters": "changji", "in_scope": "yes",
       "source": "fuzz", "population_source": "fuzz"},
      {"type": "add-road-link", "id": "l7", "from": "east", "to": "delta", "road": "X2",
       "class": "urban", "length_km": 12, "source": "fuzz"},
      {"type": "modify-line", "line": "hsr", "headway_min": 15, "source": "fuzz"}
    ]}
    """
  guard let read = ScenarioReader.read(Array(scenario.utf8), file: "fixed.json").scenario else {
    fatalError("the fixed scenario does not read")
  }
  do {
    return try ScenarioEditor.apply([read], to: base, parameters: .defaults, baseNetworkHash: "")
  } catch {
    fatalError("the fixed scenario does not apply: \(error)")
  }
}

/// libFuzzer entry: an expectations file (`ExpectationParser.parse`) checked on the edited
/// coverage fixture against its base (`ExpectationCheck.run`), as `check --scenario` does.
///
/// Checks, besides "no trap": every parse problem is located in the file at a line it has; the
/// file saved with CRLF line ends reads the same; an expectation that parses is evaluated without
/// an error (a parsed file must be checkable: an error then would reach the user without a
/// location).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpectations(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // `check` refuses a file that is not UTF-8 before parsing.
  guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
  let parser = ExpectationParser(network: edited.network.network, file: "fuzz.expectations")
  let parsed = Result { () throws(NetworkLoadError) in try parser.parse(text) }
  if !bytes.contains(0x0D) {
    let crlf = Result { () throws(NetworkLoadError) in
      try parser.parse(String(decoding: FuzzFixtures.withCRLF(bytes), as: UTF8.self))
    }
    guard describe(crlf) == describe(parsed) else {
      fatalError("the file reads differently with CRLF line ends")
    }
  }
  let expectations: [Expectation]
  switch parsed {
  case .success(let list): expectations = list
  case .failure(let error):
    guard !error.diagnostics.isEmpty else { fatalError("parse failed without a diagnostic") }
    FuzzFixtures.requireLocated(error.diagnostics, in: ["fuzz.expectations": bytes], "parse")
    return 0
  }
  var check = ExpectationCheck(network: edited.network, base: base, parameters: edited.parameters)
  do {
    let results = try check.run(expectations)
    guard results.count == expectations.count else { fatalError("a result per expectation") }
  } catch {
    fatalError("parsed expectations fail to evaluate: \(error)")
  }
  return 0
}

/// What a parse gave, comparable: the expectations, or the problems.
private func describe(_ parsed: Result<[Expectation], NetworkLoadError>) -> [String] {
  switch parsed {
  case .success(let list): return list.map { "\($0)" }
  case .failure(let error): return error.diagnostics.map(\.description)
  }
}
