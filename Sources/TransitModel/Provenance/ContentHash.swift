/// Content hashes that identify the inputs of a report (its provenance).
public enum ContentHash {
  /// The network hash: SHA-256 of the `sha256sum`-style listing of the network's tables (the files
  /// the loader reads: `NetworkFiles.directory` reads only the twelve),
  /// one line `<hex>  <name>\n` per file, sorted by file name (byte order).
  ///
  /// So `cd Networks/changchun && LC_ALL=C sha256sum <the twelve tables> | sha256sum` reproduces it
  /// (the shell sorts `*.csv` the same way under the C locale). Files not ending in `.csv` are
  /// ignored.
  public static func networkHash(files: [String: [UInt8]]) -> String {
    SHA256.hexDigest(Array(listing(files: files).utf8))
  }

  /// The `sha256sum`-style listing that `networkHash` hashes.
  public static func listing(files: [String: [UInt8]]) -> String {
    let names = files.keys.filter { $0.hasSuffix(".csv") }.sorted {
      Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
    }
    var text = ""
    for name in names {
      text += SHA256.hexDigest(files[name] ?? []) + "  " + name + "\n"
    }
    return text
  }

  /// The hash of one file (a scenario): SHA-256 of its bytes, as `sha256sum FILE` prints it.
  public static func fileHash(_ bytes: [UInt8]) -> String {
    SHA256.hexDigest(bytes)
  }
}
