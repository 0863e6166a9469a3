import Foundation
import TransitModel

extension Invocation {
  /// The network of the cache file at `path` (`--cache FILE`), as a load of its source files would
  /// give it: the stored network hash, warnings and source map. With a network folder (`folder`,
  /// else `--network DIR`), the cache is used only if it was built from that folder's files (each
  /// table's size and fast checksum); otherwise it is trusted as what it says it is. A cache that
  /// is not one, of another version, damaged, or built from other files is bad input (exit 2).
  func readCache(_ path: String, folder: String? = nil) throws -> LoadedNetwork {
    let size = try Self.cacheFileSize(path)
    let cache: NetworkCache
    do {
      cache = try NetworkCache(file: path, size: size, toolVersion: ToolInfo.version)
    } catch {
      let hint: String
      switch error {
      case .unreadable:
        throw CLIError.badInput("cannot read the cache '\(path)' given to '--cache'")
      case .foreign: hint = "write one with '\(ToolInfo.name) build -o FILE'"
      default: hint = "rebuild it with '\(ToolInfo.name) build [--network DIR] -o FILE'"
      }
      throw CLIError.badInput("cannot use the cache '\(path)': \(error); \(hint)")
    }
    ProcessLifetime.keep(cache.network)
    guard let folder = folder ?? arguments.value("network") else {
      return LoadedNetwork(
        validated: cache.network, hash: cache.networkHash,
        isEmbedded: cache.isEmbedded, warnings: cache.network.warnings)
    }
    let files = try NetworkFiles.directory(folder)
    do {
      try cache.checkSources(files)
    } catch {
      throw CLIError.badInput(
        "cannot use the cache '\(path)' with the network folder '\(folder)': \(error); rebuild "
          + "it with '\(ToolInfo.name) build --network \(folder) -o \(path)'")
    }
    return LoadedNetwork(
      validated: cache.network, hash: cache.networkHash, isEmbedded: false,
      warnings: cache.network.warnings)
  }

  /// The size of the cache file; only a regular file is read (a FIFO or a folder is refused,
  /// never read without end).
  private static func cacheFileSize(_ path: String) throws -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw CLIError.badInput("cannot read the cache '\(path)' given to '--cache': no such file")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw CLIError.badInput("the cache '\(path)' given to '--cache' is not a regular file")
    }
    return Int(info.st_size)
  }
}
