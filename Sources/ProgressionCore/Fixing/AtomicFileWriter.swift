#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents atomically: writes a temporary file in the same folder, then
/// renames it over the original, so that an interrupted run never leaves a half-written file.
///
/// The new file gets the original's permission bits (and, where the system allows, its owner).
/// A symbolic link is followed: the file it points to is replaced, the link is kept. On any
/// failure the temporary file is removed and the original is left untouched.
public struct AtomicFileWriter: FileWriting {
  /// The temporary file's path for a file's path.
  public var temporaryPath: @Sendable (String) -> String

  /// Creates a writer.
  ///
  /// - Parameter temporaryPath: where to write before renaming, given the file's real path;
  ///   by default `.NAME.progression-PID.tmp` in the file's folder. It must be on the same file
  ///   system as the file, for the rename to be atomic.
  public init(temporaryPath: @escaping @Sendable (String) -> String = Self.defaultTemporaryPath) {
    self.temporaryPath = temporaryPath
  }

  /// `.NAME.progression-PID.tmp` beside the file: hidden, and unique to this process.
  public static func defaultTemporaryPath(for path: String) -> String {
    let name = FilePath.lastComponent(of: path)
    return FilePath.joined(FilePath.directory(of: path), ".\(name).progression-\(getpid()).tmp")
  }

  public func replaceContents(ofFileAt path: String, with bytes: [UInt8]) throws(FileWriteError) {
    let target = Self.resolvingLinks(path)
    var status = stat()
    guard stat(target, &status) == 0 else {
      throw FileWriteError(path: path, step: .inspect, errorNumber: errno)
    }
    let temporary = temporaryPath(target)
    let descriptor = try create(temporary, for: path)
    func fail(_ step: FileWriteError.Step, _ errorNumber: Int32) -> FileWriteError {
      unlink(temporary)
      return FileWriteError(path: path, step: step, errorNumber: errorNumber)
    }
    if let errorNumber = Self.writeAll(bytes, to: descriptor) {
      close(descriptor)
      throw fail(.write, errorNumber)
    }
    // The owner first: changing it may clear the set-user-ID bits that fchmod then restores.
    _ = fchown(descriptor, status.st_uid, status.st_gid)
    guard fchmod(descriptor, status.st_mode & 0o7777) == 0, fsync(descriptor) == 0 else {
      let errorNumber = errno
      close(descriptor)
      throw fail(.write, errorNumber)
    }
    guard close(descriptor) == 0 else { throw fail(.write, errno) }
    guard rename(temporary, target) == 0 else { throw fail(.replace, errno) }
  }

  /// Creates the temporary file, which must not exist yet: whatever is there (a file left by a
  /// killed run, a folder) is never overwritten, and the error names it.
  private func create(_ temporary: String, for path: String) throws(FileWriteError) -> Int32 {
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw FileWriteError(
        path: path,
        step: .createTemporaryFile(temporary),
        errorNumber: errno
      )
    }
    return descriptor
  }

  /// Writes every byte, retrying after interruptions and short writes; the error number on
  /// failure.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBytes { buffer -> Int32? in
      guard var pointer = buffer.baseAddress else { return nil }
      var remaining = buffer.count
      while remaining > 0 {
        let written = write(descriptor, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        pointer += written
        remaining -= written
      }
      return nil
    }
  }

  /// The real path of `path`, links resolved, or `path` itself when it cannot be resolved.
  private static func resolvingLinks(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
