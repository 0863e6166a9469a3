/// Parses a DIMACS shortest-path graph (`.gr`) line by line.
///
/// Format: `c …` comments, one problem line `p sp N M` before any arc, then `M` arc lines
/// `a U V W` with 1-based node ids `1...N` and weights `0...Int32.max - 1` (`Int32.max` is the
/// unreachable sentinel). Blank lines are ignored.
struct DIMACSGraphParser: DIMACSLineConsumer {
  let file: String
  /// Bytes in the file, to bound the arc arrays reserved from the header's claim.
  let fileBytes: Int
  private(set) var diagnostics: [DIMACSDiagnostic] = []
  private(set) var nodeCount = -1
  private(set) var declaredArcCount = 0
  private(set) var headerLine = 0
  private(set) var lastLine = 0
  var from = ContiguousArray<Int32>()
  var to = ContiguousArray<Int32>()
  var weight = ContiguousArray<Int32>()

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
    case 0x61:  // "a"
      arcLine(line, number)
    case 0x63:  // "c"
      return
    case 0x70:  // "p"
      problemLine(line, number)
    default:
      var scanner = DIMACSLineScanner(line: line)
      if scanner.atEnd() { return }
      report(
        number, scanner.column,
        "unknown line type \(scanner.token().quotedForMessage); expected 'c', 'p sp N M' or 'a U V W'"
      )
    }
  }

  private mutating func problemLine(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) {
    var scanner = DIMACSLineScanner(line: line, position: 1)
    guard nodeCount < 0 else {
      report(number, 1, "second problem line; the first one is on line \(headerLine)")
      return
    }
    let kindColumn = scanner.column
    let kind = scanner.token()
    guard kind.elementsEqual("sp".utf8) else {
      report(
        number, kindColumn + 1,
        "bad header: expected 'p sp N M', found problem kind \(kind.quotedForMessage)")
      return
    }
    do {
      let nodes = try scanner.integer(limit: Int64(Int32.max) - 1)
      let arcs = try scanner.integer(limit: Int64(Int32.max))
      guard nodes.value >= 0 else {
        report(number, nodes.column, "bad header: negative node count")
        return
      }
      guard arcs.value >= 0 else {
        report(number, arcs.column, "bad header: negative arc count")
        return
      }
      guard scanner.atEnd() else {
        report(number, scanner.column, "bad header: unexpected text after 'p sp N M'")
        return
      }
      nodeCount = Int(nodes.value)
      declaredArcCount = Int(arcs.value)
      headerLine = number
      let reservation = min(declaredArcCount, fileBytes / 8 + 1)
      from.reserveCapacity(reservation)
      to.reserveCapacity(reservation)
      weight.reserveCapacity(reservation)
    } catch {
      report(number, error.column, "bad header: " + error.describe(field: "count"))
    }
  }

  @inline(__always)
  private mutating func arcLine(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) {
    guard nodeCount >= 0 else {
      report(number, 1, "arc line before the problem line 'p sp N M'")
      return
    }
    var scanner = DIMACSLineScanner(line: line, position: 1)
    let limit = Int64(nodeCount)
    guard let u = field(&scanner, Int64(Int32.max), "tail node id", number),
      let v = field(&scanner, Int64(Int32.max), "head node id", number),
      let w = field(&scanner, Int64(Int32.max) - 1, "weight", number)
    else { return }
    if u.value < 1 || u.value > limit {
      report(number, u.column, "node id \(u.value) out of range 1...\(nodeCount)")
    } else if v.value < 1 || v.value > limit {
      report(number, v.column, "node id \(v.value) out of range 1...\(nodeCount)")
    } else if w.value < 0 {
      report(number, w.column, "negative weight \(w.value)")
    } else if !scanner.atEnd() {
      report(number, scanner.column, "unexpected text after 'a U V W'")
    } else {
      from.append(Int32(truncatingIfNeeded: u.value &- 1))
      to.append(Int32(truncatingIfNeeded: v.value &- 1))
      weight.append(Int32(truncatingIfNeeded: w.value))
    }
  }

  /// Reads one integer field, reporting a problem (and returning nil) if it is not one.
  @inline(__always)
  private mutating func field(
    _ scanner: inout DIMACSLineScanner, _ limit: Int64, _ name: String, _ number: Int
  ) -> (value: Int64, column: Int)? {
    do {
      return try scanner.integer(limit: limit)
    } catch {
      report(number, error.column, error.describe(field: name))
      return nil
    }
  }

  /// Checks what can only be checked at the end (header present, arc count).
  mutating func finish() {
    guard nodeCount >= 0 else {
      report(max(lastLine, 1), nil, "missing problem line 'p sp N M'")
      return
    }
    let arcLines = from.count
    if diagnostics.isEmpty && arcLines != declaredArcCount {
      report(
        headerLine, nil,
        "count mismatch: the problem line declares \(declaredArcCount) arcs, the file has \(arcLines)"
      )
    }
  }
}

extension DIMACSLineScanner.NumberProblem {
  var column: Int {
    switch self {
    case .missing(let column), .notANumber(let column), .tooLarge(let column): return column
    }
  }

  func describe(field: String) -> String {
    switch self {
    case .missing: return "truncated line: expected a \(field)"
    case .notANumber: return "expected an integer \(field)"
    case .tooLarge: return "\(field) too large (overflows Int32)"
    }
  }
}
