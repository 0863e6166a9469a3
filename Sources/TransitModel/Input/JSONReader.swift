/// A JSON value with the place it starts in its file (1-based line and column, counted in
/// characters), so that a problem in a scenario file is reported where the planner has to fix it.
public struct LocatedJSON: Sendable, Hashable {
  /// What a JSON value can be; object members keep their order (duplicates are reported).
  public enum Value: Sendable, Hashable {
    case object([(key: String, value: LocatedJSON)])
    case array([LocatedJSON])
    case string(String)
    /// The number as written (strict JSON grammar); read it with `DecimalText`.
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: Value, b: Value) -> Bool {
      switch (a, b) {
      case (.object(let x), .object(let y)):
        return x.count == y.count
          && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
      case (.array(let x), .array(let y)): return x == y
      case (.string(let x), .string(let y)): return x == y
      case (.number(let x), .number(let y)): return x == y
      case (.bool(let x), .bool(let y)): return x == y
      case (.null, .null): return true
      default: return false
      }
    }

    public func hash(into hasher: inout Hasher) {
      switch self {
      case .object(let members):
        hasher.combine(0)
        for member in members {
          hasher.combine(member.key)
          hasher.combine(member.value)
        }
      case .array(let items): hasher.combine(items)
      case .string(let text): hasher.combine(text)
      case .number(let text): hasher.combine(text)
      case .bool(let flag): hasher.combine(flag)
      case .null: hasher.combine(5)
      }
    }
  }

  public var value: Value
  /// Where the value starts.
  public var location: SourceLocation

  /// The member `key` of an object (the first, when given twice), or nil.
  public subscript(key: String) -> LocatedJSON? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A short name of the value's type, for messages ("an object", "a string").
  public var typeName: String {
    switch value {
    case .object: return "an object"
    case .array: return "an array"
    case .string: return "a string"
    case .number: return "a number"
    case .bool: return "true or false"
    case .null: return "null"
    }
  }
}

/// Reads JSON (RFC 8259) keeping where each value starts. Strict: no comments, no trailing commas,
/// no leading zeros, no bare control characters in strings; a UTF-8 byte order mark is skipped.
/// Problems come back as one located diagnostic (JSON has no way to go on after a syntax error).
public enum JSONReader {
  /// The document in `bytes` of file `file`, or the first syntax error.
  public static func read(_ bytes: [UInt8], file: String) -> Result<LocatedJSON, InputDiagnostic> {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(
        InputDiagnostic(
          .error, SourceLocation(file: file, line: 1, column: 1),
          "the file is not valid UTF-8 (save it as UTF-8)"))
    }
    var parser = Parser(scalars: Array(text.unicodeScalars), file: file)
    return Result { () throws(InputDiagnostic) -> LocatedJSON in
      if parser.peek == "\u{FEFF}" { parser.advance() }
      let value = try parser.value(depth: 0)
      parser.skipSpace()
      if parser.peek != nil { throw parser.failure("text after the end of the JSON document") }
      return value
    }
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    let file: String
    var index = 0
    var line = 1
    var column = 1

    /// Deeper nesting than this is refused (no stack overflow on hostile input).
    static let maximumDepth = 200

    init(scalars: [Unicode.Scalar], file: String) {
      self.scalars = scalars
      self.file = file
    }

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    mutating func advance() {
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }

    func failure(_ message: String) -> InputDiagnostic {
      InputDiagnostic(.error, here, message)
    }

    mutating func skipSpace() {
      while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        advance()
      }
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ what: String) throws(InputDiagnostic) {
      guard peek == scalar else { throw failure("expected \(what)") }
      advance()
    }

    mutating func value(depth: Int) throws(InputDiagnostic) -> LocatedJSON {
      skipSpace()
      guard depth < Self.maximumDepth else { throw failure("JSON nested too deeply") }
      let start = here
      guard let scalar = peek else { throw failure("expected a value, found the end of the file") }
      switch scalar {
      case "{": return LocatedJSON(value: try object(depth: depth), location: start)
      case "[": return LocatedJSON(value: try array(depth: depth), location: start)
      case "\"": return LocatedJSON(value: .string(try string()), location: start)
      case "t": return LocatedJSON(value: try literal("true", .bool(true)), location: start)
      case "f": return LocatedJSON(value: try literal("false", .bool(false)), location: start)
      case "n": return LocatedJSON(value: try literal("null", .null), location: start)
      case "-", "0"..."9": return LocatedJSON(value: .number(try number()), location: start)
      default: throw failure("unexpected character '\(scalar)': expected a JSON value")
      }
    }

    mutating func literal(_ word: String, _ value: LocatedJSON.Value) throws(InputDiagnostic)
      -> LocatedJSON.Value
    {
      for expected in word.unicodeScalars {
        guard peek == expected else { throw failure("expected '\(word)'") }
        advance()
      }
      return value
    }

    mutating func object(depth: Int) throws(InputDiagnostic) -> LocatedJSON.Value {
      advance()
      var members: [(key: String, value: LocatedJSON)] = []
      var keys = Set<String>()  // a search of `members` per key made large objects quadratic
      skipSpace()
      if peek == "}" {
        advance()
        return .object(members)
      }
      while true {
        skipSpace()
        guard peek == "\"" else { throw failure("expected a member name in double quotes") }
        let keyAt = here
        let key = try string()
        if !keys.insert(key).inserted {
          throw InputDiagnostic(.error, keyAt, "member '\(key)' appears twice in this object")
        }
        skipSpace()
        try expect(":", "':' after the member name")
        members.append((key, try value(depth: depth + 1)))
        skipSpace()
        if peek == "," {
          advance()
          continue
        }
        try expect("}", "',' or '}' after an object member")
        return .object(members)
      }
    }

    mutating func array(depth: Int) throws(InputDiagnostic) -> LocatedJSON.Value {
      advance()
      var items: [LocatedJSON] = []
      skipSpace()
      if peek == "]" {
        advance()
        return .array(items)
      }
      while true {
        items.append(try value(depth: depth + 1))
        skipSpace()
        if peek == "," {
          advance()
          continue
        }
        try expect("]", "',' or ']' after an array item")
        return .array(items)
      }
    }

    mutating func string() throws(InputDiagnostic) -> String {
      advance()
      var result = String.UnicodeScalarView()
      while true {
        guard let scalar = peek else {
          throw failure("string is not closed before the end of the file")
        }
        if scalar == "\"" {
          advance()
          return String(result)
        }
        if scalar.value < 0x20 { throw failure("a control character inside a string: escape it") }
        if scalar != "\\" {
          result.append(scalar)
          advance()
          continue
        }
        advance()
        guard let escape = peek else {
          throw failure("string is not closed before the end of the file")
        }
        advance()
        switch escape {
        case "\"": result.append("\"")
        case "\\": result.append("\\")
        case "/": result.append("/")
        case "b": result.append("\u{08}")
        case "f": result.append("\u{0C}")
        case "n": result.append("\n")
        case "r": result.append("\r")
        case "t": result.append("\t")
        case "u":
          let unit = try hex4()
          if (0xD800...0xDBFF).contains(unit) {
            guard peek == "\\" else { throw failure("a lone surrogate in a \\u escape") }
            advance()
            guard peek == "u" else { throw failure("a lone surrogate in a \\u escape") }
            advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low),
              let combined = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            else { throw failure("an invalid surrogate pair in a \\u escape") }
            result.append(combined)
          } else if let decoded = Unicode.Scalar(unit) {
            result.append(decoded)
          } else {
            throw failure("a lone surrogate in a \\u escape")
          }
        default: throw failure("unknown escape '\\\(escape)' in a string")
        }
      }
    }

    mutating func hex4() throws(InputDiagnostic) -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard let scalar = peek, let digit = Int(String(scalar), radix: 16) else {
          throw failure("expected four hexadecimal digits after \\u")
        }
        value = value * 16 + UInt32(digit)
        advance()
      }
      return value
    }

    mutating func number() throws(InputDiagnostic) -> String {
      var text = ""
      func digits(_ parser: inout Parser) -> Int {
        var count = 0
        while let scalar = parser.peek, ("0"..."9").contains(scalar) {
          text.unicodeScalars.append(scalar)
          parser.advance()
          count += 1
        }
        return count
      }
      if peek == "-" {
        text += "-"
        advance()
      }
      if peek == "0" {
        text += "0"
        advance()
        if let next = peek, ("0"..."9").contains(next) {
          throw failure("a number with a leading zero")
        }
      } else if digits(&self) == 0 {
        throw failure("expected digits in a number")
      }
      if peek == "." {
        text += "."
        advance()
        guard digits(&self) > 0 else { throw failure("expected digits after the decimal point") }
      }
      if peek == "e" || peek == "E" {
        text += "e"
        advance()
        if peek == "+" || peek == "-" {
          text.unicodeScalars.append(peek!)
          advance()
        }
        guard digits(&self) > 0 else { throw failure("expected digits in the exponent") }
      }
      return text
    }
  }
}
