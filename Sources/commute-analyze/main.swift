import Foundation

// commute-analyze: the command-line tool. All logic lives in CommandLineTool; this only exits.
// An argument that is not valid UTF-8 (a file name in another encoding) cannot name a file or a
// place faithfully once decoded: it is refused before anything runs.
let raw = (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0] }
if let bad = raw.firstIndex(where: { String(validatingCString: $0) == nil }) {
  FileHandle.standardError.write(
    Data(
      ("error: argument \(bad + 1) is not valid UTF-8; file names and places must be given as "
        + "UTF-8\n").utf8))
  exit(ExitStatus.badInput.rawValue)
}
ProcessLifetime.keepFreedMemory()
let status = CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
