import SystemInterface

/// The few file system queries the catalog needs, on top of `SystemInterface`.
enum FileSystem {
  /// Whether `path` is a directory (following symbolic links).
  static func isDirectory(_ path: String) -> Bool {
    kind(path) == .directory
  }

  /// Whether `path` is a regular file (following symbolic links).
  static func isRegularFile(_ path: String) -> Bool {
    kind(path) == .regularFile
  }

  /// Whether anything exists at `path` (following symbolic links).
  static func exists(_ path: String) -> Bool {
    kind(path) != nil
  }

  /// Whether the Markdown file at `path` looks like a framework, as
  /// `FrameworkFile.looksLikeFramework(_:)` decides from its first bytes alone. A file that
  /// cannot be read counts as one, so that reading it reports why.
  static func looksLikeFramework(_ path: String) -> Bool {
    guard let descriptor = try? FileDescriptor.openForReading(path) else { return true }
    defer { try? descriptor.close() }
    var buffer = [UInt8](repeating: 0, count: FrameworkFile.recognitionPrefix)
    var count = 0
    while count < buffer.count {
      let received = buffer.withUnsafeMutableBytes { bytes in
        try? descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[count...]))
      }
      guard let received, received > 0 else { break }
      count += received
    }
    return FrameworkFile.looksLikeFramework(buffer[..<count])
  }

  /// What `path` names, following symbolic links; `nil` when nothing is there.
  private static func kind(_ path: String) -> FileStatus.Kind? {
    try? FileStatus(path: path).kind
  }

  /// What a directory holds: the names that are UTF-8, and the others shown with escapes.
  struct Listing {
    /// The names that are valid UTF-8, sorted by their bytes, without `.` and `..`.
    var names: [String] = []
    /// The names that are not valid UTF-8 and may hold frameworks (folders, and files with a
    /// framework extension), each byte outside ASCII written as `\xFF`; they cannot be
    /// opened by name here, and are reported rather than skipped.
    var undecodableNames: [String] = []
  }

  /// The names in the directory at `path`, sorted by their bytes, without `.` and `..` and
  /// without names that are not valid UTF-8.
  ///
  /// - Parameter displayPath: the path to show in an error.
  /// - Throws: `SourceFileError` when the directory cannot be opened.
  static func names(
    inDirectory path: String,
    displayPath: String
  ) throws(SourceFileError) -> [String] {
    try listing(inDirectory: path, displayPath: displayPath).names
  }

  /// What the directory at `path` holds.
  ///
  /// - Parameter displayPath: the path to show in an error.
  /// - Throws: `SourceFileError` when the directory cannot be opened.
  static func listing(
    inDirectory path: String,
    displayPath: String
  ) throws(SourceFileError) -> Listing {
    var listing = Listing()
    do throws(Errno) {
      try DirectoryEntries.forEach(inFolder: path) { bytes, isFolder in
        if let name = String(validating: bytes, as: UTF8.self) {
          listing.names.append(name)
          return
        }
        let escaped = bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + hex($0) }
          .joined()
        guard !escaped.hasPrefix("."), isFolder || FrameworkFormat(path: escaped) != nil else {
          return
        }
        listing.undecodableNames.append(escaped)
      }
    } catch {
      throw SourceFileError(path: displayPath, errno: error)
    }
    listing.names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    listing.undecodableNames.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return listing
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
