#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The calls that act on files and folders by path: rename, remove, create folders, resolve
/// links.
package enum FileSystemCalls {
  /// Renames `source` to `destination`, replacing a file or an empty folder there (atomically,
  /// on one file system).
  package static func rename(_ source: String, to destination: String) throws(Errno) {
    guard systemRename(source, destination) == 0 else { throw .current }
  }

  /// Removes the name `path` of a file (a symbolic link itself, not what it points to).
  package static func removeFile(_ path: String) throws(Errno) {
    guard unlink(path) == 0 else { throw .current }
  }

  /// Creates a folder at `path` with `permissions` (such as `0o755`) less the umask.
  package static func makeFolder(_ path: String, permissions: UInt32) throws(Errno) {
    guard mkdir(path, mode_t(permissions)) == 0 else { throw .current }
  }

  /// Creates a new, empty folder named `prefix` followed by six random characters, readable
  /// by its owner only, and returns its path.
  package static func makeUniqueFolder(prefix: String) throws(Errno) -> String {
    var template = Array((prefix + "XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
    guard let made else { throw .current }
    return made
  }

  /// Removes the empty folder at `path`.
  package static func removeFolder(_ path: String) throws(Errno) {
    guard rmdir(path) == 0 else { throw .current }
  }

  /// Sets the permission bits of what `path` names.
  package static func setPermissions(_ path: String, _ permissions: UInt32) throws(Errno) {
    guard chmod(path, mode_t(truncatingIfNeeded: permissions)) == 0 else { throw .current }
  }

  /// The absolute path of `path` with every symbolic link, `.` and `..` resolved.
  ///
  /// - Throws: when a part of the path does not exist or cannot be searched.
  package static func realPath(_ path: String) throws(Errno) -> String {
    guard let resolved = realpath(path, nil) else { throw .current }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether the file at `path` may be run by this process.
  package static func isExecutable(_ path: String) -> Bool {
    access(path, X_OK) == 0
  }

  /// Deletes the folder at `path` and everything in it, without following symbolic links and
  /// by names relative to each folder (so names that are not UTF-8 go too); a file or link at
  /// `path` is removed alone. What cannot be deleted is left.
  package static func removeTree(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      unlink(path)
      return
    }
    removeContents(ofFolder: descriptor)
    rmdir(path)
  }

  /// Deletes everything in the open folder `descriptor`, and closes it.
  private static func removeContents(ofFolder descriptor: Int32) {
    guard let folder = fdopendir(descriptor) else {
      close(descriptor)
      return
    }
    defer { closedir(folder) }
    while let entry = readdir(folder) {
      withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee))
        { name in
          if strcmp(name, ".") == 0 || strcmp(name, "..") == 0 { return }
          var status = stat()
          guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return }
          if FileStatus.kind(of: status.st_mode) == .directory {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { removeContents(ofFolder: child) }
            unlinkat(descriptor, name, AT_REMOVEDIR)
          } else {
            unlinkat(descriptor, name, 0)
          }
        }
      }
    }
  }
}

/// `rename(2)`, under a name `FileSystemCalls.rename` does not hide.
private func systemRename(_ source: String, _ destination: String) -> Int32 {
  rename(source, destination)
}
