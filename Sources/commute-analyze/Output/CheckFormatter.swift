import TransitModel

/// The report of `check`: a table, JSON, or JUnit XML for CI systems.
struct CheckFormatter {
  let results: [ExpectationResult]
  let file: String
  let loaded: LoadedNetwork
  /// The parameters of the run, named in the header when they differ from the defaults.
  var parameters: Parameters = .defaults

  private var failed: Int { results.filter(\.fails).count }
  private var targets: [ExpectationResult] { results.filter(\.expectation.isTarget) }
  private var passed: Int { results.count - failed - targets.count }

  static func resultText(_ outcome: ExpectationResult.Outcome) -> String {
    switch outcome {
    case .pass: return "pass"
    case .fail: return "FAIL"
    case .targetMet: return "target (met)"
    case .targetToGo(let distance): return "target (\(distance))"
    }
  }

  private var summary: String {
    let met = targets.filter { $0.outcome == .targetMet }.count
    return "\(passed) passed, \(failed) failed, \(targets.count) targets (\(met) met)"
  }

  func table() -> String {
    let network = loaded.network.manifest
    var text = "Check \(file) on network \(network.name) \(network.version) "
    text += "(sha256 \(loaded.hash.prefix(16))…)"
    if !loaded.scenarios.isEmpty {
      text += " with " + loaded.scenarios.map { "'\($0.scenario.name)'" }.joined(separator: ", ")
    }
    text += "\n" + TextTable.terminalSafe(NumberText.parametersLine(parameters)) + "\n\n"
    var table = TextTable(
      titles: ["line", "expectation", "measured", "result"], rightAligned: ["line"])
    for result in results {
      let expectation = result.expectation
      table.append([
        String(expectation.location.line),
        (expectation.isTarget ? "target: " : "") + expectation.text, result.measured,
        Self.resultText(result.outcome),
      ])
    }
    return text + table.render() + "\n" + summary + "\n"
  }

  func json(provenance: JSONValue) -> JSONValue {
    .object([
      "provenance": provenance,
      "file": .string(file),
      "summary": .object([
        "passed": .integer(passed), "failed": .integer(failed),
        "targets": .integer(targets.count),
        "targets_met": .integer(targets.filter { $0.outcome == .targetMet }.count),
      ]),
      "results": .array(
        results.map { result in
          .object([
            "line": .integer(result.expectation.location.line),
            "expectation": .string(result.expectation.text),
            "target": .bool(result.expectation.isTarget),
            "measured": .string(result.measured),
            "result": .string(Self.resultText(result.outcome)),
          ])
        }),
    ])
  }

  /// JUnit XML: one test case per expectation; a failure for FAIL, skipped (with the distance to
  /// go) for a target.
  func junit() -> String {
    let skipped = targets.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"commute-analyze check\" tests=\"\(results.count)\" "
    xml += "failures=\"\(failed)\" errors=\"0\" skipped=\"\(skipped)\">\n"
    xml += "  <testsuite name=\"\(XMLText.escaped(file))\" tests=\"\(results.count)\" "
    xml += "failures=\"\(failed)\" errors=\"0\" skipped=\"\(skipped)\">\n"
    for result in results {
      let expectation = result.expectation
      let name = "line \(expectation.location.line): \(expectation.text)"
      xml += "    <testcase classname=\"expectations\" name=\"\(XMLText.escaped(name))\" "
      xml += "file=\"\(XMLText.escaped(file))\" line=\"\(expectation.location.line)\">\n"
      switch result.outcome {
      case .fail:
        xml += "      <failure message=\"measured \(XMLText.escaped(result.measured))\">"
        xml +=
          "\(XMLText.escaped(expectation.text)): measured \(XMLText.escaped(result.measured))</failure>\n"
      case .targetMet, .targetToGo:
        xml += "      <skipped message=\"\(XMLText.escaped(Self.resultText(result.outcome)))\"/>\n"
      case .pass:
        break
      }
      xml += "      <system-out>measured \(XMLText.escaped(result.measured))</system-out>\n"
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }
}
