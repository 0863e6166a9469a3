/// The words of one line of an expectations file, with the column each starts at (characters,
/// 1-based); `#` starts a comment; a word in double quotes may hold spaces.
struct LineReader {
  struct Word {
    var text: String
    var column: Int
  }

  private let words: [Word]
  private let raw: [Character]
  private(set) var position = 0
  let line: Int
  let file: String

  init(_ text: Substring, line: Int, file: String) {
    self.line = line
    self.file = file
    var characters = Array(text)
    if characters.last == "\r" { characters.removeLast() }
    if let hash = characters.firstIndex(of: "#") { characters = Array(characters[..<hash]) }
    self.raw = characters
    var words: [Word] = []
    var index = 0
    while index < characters.count {
      if characters[index] == " " || characters[index] == "\t" {
        index += 1
        continue
      }
      let start = index
      if characters[index] == "\"" {
        index += 1
        while index < characters.count, characters[index] != "\"" { index += 1 }
        words.append(
          Word(
            text: String(characters[(start + 1)..<min(index, characters.count)]), column: start + 1)
        )
        index += 1
        continue
      }
      while index < characters.count, characters[index] != " ", characters[index] != "\t" {
        index += 1
      }
      words.append(Word(text: String(characters[start..<index]), column: start + 1))
    }
    self.words = words
  }

  var isBlank: Bool { words.isEmpty }

  var here: SourceLocation {
    SourceLocation(
      file: file, line: line,
      column: position < words.count ? words[position].column : raw.count + 1)
  }

  /// The text of the line from word `start` on, spaces as written.
  func text(from start: Int) -> String {
    guard start < words.count else { return "" }
    return String(raw[(words[start].column - 1)...]).trimmingSpaces()
  }

  func peek() -> Word? { position < words.count ? words[position] : nil }

  mutating func next() -> Word? {
    defer { if position < words.count { position += 1 } }
    return peek()
  }

  /// Takes the next word when it is `keyword` (case-insensitive).
  mutating func accept(_ keyword: String) -> Bool {
    guard let word = peek(), word.text.lowercased() == keyword else { return false }
    position += 1
    return true
  }

  mutating func expect(_ keyword: String) throws(InputDiagnostic) {
    guard let word = peek() else { throw problem("expected '\(keyword)' at the end of the line") }
    guard word.text.lowercased() == keyword else {
      throw problem(at: word, "expected '\(keyword)', got '\(word.text)'")
    }
    position += 1
  }

  mutating func word(_ what: String) throws(InputDiagnostic) -> Word {
    guard let word = next() else { throw problem("expected \(what) at the end of the line") }
    return word
  }

  mutating func number(_ what: String) throws(InputDiagnostic) -> Double {
    let word = try self.word(what)
    guard let value = DecimalText.parse(word.text), value.isFinite, value >= 0 else {
      throw problem(at: word, "expected \(what) (a number ≥ 0), got '\(word.text)'")
    }
    return value
  }

  /// `N min`.
  mutating func minutes() throws(InputDiagnostic) -> Double {
    let value = try number("minutes")
    try expect("min")
    return value
  }

  /// `T min` for a threshold: a number > 0, as `coverage` requires (a circle of 0 minutes, or of
  /// `-0`, is refused here, at its word, rather than when the check runs).
  mutating func thresholdMinutes() throws(InputDiagnostic) -> Double {
    let word = try self.word("a threshold in minutes")
    guard let value = DecimalText.parse(word.text), value.isFinite, value > 0 else {
      throw problem(at: word, "expected a threshold in minutes (a number > 0), got '\(word.text)'")
    }
    try expect("min")
    return value
  }

  mutating func comparison() throws(InputDiagnostic) -> Expectation.Comparison {
    let word = try self.word("'<=' or '>='")
    guard let comparison = Expectation.Comparison(rawValue: word.text) else {
      throw problem(at: word, "expected '<=' or '>=', got '\(word.text)'")
    }
    return comparison
  }

  func problem(_ message: String) -> InputDiagnostic {
    InputDiagnostic(.error, here, message)
  }

  func problem(at word: Word, _ message: String) -> InputDiagnostic {
    InputDiagnostic(.error, SourceLocation(file: file, line: line, column: word.column), message)
  }
}
