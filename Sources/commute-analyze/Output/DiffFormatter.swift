import TransitModel

/// Table, tall CSV and JSON of `diff`: the data part, the changed times and the coverage shares.
struct DiffFormatter {
  let report: DiffReport

  var diff: NetworkDiff { report.diff }
  var impact: NetworkImpact { report.impact }

  /// A place's Chinese name in the new version (else the old), or its id.
  func name(_ id: PlaceID) -> String {
    diff.new.places[key: id]?.nameZh ?? diff.old.places[key: id]?.nameZh ?? id.rawValue
  }

  static func minutes(_ seconds: Int32?) -> String {
    MinutesText.text(seconds: seconds) ?? "unreachable"
  }

  /// New minus old minutes as the report shows them (each rounded to tenths first, so the
  /// difference of the two shown figures); nil when the trip became impossible or possible.
  static func deltaTenths(_ change: TimeChange) -> Int? {
    guard let before = MinutesText.tenths(seconds: change.secondsBefore),
      let after = MinutesText.tenths(seconds: change.secondsAfter)
    else { return nil }
    return after - before
  }

  /// `-3.0` as text, from tenths of a minute.
  static func minutesText(tenths: Int) -> String {
    (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// `+9.5` (slower), `-3.0` (faster), `+0.0` (slower by less than 3 s); `unreachable` /
  /// `reachable` when the trip became impossible or possible.
  static func change(_ change: TimeChange) -> String {
    guard let tenths = deltaTenths(change) else {
      return change.secondsAfter == nil ? "unreachable" : "reachable"
    }
    return (change.isWorse ? "+" : tenths == 0 ? "-" : "") + minutesText(tenths: tenths)
  }

  /// `slower`, `faster`, `unreachable` or `reachable`.
  static func kind(_ change: TimeChange) -> String {
    guard change.deltaSeconds != nil else {
      return change.secondsAfter == nil ? "unreachable" : "reachable"
    }
    return change.isWorse ? "slower" : "faster"
  }

  static func threshold(_ minutes: Double) -> String {
    FixedDecimal.text(minutes, decimals: minutes == minutes.rounded() ? 0 : 1)
  }

  /// Row counts of the data part: added, removed, changed, and how many move no time.
  var dataCounts: (added: Int, removed: Int, changed: Int, listedOnly: Int) {
    var counts = (added: 0, removed: 0, changed: 0, listedOnly: 0)
    for table in diff.tables {
      counts.added += table.added.count
      counts.removed += table.removed.count
      counts.changed += table.changed.count
      counts.listedOnly +=
        table.added.filter { !$0.isEmitted }.count + table.removed.filter { !$0.isEmitted }.count
        + table.changed.filter { !$0.isEmitted }.count
    }
    return counts
  }

  /// What `--fail-if-worse` found, for stderr: the count and the first few times.
  func failureNote(_ worse: [TimeChange], minutes: Double) -> String {
    var text =
      "diff: \(worse.count) door-to-door time(s) between places of scope "
      + "\(impact.request.scope.rawValue) got worse by more than \(Self.threshold(minutes)) min "
      + "(--fail-if-worse):"
    for change in worse.prefix(10) {
      text += "\n  \(change.profile.rawValue) \(change.from) → \(change.to): "
      if change.secondsAfter == nil {
        text += "\(Self.minutes(change.secondsBefore)) min → unreachable"
      } else {
        text +=
          "\(Self.minutes(change.secondsBefore)) → \(Self.minutes(change.secondsAfter)) min "
          + "(\(Self.change(change)))"
      }
    }
    if worse.count > 10 { text += "\n  … and \(worse.count - 10) more" }
    return text
  }

  /// One version for provenance and JSON: where it came from, its hash, name and version.
  func versionJSON(_ version: NetworkVersion, _ network: Network) -> JSONValue {
    var object: [String: JSONValue] = [
      "label": .string(version.label), "sha256": .string(version.hash),
      "name": .string(network.manifest.name), "version": .string(network.manifest.version),
    ]
    switch version.origin {
    case .folder(let path):
      object["folder"] = .string(path)
    case .revision(let revision, let commit, let folder):
      object["revision"] = .string(revision)
      object["commit"] = .string(commit)
      object["path"] = .string(folder)
    }
    return .object(object)
  }

  /// What was asked, for provenance.
  func requestJSON() -> JSONValue {
    let request = impact.request
    var object: [String: JSONValue] = [
      "old": versionJSON(report.old, diff.old),
      "new": versionJSON(report.new, diff.new),
      "profiles": .array(request.profiles.map { .string($0.rawValue) }),
      "to": .array(request.anchors.map { .string($0.rawValue) }),
      "within_minutes": .array(request.thresholdsMinutes.map(JSONValue.finite)),
      "scope": .string(request.scope.rawValue),
      "fail_if_worse_minutes": report.failIfWorseMinutes.map(JSONValue.finite) ?? .null,
    ]
    if report.oldParameters != report.newParameters {
      var echoed: [String: JSONValue] = [:]
      for (name, value) in report.oldParameters.echoed {
        echoed[name] = Double(value).map(JSONValue.finite) ?? .string(value)
      }
      object["old_parameters"] = .object(echoed)
    }
    return .object(object)
  }
}
