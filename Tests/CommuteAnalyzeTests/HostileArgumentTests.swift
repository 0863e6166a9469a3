import Foundation
import XCTest

/// Output targets that are not plain files: `-o` and `--provenance` into a pipe or through a
/// symbolic link write the bytes there and leave the pipe or link in place.
final class HostileArgumentTests: XCTestCase {
  private func fileType(_ path: String) -> mode_t {
    var info = stat()
    guard lstat(path, &info) == 0 else { return 0 }
    return info.st_mode & S_IFMT
  }

  /// `-o FIFO` (e.g. a named pipe read by another program, or `/dev/stdout`): the output used to be
  /// written to a temporary file renamed over the pipe, replacing it (as root, `-o /dev/full`
  /// replaced the device node with a regular file). Now the pipe receives the bytes and stays a pipe.
  func test_outputIntoAFIFO_writesThroughThePipe_andKeepsIt() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for option in ["-o", "--provenance"] {
      let fifo = folder.appendingPathComponent("pipe\(option)").path
      XCTAssertEqual(mkfifo(fifo, 0o600), 0)
      let group = DispatchGroup()
      nonisolated(unsafe) var received = Data()
      group.enter()
      DispatchQueue.global().async {
        received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
        group.leave()
      }
      let run = try ToolRunner.run(
        ["matrix", "--network", Fixture.network.path, "--format", "csv", option, fifo])
      XCTAssertEqual(run.status, 0, "\(option): \(run.stderr)")
      XCTAssertEqual(
        group.wait(timeout: .now() + 10), .success, "\(option): the reader got nothing")
      XCTAssertEqual(fileType(fifo), S_IFIFO, "\(option): the pipe was replaced")
      let text = String(decoding: received, as: UTF8.self)
      let expected = option == "-o" ? "from_id,to_id,profile,minutes" : "{"
      XCTAssertTrue(text.hasPrefix(expected), "\(option): \(text.prefix(80))")
    }
  }

  /// `-o LINK` where LINK is a symbolic link to a file: the file it points to gets the output
  /// (atomically) and the link stays a link.
  func test_outputThroughASymlink_replacesTheTarget_andKeepsTheLink() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("real.csv").path
    let link = folder.appendingPathComponent("link.csv").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let run = try ToolRunner.run(
      ["matrix", "--network", Fixture.network.path, "--format", "csv", "-o", link])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(fileType(link), S_IFLNK)
    let text = try String(contentsOfFile: target, encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("from_id,to_id,profile,minutes"), String(text.prefix(80)))
  }

  /// Targets that cannot be written give exit 2 and a message naming the path, never a signal.
  func test_unwritableTargets_exit2WithTheirPath() throws {
    let folder = try ToolRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let targets = [
      folder.appendingPathComponent("missing/x.csv").path, folder.path, "",
      folder.appendingPathComponent(String(repeating: "y", count: 300)).path,
    ]
    for target in targets {
      for option in ["-o", "--provenance"] {
        let run = try ToolRunner.run(
          ["matrix", "--network", Fixture.network.path, "--format", "csv", option, target])
        XCTAssertFalse(run.signaled, "\(option) '\(target)': \(run.stderr)")
        XCTAssertEqual(run.status, 2, "\(option) '\(target)': \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("cannot write '\(target)'"), run.stderr)
      }
    }
  }
}
