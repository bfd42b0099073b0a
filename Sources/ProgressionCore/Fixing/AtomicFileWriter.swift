#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents atomically: writes a temporary file in the same folder, then
/// renames it over the original, so that an interrupted run never leaves a half-written file.
///
/// The new file gets the original's permission bits (and, where the system allows, its owner).
/// A symbolic link is followed: the file it points to is replaced, the link is kept. On any
/// failure the temporary file is removed and the original is left untouched; so it is when
/// SIGTERM, SIGINT or SIGHUP ends the process during the write (`TemporaryFileCleanup`).
///
/// Refused, and left as they are:
/// - a path whose links cannot be resolved (`/dev/stdin` on a pipe), and anything that is not
///   a regular file (a FIFO, a device), which renaming would replace by a regular file;
/// - a file with several hard links, unless `breaksHardLinks`: the other names would keep the
///   old contents;
/// - a file that no longer holds the bytes it was read with, checked just before the rename,
///   so that a change made meanwhile is not lost. (A change in the instant between that check
///   and the rename cannot be seen without locks, which editors do not take.)
public struct AtomicFileWriter: FileWriting {
  /// The temporary file's path for a file's path.
  public var temporaryPath: @Sendable (String) -> String
  /// Whether a file with several hard links is replaced anyway: this name gets the new
  /// contents, the other names keep the old ones.
  public var breaksHardLinks: Bool

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - temporaryPath: where to write before renaming, given the file's real path; by default
  ///     `.NAME.progression-PID.tmp` in the file's folder. It must be on the same file system
  ///     as the file, for the rename to be atomic.
  ///   - breaksHardLinks: whether to replace a file that has several hard links.
  public init(
    temporaryPath: @escaping @Sendable (String) -> String = Self.defaultTemporaryPath,
    breaksHardLinks: Bool = false
  ) {
    self.temporaryPath = temporaryPath
    self.breaksHardLinks = breaksHardLinks
  }

  /// `.NAME.progression-PID.tmp` beside the file: hidden, and unique to this process.
  public static func defaultTemporaryPath(for path: String) -> String {
    let name = FilePath.lastComponent(of: path)
    return FilePath.joined(FilePath.directory(of: path), ".\(name).progression-\(getpid()).tmp")
  }

  public func replaceContents(
    ofFileAt path: String,
    with bytes: [UInt8],
    replacing original: [UInt8]
  ) throws(FileWriteError) {
    let (target, status) = try inspect(path)
    let temporary = temporaryPath(target)
    try TemporaryFileCleanup.whileCreated(at: temporary) { () throws(FileWriteError) in
      try create(temporary, for: path)
    } _: { descriptor throws(FileWriteError) in
      func fail(_ step: FileWriteError.Step, _ errorNumber: Int32 = 0) -> FileWriteError {
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
      guard Self.holds(original, target, like: status) else { throw fail(.changedSinceRead) }
      guard rename(temporary, target) == 0 else { throw fail(.replace, errno) }
    }
  }

  /// The real path of the file at `path` and its status, or the reason it is refused.
  private func inspect(_ path: String) throws(FileWriteError) -> (String, stat) {
    guard let resolved = realpath(path, nil) else {
      let errorNumber = errno
      // A link to what has no path, as `/dev/stdin` on a pipe: say what it is.
      var status = stat()
      if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
        throw FileWriteError(path: path, step: .notRegularFile(Self.kind(of: status.st_mode)))
      }
      throw FileWriteError(path: path, step: .inspect, errorNumber: errorNumber)
    }
    let target = String(cString: resolved)
    free(resolved)
    var status = stat()
    guard lstat(target, &status) == 0 else {
      throw FileWriteError(path: path, step: .inspect, errorNumber: errno)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw FileWriteError(path: path, step: .notRegularFile(Self.kind(of: status.st_mode)))
    }
    if status.st_nlink > 1, !breaksHardLinks {
      throw FileWriteError(path: path, step: .hardLinked(Int(status.st_nlink)))
    }
    return (target, status)
  }

  /// `a FIFO`, `a character device`, ...: what a path that is not a regular file is.
  static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFDIR: "a directory"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  /// Whether the file at `target` is still the one inspected (same device and inode) and
  /// holds exactly `original`.
  private static func holds(_ original: [UInt8], _ target: String, like status: stat) -> Bool {
    guard let current = try? SourceFile(reading: target, sizeLimit: original.count) else {
      return false
    }
    var now = stat()
    guard lstat(target, &now) == 0 else { return false }
    return now.st_dev == status.st_dev && now.st_ino == status.st_ino
      && current.bytes == original
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
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
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
}
