/// The exit codes of every command: 0 ok, 1 a check failed, 2 bad input or usage.
enum ExitStatus: Int32, Sendable {
  case success = 0
  case checkFailed = 1
  case badInput = 2
}
