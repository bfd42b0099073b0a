#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file that must not exist yet, as `checklist --output` does: whatever is at the path
/// (a checklist someone has been ticking for months) is never overwritten.
public enum NewFileWriter {
  /// Creates the file at `path` with `bytes`, readable as the umask allows.
  ///
  /// - Throws: `FileWriteError` with step `.alreadyExists` when something is at `path`, or
  ///   `.create` when the file cannot be created or written; a partly written file is removed.
  public static func create(_ path: String, with bytes: [UInt8]) throws(FileWriteError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let number = errno
      if number == EEXIST { try refuseIfNotRegular(path) }
      throw FileWriteError(
        path: path,
        step: number == EEXIST ? .alreadyExists : .create,
        errorNumber: number
      )
    }
    var failure = AtomicFileWriter.writeAll(bytes, to: descriptor)
    if close(descriptor) != 0, failure == nil { failure = errno }
    if let failure {
      unlink(path)
      throw FileWriteError(path: path, step: .create, errorNumber: failure)
    }
  }

  /// Creates the file at `path` with `bytes` or, when `replacing`, replaces a regular file
  /// there (atomically, as `validate --fix` writes).
  ///
  /// - Throws: `FileWriteError` with step `.notRegularFile` when a folder, device, FIFO or
  ///   socket is at `path` (never opened, so a pipe cannot block), else as `create` and
  ///   `AtomicFileWriter.replaceContents` throw.
  public static func write(
    _ path: String,
    with bytes: [UInt8],
    replacing: Bool
  ) throws(FileWriteError) {
    guard replacing, exists(path) else { return try create(path, with: bytes) }
    try refuseIfNotRegular(path)
    let existing: SourceFile
    do {
      existing = try SourceFile(reading: path)
    } catch {
      throw FileWriteError(path: path, step: .inspect, errorNumber: error.errorNumber)
    }
    try AtomicFileWriter().replaceContents(ofFileAt: path, with: bytes, replacing: existing.bytes)
  }

  /// Whether `path` and `other` name the same file (the same device and inode).
  public static func isSameFile(_ path: String, as other: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(path, &first) == 0, stat(other, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }

  private static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
  }

  /// Throws `.notRegularFile` when something other than a regular file is at `path`.
  private static func refuseIfNotRegular(_ path: String) throws(FileWriteError) {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG else { return }
    throw FileWriteError(
      path: path,
      step: .notRegularFile(AtomicFileWriter.kind(of: status.st_mode))
    )
  }
}
