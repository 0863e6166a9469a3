import Foundation
import XCTest

/// The README's Slurm job array and Kubernetes Indexed Job: their exact shard commands run once
/// per index with the scheduler's variable set, their merge commands join the parts, and the
/// merged files are byte-identical to the same command run without shards.
final class ClusterExamplesTests: XCTestCase {
  private struct Example {
    var shardCommand: String
    var indexVariable: String
    var shardCount: Int
    var mergeCommand: String
  }

  private static func readme() throws -> String {
    try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
  }

  /// The fenced blocks of the README with their language tag.
  private static func blocks(_ text: String) -> [(language: String, lines: [String])] {
    var result: [(String, [String])] = []
    var current: (String, [String])?
    for line in text.components(separatedBy: "\n") {
      if line.hasPrefix("```") {
        if let block = current {
          result.append(block)
          current = nil
        } else {
          current = (String(line.dropFirst(3)), [])
        }
      } else if current != nil {
        current!.1.append(line)
      }
    }
    return result
  }

  private static func examples() throws -> [Example] {
    let blocks = blocks(try readme())
    var examples: [Example] = []
    for (offset, block) in blocks.enumerated() {
      let text = block.lines.joined(separator: "\n")
      let merge = blocks.dropFirst(offset + 1).first { $0.language == "bash" }?.lines.first {
        $0.hasPrefix("commute-analyze merge ")
      }
      if block.language == "bash",
        let array = block.lines.first(where: {
          $0.hasPrefix("#SBATCH --array=")
        })
      {
        let range = array.dropFirst("#SBATCH --array=".count).split(separator: "-")
        let count = Int(range[1])! - Int(range[0])! + 1
        examples.append(
          Example(
            shardCommand: block.lines.filter { !$0.hasPrefix("#") && !$0.isEmpty }
              .joined(separator: " && "),
            indexVariable: "SLURM_ARRAY_TASK_ID", shardCount: count, mergeCommand: merge!))
      } else if block.language == "yaml", text.contains("completionMode: Indexed") {
        let completions = block.lines.first { $0.contains("completions:") }!
        let count = Int(completions.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))!
        let commandLine = block.lines.first { $0.contains("command: [\"sh\", \"-c\", \"") }!
        let command = commandLine.components(separatedBy: "command: [\"sh\", \"-c\", \"")[1]
          .components(separatedBy: "\"]")[0]
        examples.append(
          Example(
            shardCommand: command, indexVariable: "JOB_COMPLETION_INDEX", shardCount: count,
            mergeCommand: merge!))
      }
    }
    return examples
  }

  private func shell(_ command: String, in folder: URL, _ variables: [String: String] = [:])
    throws -> Int32
  {
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] =
      ToolRunner.binary.deletingLastPathComponent().path + ":"
      + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["SLURM_ARRAY_TASK_ID"] = nil
    environment["JOB_COMPLETION_INDEX"] = nil
    environment.merge(variables) { $1 }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = folder
    process.environment = environment
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  func test_slurmAndKubernetesExamples_mergeToTheSingleRunsBytes() throws {
    let examples = try Self.examples()
    XCTAssertEqual(examples.map(\.indexVariable), ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"])
    for example in examples {
      let folder = try ToolRunner.scratchFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      XCTAssertGreaterThan(example.shardCount, 1)
      for index in 0..<example.shardCount {
        let status = try shell(
          example.shardCommand, in: folder, [example.indexVariable: "\(index)"])
        XCTAssertEqual(status, 0, "\(example.shardCommand) with index \(index)")
      }
      XCTAssertEqual(try shell(example.mergeCommand, in: folder), 0, example.mergeCommand)
      // The single run: the shard command without its shard option and its part's file name.
      let words = example.shardCommand.components(separatedBy: "&& ").last!.split(separator: " ")
      var single: [String] = []
      var skip = false
      for word in words.dropFirst() {
        if skip {
          skip = false
        } else if word == "--shards" || word == "-o" {
          skip = true
        } else {
          single.append(String(word))
        }
      }
      let run = try ToolRunner.run(single)
      XCTAssertEqual(run.status, 0, run.stderr)
      let mergedPath = example.mergeCommand.components(separatedBy: "-o ").last!
      let merged = try Data(contentsOf: folder.appendingPathComponent(mergedPath))
      XCTAssertGreaterThan(merged.count, 1_000)
      XCTAssertEqual([UInt8](merged), run.stdoutBytes, example.shardCommand)
    }
  }
}
