/// Why the generator stopped; `main` prints the message and exits 2 (bad input or usage).
enum GeneratorError: Error, Equatable {
  /// A bad command line: the message names the option; the usage follows it.
  case usage(String)
  /// The input network cannot be copied (a missing table, a broken CSV, an id that would collide).
  case input(String)
  /// The output folder cannot be written.
  case output(String)

  var message: String {
    switch self {
    case .usage(let message), .input(let message), .output(let message): message
    }
  }
}
