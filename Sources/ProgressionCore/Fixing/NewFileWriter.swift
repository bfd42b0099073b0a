import SystemInterface

/// Writes a file that must not exist yet, as `checklist --output` does: whatever is at the path
/// (a checklist someone has been ticking for months) is never overwritten.
public enum NewFileWriter {
  /// Creates the file at `path` with `bytes`, readable as the umask allows.
  ///
  /// - Throws: `FileWriteError` with step `.alreadyExists` when something is at `path`, or
  ///   `.create` when the file cannot be created or written; a partly written file is removed.
  public static func create(_ path: String, with bytes: [UInt8]) throws(FileWriteError) {
    let descriptor: FileDescriptor
    do throws(Errno) {
      descriptor = try FileDescriptor.createNew(path, permissions: 0o666)
    } catch {
      if error == .fileExists { try refuseIfNotRegular(path) }
      throw FileWriteError(
        path: path,
        step: error == .fileExists ? .alreadyExists : .create,
        errorNumber: error.rawValue
      )
    }
    var failure: Errno?
    do throws(Errno) {
      try descriptor.writeAll(bytes)
    } catch {
      failure = error
    }
    do throws(Errno) {
      try descriptor.close()
    } catch {
      failure = failure ?? error
    }
    if let failure {
      try? FileSystemCalls.removeFile(path)
      throw FileWriteError(path: path, step: .create, errorNumber: failure.rawValue)
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
    guard let first = try? FileStatus(path: path), let second = try? FileStatus(path: other)
    else { return false }
    return first.identity == second.identity
  }

  private static func exists(_ path: String) -> Bool {
    (try? FileStatus(path: path)) != nil
  }

  /// Throws `.notRegularFile` when something other than a regular file is at `path`.
  private static func refuseIfNotRegular(_ path: String) throws(FileWriteError) {
    guard let status = try? FileStatus(path: path), status.kind != .regularFile else { return }
    throw FileWriteError(
      path: path,
      step: .notRegularFile(AtomicFileWriter.describe(status.kind))
    )
  }
}
