/// Short labels for the corridors or clusters of a network, so that a terminal table can name
/// several of them in one narrow cell (`京哈轴 珲乌走廊` instead of `hunwu-corridor;jingha-axis`);
/// a legend under the table maps each label back to its id. CSV and JSON keep the full ids.
///
/// A label comes from the Chinese name: its last word (`一轴 京哈轴` → `京哈轴`), the destination
/// of a radial name (`长春至通化白山` → `通化白山`), and without a suffix that every name of the
/// set shares (`长吉组团`, `长平组团` → `长吉`, `长平`). When that gives an empty or a repeated label,
/// every label of the set is its id instead, so a label always names exactly one group.
struct ShortLabels: Sendable {
  /// `(id, label)` in the order given (the network's id order).
  let entries: [(id: String, label: String)]
  /// Label by id, for a table of thousands of rows naming groups of a province.
  private let labelByID: [String: String]

  /// Labels for groups given as `(id, Chinese name)`.
  init(_ groups: [(id: String, nameZh: String)]) {
    var labels = groups.map { Self.shortName($0.nameZh) }
    let suffix = Self.commonSuffix(labels)
    if groups.count > 1, !suffix.isEmpty {
      labels = labels.map { String($0.dropLast(suffix.count)) }
    }
    let usable = !labels.contains(where: \.isEmpty) && Set(labels).count == labels.count
    entries = zip(groups, labels).map { group, label in (group.id, usable ? label : group.id) }
    labelByID = Dictionary(
      entries.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
  }

  /// The label of `id`, or `id` itself when the set does not hold it.
  func label(_ id: String) -> String {
    labelByID[id] ?? id
  }

  /// The labels of `ids`, space-separated, for one table cell.
  func cell(_ ids: [String]) -> String {
    ids.map(label).joined(separator: " ")
  }

  /// `title: label = id, label = id, …` wrapped at `width` display columns (continuation lines indented
  /// by two spaces); empty when there is nothing to explain (no groups, or every label is its id).
  func legend(title: String, width: Int = 150) -> [String] {
    guard entries.contains(where: { $0.id != $0.label }) else { return [] }
    var lines: [String] = []
    var line = title + ":"
    for (index, entry) in entries.enumerated() {
      let item = "\(entry.label) = \(entry.id)"
      let separator = index == 0 ? " " : ", "
      if index > 0, DisplayWidth.of(line + separator + item) > width {
        lines.append(line + ",")
        line = "  " + item
      } else {
        line += separator + item
      }
    }
    lines.append(line)
    return lines
  }

  /// The last whitespace-separated word of `name`, after the last `至` when it has one.
  static func shortName(_ name: String) -> String {
    let word = name.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).last ?? ""
    if let to = word.lastIndex(of: "至"), word.index(after: to) < word.endIndex {
      return String(word[word.index(after: to)...])
    }
    return String(word)
  }

  /// The longest suffix (in characters) that every label ends with.
  static func commonSuffix(_ labels: [String]) -> String {
    guard var suffix = labels.first.map(Array.init) else { return "" }
    for label in labels.dropFirst() {
      let characters = Array(label)
      var count = 0
      while count < suffix.count, count < characters.count,
        suffix[suffix.count - 1 - count] == characters[characters.count - 1 - count]
      {
        count += 1
      }
      suffix = Array(suffix.suffix(count))
    }
    return String(suffix)
  }
}
