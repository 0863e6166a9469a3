/// Parses a DIMACS coordinate file (`.co`) line by line.
///
/// Format: `c …` comments, one problem line `p aux sp co N`, then one line `v ID X Y` per node
/// (1-based ids, each exactly once, in any order; integer coordinates fitting in `Int32`).
///
/// Every node needs a line of at least 8 bytes (`v 1 0 0\n`), so a header claiming more nodes
/// than the file's size allows is refused at once, before the per-node arrays are made (a 30-byte
/// file must not make the loader allocate gigabytes).
struct DIMACSCoordinateParser: DIMACSLineConsumer {
  let file: String
  /// Bytes in the file, to bound the node count.
  let fileBytes: Int
  private(set) var diagnostics: [DIMACSDiagnostic] = []
  private(set) var nodeCount = -1
  private(set) var headerLine = 0
  private(set) var lastLine = 0
  private(set) var given = 0
  var x = ContiguousArray<Int32>()
  var y = ContiguousArray<Int32>()
  /// Line on which each node was given (0 = not yet), to report duplicates.
  private var seenOnLine = ContiguousArray<Int32>()
  /// The header's node count was refused: the node lines are not read.
  private var refused = false

  init(file: String, fileBytes: Int) {
    self.file = file
    self.fileBytes = fileBytes
  }

  var wantsToStop: Bool { diagnostics.count >= DIMACSError.maximumDiagnostics }

  mutating func report(_ line: Int, _ column: Int?, _ message: String) {
    guard diagnostics.count < DIMACSError.maximumDiagnostics else { return }
    diagnostics.append(DIMACSDiagnostic(file: file, line: line, column: column, message: message))
  }

  mutating func consume(line: UnsafeBufferPointer<UInt8>, number: Int) {
    lastLine = number
    guard let first = line.first else { return }
    switch first {
    case 0x76: vertexLine(line, number)  // "v"
    case 0x63: return  // "c"
    case 0x70: problemLine(line, number)  // "p"
    default:
      var scanner = DIMACSLineScanner(line: line)
      if scanner.atEnd() { return }
      report(
        number, scanner.column,
        "unknown line type \(scanner.token().quotedForMessage); expected 'c', 'p aux sp co N' or 'v ID X Y'"
      )
    }
  }

  private mutating func problemLine(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) {
    guard nodeCount < 0 else {
      report(number, 1, "second problem line; the first one is on line \(headerLine)")
      return
    }
    var scanner = DIMACSLineScanner(line: line, position: 1)
    for word in ["aux", "sp", "co"] {
      let column = scanner.column + 1
      let token = scanner.token()
      guard token.elementsEqual(word.utf8) else {
        report(
          number, column, "bad header: expected 'p aux sp co N', found \(token.quotedForMessage)")
        return
      }
    }
    do {
      let nodes = try scanner.integer(limit: Int64(Int32.max) - 1)
      guard nodes.value >= 0 else {
        report(number, nodes.column, "bad header: negative node count")
        return
      }
      guard scanner.atEnd() else {
        report(number, scanner.column, "bad header: unexpected text after 'p aux sp co N'")
        return
      }
      if nodes.value > Int64(fileBytes / 8 + 1) {
        report(
          number, nodes.column,
          "count mismatch: the problem line declares \(nodes.value) nodes, but a file of "
            + "\(fileBytes) bytes holds at most \(fileBytes / 8 + 1) 'v' lines")
        refused = true
        return
      }
      nodeCount = Int(nodes.value)
      headerLine = number
      x = ContiguousArray(repeating: 0, count: nodeCount)
      y = ContiguousArray(repeating: 0, count: nodeCount)
      seenOnLine = ContiguousArray(repeating: 0, count: nodeCount)
    } catch {
      report(number, error.column, "bad header: " + error.describe(field: "node count"))
    }
  }

  private mutating func vertexLine(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) {
    guard !refused else { return }
    guard nodeCount >= 0 else {
      report(number, 1, "vertex line before the problem line 'p aux sp co N'")
      return
    }
    var scanner = DIMACSLineScanner(line: line, position: 1)
    let id: (value: Int64, column: Int)
    let px: (value: Int64, column: Int)
    let py: (value: Int64, column: Int)
    do {
      id = try scanner.integer(limit: Int64(Int32.max))
      px = try scanner.integer(limit: Int64(Int32.max))
      py = try scanner.integer(limit: Int64(Int32.max))
    } catch {
      report(number, error.column, error.describe(field: "node id or coordinate"))
      return
    }
    guard id.value >= 1 && id.value <= Int64(nodeCount) else {
      report(number, id.column, "node id \(id.value) out of range 1...\(nodeCount)")
      return
    }
    guard scanner.atEnd() else {
      report(number, scanner.column, "unexpected text after 'v ID X Y'")
      return
    }
    let index = Int(id.value - 1)
    guard seenOnLine[index] == 0 else {
      report(number, id.column, "node \(id.value) already given on line \(seenOnLine[index])")
      return
    }
    seenOnLine[index] = Int32(truncatingIfNeeded: number)
    x[index] = Int32(truncatingIfNeeded: px.value)
    y[index] = Int32(truncatingIfNeeded: py.value)
    given += 1
  }

  mutating func finish() {
    guard !refused else { return }
    guard nodeCount >= 0 else {
      report(max(lastLine, 1), nil, "missing problem line 'p aux sp co N'")
      return
    }
    if diagnostics.isEmpty && given != nodeCount {
      let missing = seenOnLine.firstIndex(of: 0).map { " (first missing: node \($0 + 1))" } ?? ""
      report(
        headerLine, nil,
        "count mismatch: the problem line declares \(nodeCount) nodes, the file gives \(given)\(missing)"
      )
    }
  }
}
