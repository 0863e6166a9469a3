// network-generator: writes a synthetic network N times the size of a given one (by default the
// Changchun network), in the network format, for the scale tests of `validate`, `coverage` and the
// loader. A development tool: it depends on no other target and is not part of commute-analyze.
import Foundation

/// Writes a line to stderr.
func complain(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

do {
  let options = try GeneratorOptions(arguments: Array(CommandLine.arguments.dropFirst()))
  if NetworkFolder.isSameFolder(options.input, options.output) {
    throw GeneratorError.usage("-o must not be the --from folder (\(options.input))")
  }
  let tables = try NetworkFolder.read(options.input)
  let (files, summary) = try NetworkTiler(copies: options.copies).tile(tables)
  try NetworkFolder.write(files, to: options.output)
  if summary.overlaps {
    complain(
      "network-generator: note: \(options.copies) copies do not fit side by side inside WGS-84 "
        + "at full size; neighbouring tiles overlap (ids stay distinct)")
  }
  let counts = summary.rows.map { "\($0.count) \($0.file.dropLast(4))" }
  print(
    "\(options.output): \(options.copies) copies (\(summary.joiningLinks) joining road links): "
      + counts.joined(separator: ", "))
} catch let error as GeneratorError {
  if case .usage(let message) = error {
    if message.isEmpty {
      print(GeneratorOptions.usage)
      exit(0)
    }
    complain(
      "network-generator: error: \(message)\n\nUSAGE: network-generator --times <n> "
        + "[--from <dir>] -o <dir>\nSee 'network-generator --help'.")
  } else {
    complain("network-generator: error: \(error.message)")
  }
  exit(2)
} catch {
  complain("network-generator: error: \(error)")
  exit(2)
}
