#if canImport(Glibc)
import Glibc
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

  private static func fileType(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT
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
    guard let directory = opendir(path) else {
      throw SourceFileError(path: displayPath, errorNumber: errno)
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee))
        {
          String(validatingCString: $0)
        }
      }
      guard let name, name != ".", name != ".." else { continue }
      names.append(name)
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
