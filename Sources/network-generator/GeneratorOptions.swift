/// The command line of `network-generator`.
struct GeneratorOptions: Equatable {
  /// How many copies of the input to write (1…10 000).
  var copies: Int
  /// The input network folder.
  var input = "Networks/changchun"
  /// The output folder (created when missing; its tables are replaced).
  var output: String

  static let usage = """
    OVERVIEW: Write a network N times the size of a given one, for scale tests.

    Copies the network N times side by side: copy 0 keeps its ids and coordinates, copy k has every id
    (and every reference, road name and display name) suffixed -ck (' #k' for names) and its
    coordinates moved to its own tile of a grid; generated expressway links join neighbouring copies
    into one road graph. Same input, same bytes. Not part of commute-analyze.

    USAGE: network-generator --times <n> [--from <dir>] -o <dir>

    OPTIONS:
      --times <n>             Number of copies, 1…10000 (required).
      --from <dir>            Network folder to copy. (default: Networks/changchun)
      -o, --output <dir>      Folder to write the twelve tables into (required; not the --from folder).
      -h, --help              Show help information.

    Exit 0 when written, 2 on bad usage or input.
    """

  /// Parses `arguments` (without the program name). Throws `.usage("")` for `--help`.
  init(arguments: [String]) throws(GeneratorError) {
    var copies: Int?
    var input: String?
    var output: String?
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      var name = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      func value() throws(GeneratorError) -> String {
        if let inlineValue { return inlineValue }
        guard let next = remaining.popFirst() else { throw .usage("\(name) needs a value") }
        return next
      }
      switch name {
      case "-h", "--help":
        throw .usage("")
      case "--times":
        let text = try value()
        guard let number = Int(text), (1...10_000).contains(number) else {
          throw .usage("--times must be a whole number from 1 to 10000, got '\(text)'")
        }
        copies = number
      case "--from":
        input = try value()
      case "-o", "--output":
        output = try value()
      default:
        if name.hasPrefix("-") { throw .usage("unknown option '\(name)'") }
        throw .usage("unexpected argument '\(argument)'")
      }
    }
    guard let copies else { throw .usage("--times is required") }
    guard let output, !output.isEmpty else { throw .usage("-o <dir> is required") }
    self.copies = copies
    self.output = output
    if let input { self.input = input }
  }
}
