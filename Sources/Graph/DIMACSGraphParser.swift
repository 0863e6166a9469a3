/// Parses a DIMACS shortest-path graph (`.gr`).
///
/// Format: `c …` comments, one problem line `p sp N M` before any arc, then `M` arc lines
/// `a U V W` with 1-based node ids `1...N` and weights `0...Int32.max - 1` (`Int32.max` is the
/// unreachable sentinel). Blank lines are ignored.
///
/// Arc lines in the canonical form `a U V W\n` are parsed straight from the block of lines
/// (`consume(lines:firstLineNumber:)`); anything else goes through the line-by-line path,
/// which accepts tabs, `\r` and extra blanks and names the line and column of every problem.
/// The arc arrays are sized once from the header (bounded by what the file's size allows), so
/// the text, the arc arrays and the CSR arrays are never all held at once. The node count is
/// bounded too (`maximumNodeCount(fileBytes:)`): nodes without arcs need no line, but a header
/// must not make a file of a few bytes allocate gigabytes.
struct DIMACSGraphParser: DIMACSLineConsumer {
  /// Nodes a graph may have whatever its size: 2^27 (134,217,728; 5.6 times the largest graph of
  /// the 9th DIMACS challenge, USA with 23,947,347 nodes), 1 GB of degrees and CSR offsets.
  static let nodesWithoutArcs = 1 << 27

  /// The most nodes a header may declare in a file of `fileBytes` bytes: `nodesWithoutArcs`, or
  /// two per arc line the file could hold (8 bytes each, `a 1 2 0\n`) when that is more, so a
  /// graph whose nodes all have arcs is never refused.
  static func maximumNodeCount(fileBytes: Int) -> Int {
    max(nodesWithoutArcs, 2 * (fileBytes / 8 + 1))
  }

  let file: String
  /// Bytes in the file, to bound the arc arrays sized from the header's claim.
  let fileBytes: Int
  private(set) var diagnostics: [DIMACSDiagnostic] = []
  private(set) var nodeCount = -1
  private(set) var declaredArcCount = 0
  private(set) var headerLine = 0
  /// The header's node count was refused: the arc lines are not read.
  private(set) var refused = false
  private(set) var lastLine = 0
  /// Arc lines seen (may exceed the arrays' size when the header under-declares).
  private(set) var arcCount = 0
  /// Whether the arcs seen so far are sorted by (tail, head).
  private(set) var sorted = true
  var from = ContiguousArray<Int32>()
  /// Head and weight of each arc, packed as in `CSRGraph.arcs`.
  var arcs = ContiguousArray<UInt64>()
  /// Out-degree of node u at index u + 1 (prefix sums make the CSR offsets).
  var degree = ContiguousArray<Int32>()

  init(file: String, fileBytes: Int) {
    self.file = file
    self.fileBytes = fileBytes
  }

  var wantsToStop: Bool { diagnostics.count >= DIMACSError.maximumDiagnostics }

  mutating func report(_ line: Int, _ column: Int?, _ message: String) {
    guard diagnostics.count < DIMACSError.maximumDiagnostics else { return }
    diagnostics.append(DIMACSDiagnostic(file: file, line: line, column: column, message: message))
  }

  mutating func consume(lines: UnsafeBufferPointer<UInt8>, firstLineNumber: Int) -> Int {
    guard let base = lines.baseAddress else { return 0 }
    let count = lines.count
    var position = 0
    var number = firstLineNumber
    // Until the header is known, line by line.
    while nodeCount < 0 && position < count && !wantsToStop {
      let lineEnd = DIMACSFileReader.newline(in: base, from: position, to: count)
      consume(
        line: UnsafeBufferPointer(start: base + position, count: lineEnd - position), number: number
      )
      number += 1
      position = lineEnd + 1
    }
    guard nodeCount >= 0 && position < count else { return number - firstLineNumber }
    // Move the arrays out of `self`, so the slow path may still use `self`.
    var from = self.from
    var arcs = self.arcs
    var degree = self.degree
    self.from = []
    self.arcs = []
    self.degree = []
    defer {
      self.from = from
      self.arcs = arcs
      self.degree = degree
    }
    from.withUnsafeMutableBufferPointer { fromBuffer in
      arcs.withUnsafeMutableBufferPointer { arcBuffer in
        degree.withUnsafeMutableBufferPointer { degreeBuffer in
          let capacity = arcBuffer.count
          let nodeLimit = UInt64(nodeCount)
          var previous: (Int32, Int32) = (-1, -1)
          if arcCount > 0 && arcCount <= capacity {
            previous = (
              fromBuffer[arcCount - 1], Int32(truncatingIfNeeded: arcBuffer[arcCount - 1])
            )
          }
          @inline(__always) func store(_ u: Int32, _ v: Int32, _ w: Int32) {
            if arcCount < capacity {
              fromBuffer[arcCount] = u
              arcBuffer[arcCount] = CSRGraph.pack(head: v, weight: w)
              degreeBuffer[Int(u) &+ 1] &+= 1
            }
            if (u, v) < previous { sorted = false }
            previous = (u, v)
            arcCount &+= 1
          }
          while position < count && !wantsToStop {
            // Fast path: "a U V W\n" with single spaces and plain digits.
            if base[position] == 0x61 && base[position &+ 1] == 0x20 {
              var q = position &+ 2
              let u = Self.digits(base, &q)
              if u.ok && base[q] == 0x20 {
                q &+= 1
                let v = Self.digits(base, &q)
                if v.ok && base[q] == 0x20 {
                  q &+= 1
                  let w = Self.digits(base, &q)
                  if w.ok && base[q] == 0x0A && u.value &- 1 < nodeLimit
                    && v.value &- 1 < nodeLimit
                    && w.value < UInt64(Int32.max)
                  {
                    store(
                      Int32(truncatingIfNeeded: u.value &- 1),
                      Int32(truncatingIfNeeded: v.value &- 1), Int32(truncatingIfNeeded: w.value))
                    number &+= 1
                    position = q &+ 1
                    continue
                  }
                }
              }
            }
            // Slow path: anything else, with full diagnostics.
            let lineEnd = DIMACSFileReader.newline(in: base, from: position, to: count)
            let line = UnsafeBufferPointer(start: base + position, count: lineEnd - position)
            if base[position] == 0x61 {
              lastLine = number
              if let arc = arcLine(line, number) { store(arc.0, arc.1, arc.2) }
            } else {
              consume(line: line, number: number)
            }
            number += 1
            position = lineEnd + 1
          }
        }
      }
    }
    return number - firstLineNumber
  }

  /// Reads 1 to 10 decimal digits at `q` (advancing it); `ok` is false for none or too many.
  @inline(__always)
  private static func digits(_ base: UnsafePointer<UInt8>, _ q: inout Int) -> (
    value: UInt64, ok: Bool
  ) {
    let start = q
    var value: UInt64 = 0
    while true {
      let digit = base[q] &- 0x30
      if digit >= 10 { break }
      value = value &* 10 &+ UInt64(digit)
      q &+= 1
    }
    let length = q &- start
    return (value, length > 0 && length <= 10)
  }

  mutating func consume(line: UnsafeBufferPointer<UInt8>, number: Int) {
    lastLine = number
    guard let first = line.first else { return }
    switch first {
    case 0x61:  // "a": only reached before the header (afterwards the block parser handles it)
      if !refused { report(number, 1, "arc line before the problem line 'p sp N M'") }
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
    guard nodeCount < 0 && !refused else {
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
      let arcLines = try scanner.integer(limit: Int64(Int32.max))
      guard nodes.value >= 0 else {
        report(number, nodes.column, "bad header: negative node count")
        return
      }
      guard arcLines.value >= 0 else {
        report(number, arcLines.column, "bad header: negative arc count")
        return
      }
      guard scanner.atEnd() else {
        report(number, scanner.column, "bad header: unexpected text after 'p sp N M'")
        return
      }
      let nodeLimit = Self.maximumNodeCount(fileBytes: fileBytes)
      guard nodes.value <= nodeLimit else {
        report(
          number, nodes.column,
          "bad header: \(nodes.value) nodes; a file of \(fileBytes) bytes may declare at most "
            + "\(nodeLimit) (2^27, or two per arc line its size allows when that is more)"
        )
        refused = true
        headerLine = number
        return
      }
      nodeCount = Int(nodes.value)
      declaredArcCount = Int(arcLines.value)
      headerLine = number
      // An arc line takes at least 8 bytes ("a 1 1 0\n"), so a file cannot hold more arcs
      // than that allows, whatever the header claims.
      let capacity = min(declaredArcCount, fileBytes / 8 + 1)
      from = ContiguousArray(repeating: 0, count: capacity)
      self.arcs = ContiguousArray(repeating: 0, count: capacity)
      degree = ContiguousArray(repeating: 0, count: nodeCount + 1)
    } catch {
      report(number, error.column, "bad header: " + error.describe(field: "count"))
    }
  }

  /// Parses an arc line in any accepted spelling; reports a problem and returns nil if bad.
  private mutating func arcLine(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) -> (
    Int32, Int32, Int32
  )? {
    var scanner = DIMACSLineScanner(line: line, position: 1)
    let limit = Int64(nodeCount)
    guard let u = field(&scanner, Int64(Int32.max), "tail node id", number),
      let v = field(&scanner, Int64(Int32.max), "head node id", number),
      let w = field(&scanner, Int64(Int32.max) - 1, "weight", number)
    else { return nil }
    if u.value < 1 || u.value > limit {
      report(number, u.column, "node id \(u.value) out of range 1...\(nodeCount)")
    } else if v.value < 1 || v.value > limit {
      report(number, v.column, "node id \(v.value) out of range 1...\(nodeCount)")
    } else if w.value < 0 {
      report(number, w.column, "negative weight \(w.value)")
    } else if !scanner.atEnd() {
      report(number, scanner.column, "unexpected text after 'a U V W'")
    } else {
      return (
        Int32(truncatingIfNeeded: u.value &- 1), Int32(truncatingIfNeeded: v.value &- 1),
        Int32(truncatingIfNeeded: w.value)
      )
    }
    return nil
  }

  /// Reads one integer field, reporting a problem (and returning nil) if it is not one.
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
    guard !refused else { return }
    guard nodeCount >= 0 else {
      report(max(lastLine, 1), nil, "missing problem line 'p sp N M'")
      return
    }
    if diagnostics.isEmpty && arcCount != declaredArcCount {
      report(
        headerLine, nil,
        "count mismatch: the problem line declares \(declaredArcCount) arcs, the file has \(arcCount)"
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
