/// A loaded and validated network, stored so it loads again without parsing and validating its
/// CSV tables: what `build` writes and `--cache FILE` reads (Networks/README.md, "Binary cache").
///
/// A cache holds everything a load from CSV yields — every table, the warnings, the source map —
/// so a network read from it is `==` the one read from its folder and reports problems of later
/// edits at the same places; with it the network hash and, per source file, its name, size and
/// `FastChecksum`, so it can be checked against a folder without hashing it. It also holds the
/// compiled structure of every profile (`CompiledStructures`: graph and reverse without weights,
/// arc roles, ride patterns), which the network read back carries: commands weight it with their
/// parameters instead of compiling, and get the graph a compile gives.
///
/// Layout (little-endian, fixed-width integers):
///
///     magic        8 bytes  89 43 41 4E 0D 0A 1A 0A ("\x89CAN\r\n\x1A\n")
///     format       u32      `formatVersion`
///     length       u64      bytes in the whole file
///     schema       u64      `CacheSchema.fingerprint` (the enum cases the body refers to)
///     tool         string   version of the tool that wrote it
///     hash         string   the network hash (`ContentHash.networkHash`) of the source files
///     embedded     u8       1 when built from the network embedded in the tool
///     files        u32 n, then n × (name string, size u64, checksum u64), sorted by name
///     strings      u32 n, then n × string: the distinct strings of the body
///     body         the tables, warnings and source map (a file's rows by their positions in a
///                  table where they are a table's: `RowsByPosition`); strings as u32 indexes
///                  into `strings`; then the compiled structures (`NetworkCache+Compiled`)
///     checksum     u64      `FastChecksum` of every byte before it
///
/// Strings of the header and of the string table are u32 length + UTF-8. Reading checks the magic,
/// the format version and the length first, then reads the body a window at a time
/// (`CacheInput`) with every count and index checked — a compiled structure's against the network
/// and itself — so no file, whatever its bytes, makes it trap, nor a search or weighting of what
/// it read; the checksum, computed as the windows go by, is compared before anything read is used,
/// and its failure is the error whatever the body held. A cache is trusted as written once its
/// checksum holds (the checksum catches damage, not forgery).
public struct NetworkCache: Sendable {
  /// The version of this layout; a cache of another version is refused.
  public static let formatVersion: UInt32 = 6
  /// The first bytes of every cache.
  public static let magic: [UInt8] = [0x89, 0x43, 0x41, 0x4E, 0x0D, 0x0A, 0x1A, 0x0A]

  /// One source file of the network, as the cache remembers it.
  public struct SourceFile: Sendable, Hashable {
    /// File name inside the network folder (`places.csv`).
    public var name: String
    /// Size in bytes.
    public var size: Int
    /// `FastChecksum` of its bytes.
    public var checksum: UInt64

    public init(name: String, size: Int, checksum: UInt64) {
      self.name = name
      self.size = size
      self.checksum = checksum
    }
  }

  /// The network as loaded and validated from its files.
  public var network: ValidatedNetwork
  /// The network hash of the source files (the provenance reports print).
  public var networkHash: String
  /// Whether the source files were the network embedded in the tool.
  public var isEmbedded: Bool
  /// The source files, sorted by name (byte order).
  public var sourceFiles: [SourceFile]
  /// The version of the tool that wrote (or writes) the cache.
  public var toolVersion: String

  /// A cache of `network`, loaded from `files`, whose network hash is `networkHash`.
  public init(
    network: ValidatedNetwork, files: NetworkFiles, networkHash: String, isEmbedded: Bool,
    toolVersion: String
  ) {
    self.network = network
    self.networkHash = networkHash
    self.isEmbedded = isEmbedded
    self.sourceFiles = Self.sourceFiles(of: files)
    self.toolVersion = toolVersion
  }

  /// Name, size and checksum of each of `files`, sorted by name (byte order).
  public static func sourceFiles(of files: NetworkFiles) -> [SourceFile] {
    files.files.map {
      SourceFile(name: $0.key, size: $0.value.count, checksum: FastChecksum.checksum($0.value))
    }
    .sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
  }

  /// The bytes of the cache file; with `includingGraphs`, the graph of every profile too (a
  /// network read from a cache writes back the graphs it was read with, whatever the flag).
  public func encoded(includingGraphs: Bool = true) -> [UInt8] {
    var header = CacheWriter()
    header.bytes(Self.magic)
    header.u32(Self.formatVersion)
    header.u64(0)  // the length, filled in below
    header.u64(CacheSchema.fingerprint)
    header.inlineString(toolVersion)
    header.inlineString(networkHash)
    header.bool(isEmbedded)
    header.count(sourceFiles.count)
    for file in sourceFiles {
      header.inlineString(file.name)
      header.int(file.size)
      header.u64(file.checksum)
    }
    var bytes = header.body
    do {
      var body = CacheWriter()
      body.network(network.network)
      body.diagnostics(network.warnings)
      body.sourceMap(network.sources, of: network.network)
      body.appendBytes(to: &bytes)
    }
    CacheWriter.appendCompiledStructures(
      of: network, includingGraphs: includingGraphs, to: &bytes)
    let length = UInt64(bytes.count + 8).littleEndian
    withUnsafeBytes(of: length) { bytes.replaceSubrange(12..<20, with: $0) }
    let checksum = FastChecksum.checksum(bytes).littleEndian
    withUnsafeBytes(of: checksum) { bytes.append(contentsOf: $0) }
    return bytes
  }

  /// Reads a cache written by `encoded()` of a tool of version `toolVersion`.
  /// - Throws: `NetworkCacheError` when the bytes are not a cache, are of another format, schema
  ///   or tool version, or are damaged.
  public init(decoding bytes: [UInt8], toolVersion: String) throws(NetworkCacheError) {
    try self.init(CacheInput(bytes), toolVersion: toolVersion)
  }

  /// Reads the cache file at `path`, of `size` bytes (as `stat` gave it; no more are read), as
  /// `init(decoding:toolVersion:)` reads its bytes, a window at a time: the file is never held
  /// whole in memory, only the compiled graphs it stores.
  /// - Throws: `NetworkCacheError`, also `.unreadable` when the file cannot be opened or read.
  public init(file path: String, size: Int, toolVersion: String) throws(NetworkCacheError) {
    guard let input = CacheInput(file: path, size: size) else {
      throw .unreadable("it cannot be opened")
    }
    try self.init(input, toolVersion: toolVersion)
  }

  /// Reads the cache `input` reads: the header first; then the body, and the rest of the file
  /// whatever the body held, for its checksum. A checksum that does not hold is the error, before
  /// any the body had: the body of a damaged file is read (never trusting its counts beyond the
  /// bytes left) only to be refused.
  init(_ input: CacheInput, toolVersion: String) throws(NetworkCacheError) {
    var reader = CacheReader(input)
    var isCache = reader.remaining >= Self.magic.count
    for byte in Self.magic where isCache { isCache = try reader.u8() == byte }
    guard isCache else {
      throw .foreign("not a network cache (it does not start with a cache's first bytes)")
    }
    let format = try reader.u32()
    guard format == Self.formatVersion else {
      throw .otherVersion(
        "a cache of format \(format), \(format > Self.formatVersion ? "newer than" : "older than") "
          + "the format \(Self.formatVersion) this tool reads")
    }
    let length = try reader.u64()
    guard length == UInt64(input.size) else {
      throw .damaged(
        "the file has \(input.size) bytes, its header says \(length) (truncated or extended)")
    }
    guard input.size - 8 >= reader.position else { throw .damaged("the file is too short") }
    reader.limitToContent()
    let body = Result { () throws(NetworkCacheError) in
      try Self(body: &reader, toolVersion: toolVersion)
    }
    guard try input.checksumHolds() else {
      throw .damaged("its checksum does not match its content")
    }
    self = try body.get()
  }

  /// Reads the body (what follows the length in the header).
  private init(body reader: inout CacheReader, toolVersion: String) throws(NetworkCacheError) {
    guard try reader.u64() == CacheSchema.fingerprint else {
      throw .otherVersion("a cache written for another version of the network model")
    }
    let writtenBy = try reader.inlineString()
    guard writtenBy == toolVersion else {
      throw .otherVersion(
        "a cache written by version \(writtenBy) of the tool, this is \(toolVersion)")
    }
    networkHash = try reader.inlineString()
    isEmbedded = try reader.bool()
    sourceFiles = try reader.array(minimumSize: 20) { reader throws(NetworkCacheError) in
      SourceFile(
        name: try reader.inlineString(), size: try reader.int(), checksum: try reader.u64())
    }
    self.toolVersion = writtenBy
    try reader.readStrings()
    let (network, estimated) = try reader.network()
    let warnings = try reader.diagnostics()
    let sources = try reader.sourceMap(of: network)
    // The compiled structures stay encoded in bytes of their own (`EncodedStructures`).
    let structuresStart = reader.position
    let structuresBytes = try reader.restOfContent()
    let structures = try CacheReader.reading(structuresBytes, at: structuresStart) {
      reader throws(NetworkCacheError) in
      let structures = try reader.compiledStructures(of: network, file: structuresBytes)
      guard reader.remaining == 0 else { throw reader.damaged("bytes after the compiled graphs") }
      return structures
    }
    do {
      self.network = try Network.accept(
        network, warnings, sources: sources, estimatedRows: estimated
      ).carrying(structures)
    } catch {
      throw .damaged("an error among its warnings")
    }
  }

  /// Checks that `files` are the files the cache was built from: same names, and for each the
  /// same size and checksum.
  /// - Throws: `NetworkCacheError.sourcesChanged` naming every file that differs.
  public func checkSources(_ files: NetworkFiles) throws(NetworkCacheError) {
    let current = Self.sourceFiles(of: files)
    let stored = Dictionary(
      sourceFiles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let given = Dictionary(current.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var problems: [String] = []
    let names = Set(stored.keys).union(given.keys).sorted {
      Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
    }
    for name in names {
      switch (stored[name], given[name]) {
      case (nil, _):
        problems.append("\(name) is in the folder but was not when the cache was built")
      case (_, nil):
        problems.append("\(name) is missing from the folder")
      case (let old?, let new?) where old.size != new.size:
        problems.append("\(name) has \(new.size) bytes, the cache was built from \(old.size)")
      case (let old?, let new?) where old.checksum != new.checksum:
        problems.append("\(name) differs from the file the cache was built from")
      default:
        break
      }
    }
    if !problems.isEmpty { throw .sourcesChanged(problems) }
  }
}
