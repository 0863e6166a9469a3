/// Reads one edit of a scenario: its type, its members as cells (`NetworkRow`), the typed change.
/// Every message names the edit (`edit 3 (add-line): …`) and sits at the member at fault.
enum ScenarioEditReader {
  static func read(
    _ json: LocatedJSON, number: Int, file: String, _ diagnostics: inout [InputDiagnostic]
  ) -> ScenarioEdit? {
    guard case .object(let members) = json.value else {
      diagnostics.append(
        InputDiagnostic(
          .error, json.location, "edit \(number) must be an object, found \(json.typeName)"))
      return nil
    }
    guard let typeValue = json["type"], case .string(let tag) = typeValue.value,
      let type = ScenarioEditType(rawValue: tag)
    else {
      let allowed = ScenarioEditType.allCases.map(\.rawValue).joined(separator: ", ")
      let found = json["type"].map { value -> String in
        if case .string(let tag) = value.value { return "'\(tag)'" }
        return value.typeName
      }
      diagnostics.append(
        InputDiagnostic(
          .error, json["type"]?.location ?? json.location,
          "edit \(number): type must be one of \(allowed)"
            + (found.map { ", got \($0)" } ?? " (no type given)")))
      return nil
    }
    var local: [InputDiagnostic] = []
    let allowed = (ScenarioReader.members[type] ?? []) + ["type", "source", "note"]
    var scalars: [(name: String, value: LocatedJSON)] = []
    var lists: [String: LocatedJSON] = [:]
    for member in members {
      guard allowed.contains(member.key) else {
        local.append(
          InputDiagnostic(
            .error, member.value.location,
            "unknown member '\(member.key)'; expected: \(allowed.joined(separator: ", "))"))
        continue
      }
      switch member.value.value {
      case .array, .object: lists[member.key] = member.value
      default: scalars.append((member.key, member.value))
      }
    }
    let cells = row(scalars, at: json.location, file: file)
    let source = cells.required("source", &local)
    var note: String?
    if let value = json["note"] {
      if case .string(let text) = value.value {
        note = text
      } else {
        local.append(
          InputDiagnostic(.error, value.location, "note must be a string, found \(value.typeName)"))
      }
    }
    let reader = ChangeReader(cells: cells, lists: lists, type: type)
    let change = reader.change(&local)
    diagnostics += local.map {
      InputDiagnostic($0.severity, $0.location, "edit \(number) (\(tag)): \($0.message)")
    }
    guard let change, let source, !local.contains(where: { $0.severity == .error }) else {
      return nil
    }
    var edit = ScenarioEdit(
      number: number, change: change, source: source, note: note, location: json.location,
      cells: cells)
    edit.listLocations = lists.mapValues(\.location)
    if case .array(let items) = lists["stops"]?.value {
      edit.stopItemOrigins = items.map { SourceMap.RowOrigin($0.location) }
    }
    return edit
  }

  /// Scalar members as the cells of a row: strings as written, numbers as written, true/false as
  /// yes/no, null as an empty cell.
  private static func row(
    _ members: [(name: String, value: LocatedJSON)], at location: SourceLocation, file: String
  ) -> NetworkRow {
    var fields: [CSVField] = []
    var columns: [String: Int] = [:]
    for (name, value) in members {
      let text: String
      switch value.value {
      case .string(let string): text = string.trimmingSpaces()
      case .number(let number): text = number
      case .bool(let flag): text = flag ? "yes" : "no"
      default: text = ""
      }
      columns[name] = fields.count
      fields.append(
        CSVField(text: text, line: value.location.line, column: value.location.column))
    }
    var row = NetworkRow(file: file, line: location.line, fields: fields[...], columns: columns)
    row.rowColumn = location.column
    return row
  }
}
