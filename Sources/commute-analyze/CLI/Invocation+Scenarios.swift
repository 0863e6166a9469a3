import Foundation
import TransitModel

/// A scenario file as given on the command line: its content hash and the scenario read from it.
struct LoadedScenario: Sendable {
  /// The path as given.
  var file: String
  /// SHA-256 of the file's bytes (`sha256sum FILE`).
  var sha256: String
  var scenario: Scenario
}

extension Invocation {
  /// Every `--scenario FILE`, in order: the scenarios read (with their well-formed edits) and the
  /// problems of form found in them. A file that cannot be read is bad input (exit 2).
  func scenarioFiles() throws -> ScenarioFiles {
    try Self.readScenarios(arguments.allValues("scenario"))
  }

  /// The scenario files at `paths`, in order, read (see `scenarioFiles`).
  static func readScenarios(_ paths: [String]) throws -> ScenarioFiles {
    var files = ScenarioFiles()
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError.badInput("cannot read the scenario file '\(path)' given to '--scenario'")
      }
      let bytes = [UInt8](data)
      let read = ScenarioReader.read(bytes, file: path)
      files.problems += read.diagnostics
      if let scenario = read.scenario {
        files.scenarios.append(
          LoadedScenario(file: path, sha256: ContentHash.fileHash(bytes), scenario: scenario))
      }
    }
    return files
  }

  /// The base network with the scenarios applied in order (the base value is not changed): every
  /// problem of form and of the edits at once, or the edited network.
  static func apply(
    _ files: ScenarioFiles, to base: ValidatedNetwork, baseHash: String
  ) throws -> EditedNetwork {
    var editor = ScenarioEditor(base: base, parameters: .defaults)
    for loaded in files.scenarios { editor.apply(loaded.scenario, baseNetworkHash: baseHash) }
    let edited: EditedNetwork
    do {
      edited = try editor.finish()
    } catch {
      throw NetworkLoadError(diagnostics: files.problems + error.diagnostics)
    }
    if !files.problems.isEmpty {
      throw NetworkLoadError(diagnostics: files.problems + edited.network.warnings)
    }
    return edited
  }
}

/// The `--scenario` files of a command line, read.
struct ScenarioFiles: Sendable {
  /// The scenarios that could be read, in order.
  var scenarios: [LoadedScenario] = []
  /// Problems of form in them (each reported at its file, line and column).
  var problems: [InputDiagnostic] = []
}
