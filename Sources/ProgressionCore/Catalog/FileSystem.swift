#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file system queries the catalog needs, on top of the C library.
enum FileSystem {
  /// Whether `path` is a directory (following symbolic links).
  static func isDirectory(_ path: String) -> Bool {
    fileType(path) == S_IFDIR
  }

  /// Whether `path` is a regular file (following symbolic links).
  static func isRegularFile(_ path: String) -> Bool {
    fileType(path) == S_IFREG
  }

  /// Whether anything exists at `path` (following symbolic links).
  static func exists(_ path: String) -> Bool {
    fileType(path) != nil
  }

  /// Whether the Markdown file at `path` looks like a framework, as
  /// `FrameworkFile.looksLikeFramework(_:)` decides from its first bytes alone. A file that
  /// cannot be read counts as one, so that reading it reports why.
  static func looksLikeFramework(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return true }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: FrameworkFile.recognitionPrefix)
    var count = 0
    while count < buffer.count {
      let received = buffer.withUnsafeMutableBytes { bytes in
        read(descriptor, bytes.baseAddress.map { $0 + count }, bytes.count - count)
      }
      if received < 0 && errno == EINTR { continue }
      guard received > 0 else { break }
      count += received
    }
    return FrameworkFile.looksLikeFramework(buffer[..<count])
  }

  private static func fileType(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT
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
    guard let directory = opendir(path) else {
      throw SourceFileError(path: displayPath, errorNumber: errno)
    }
    defer { closedir(directory) }
    var listing = Listing()
    while let entry = readdir(directory) {
      let (name, bytes) = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee))
        { characters -> (String?, [UInt8]) in
          if let name = String(validatingCString: characters) { return (name, []) }
          let raw = UnsafeRawPointer(characters).assumingMemoryBound(to: UInt8.self)
          return (nil, Array(UnsafeBufferPointer(start: raw, count: strlen(characters))))
        }
      }
      if let name {
        guard name != ".", name != ".." else { continue }
        listing.names.append(name)
        continue
      }
      let escaped = bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + hex($0) }.joined()
      let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
      guard !escaped.hasPrefix("."), isFolder || FrameworkFormat(path: escaped) != nil else {
        continue
      }
      listing.undecodableNames.append(escaped)
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
