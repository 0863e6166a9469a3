import Foundation

// commute-analyze: the command-line tool. All logic lives in CommandLineTool; this only exits.
let status = CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
