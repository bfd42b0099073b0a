#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a folder, by name as the file system stores it: bytes that need not be UTF-8.
package enum DirectoryEntries {
  /// Calls `body` with each entry of the folder at `path` but `.` and `..`, in the order the
  /// system lists them: the bytes of its name (valid only during the call), and whether it is
  /// known to be a folder (on file systems that say so while listing).
  ///
  /// - Throws: the error of opening the folder.
  package static func forEach(
    inFolder path: String,
    _ body: (_ name: UnsafeRawBufferPointer, _ isFolder: Bool) -> Void
  ) throws(Errno) {
    // `DIR *` is an opaque pointer on Glibc and Musl, a typed one on Darwin; both are inferred.
    guard let folder = opendir(path) else { throw .current }
    defer { closedir(folder) }
    while let entry = readdir(folder) {
      let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
      withUnsafeBytes(of: &entry.pointee.d_name) { tuple in
        let name = UnsafeRawBufferPointer(
          rebasing: tuple[..<(tuple.firstIndex(of: 0) ?? tuple.count)]
        )
        guard !isDotOrDotDot(name) else { return }
        body(name, isFolder)
      }
    }
  }

  /// Whether `name` is `.` or `..`.
  static func isDotOrDotDot(_ name: UnsafeRawBufferPointer) -> Bool {
    (name.count == 1 || name.count == 2) && name.allSatisfy { $0 == UInt8(ascii: ".") }
  }
}
