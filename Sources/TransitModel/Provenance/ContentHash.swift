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
  ///
  /// The files are independent messages, so their digests are computed together in SIMD lanes
  /// (`SHA256.digests(of:)`, the same digests as one file at a time, in less CPU time).
  public static func listing(files: [String: [UInt8]]) -> String {
    let names = files.keys.filter { $0.hasSuffix(".csv") }.sorted {
      Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
    }
    let digests = SHA256.digests(of: names.map { files[$0] ?? [] })
    var text = ""
    for (name, digest) in zip(names, digests) {
      text += SHA256.hex(digest) + "  " + name + "\n"
    }
    return text
  }

  /// The hash of one file (a scenario): SHA-256 of its bytes, as `sha256sum FILE` prints it.
  public static func fileHash(_ bytes: [UInt8]) -> String {
    SHA256.hexDigest(bytes)
  }
}
