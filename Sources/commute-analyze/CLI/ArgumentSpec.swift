/// One positional argument of a command.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var optional: Bool = false
  /// The last argument only: it takes every remaining positional (`<scenario>...`).
  var variadic: Bool = false
}
