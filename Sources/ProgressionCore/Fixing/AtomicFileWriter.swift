import SystemInterface

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
    let processID = ProcessEnvironment.processID
    return FilePath.joined(FilePath.directory(of: path), ".\(name).progression-\(processID).tmp")
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
      func fail(_ step: FileWriteError.Step, _ error: Errno? = nil) -> FileWriteError {
        try? FileSystemCalls.removeFile(temporary)
        return FileWriteError(path: path, step: step, errorNumber: error?.rawValue ?? 0)
      }
      do throws(Errno) {
        try descriptor.writeAll(bytes)
        // The owner first: changing it may clear the set-user-ID bits that the permissions
        // then restore.
        try? descriptor.setOwner(status.owner, group: status.group)
        try descriptor.setPermissions(status.permissions)
        try descriptor.synchronize()
      } catch {
        try? descriptor.close()
        throw fail(.write, error)
      }
      do throws(Errno) {
        try descriptor.close()
      } catch {
        throw fail(.write, error)
      }
      guard Self.holds(original, target, like: status) else { throw fail(.changedSinceRead) }
      do throws(Errno) {
        try FileSystemCalls.rename(temporary, to: target)
      } catch {
        throw fail(.replace, error)
      }
    }
  }

  /// The real path of the file at `path` and its status, or the reason it is refused.
  private func inspect(_ path: String) throws(FileWriteError) -> (String, FileStatus) {
    let target: String
    do throws(Errno) {
      target = try FileSystemCalls.realPath(path)
    } catch {
      // A link to what has no path, as `/dev/stdin` on a pipe: say what it is.
      if let status = try? FileStatus(path: path), status.kind != .regularFile {
        throw FileWriteError(path: path, step: .notRegularFile(Self.describe(status.kind)))
      }
      throw FileWriteError(path: path, step: .inspect, errorNumber: error.rawValue)
    }
    let status: FileStatus
    do throws(Errno) {
      status = try FileStatus(linkAt: target)
    } catch {
      throw FileWriteError(path: path, step: .inspect, errorNumber: error.rawValue)
    }
    guard status.kind == .regularFile else {
      throw FileWriteError(path: path, step: .notRegularFile(Self.describe(status.kind)))
    }
    if status.linkCount > 1, !breaksHardLinks {
      throw FileWriteError(path: path, step: .hardLinked(status.linkCount))
    }
    return (target, status)
  }

  /// `a FIFO`, `a character device`, ...: what a path that is not a regular file is.
  static func describe(_ kind: FileStatus.Kind) -> String {
    switch kind {
    case .fifo: "a FIFO"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .directory: "a directory"
    case .socket: "a socket"
    case .regularFile, .symbolicLink, .other: "a special file"
    }
  }

  /// Whether the file at `target` is still the one inspected (same device and inode) and
  /// holds exactly `original`.
  private static func holds(
    _ original: [UInt8],
    _ target: String,
    like status: FileStatus
  ) -> Bool {
    guard let current = try? SourceFile(reading: target, sizeLimit: original.count),
      let now = try? FileStatus(linkAt: target)
    else { return false }
    return now.identity == status.identity && current.bytes == original
  }

  /// Creates the temporary file, which must not exist yet: whatever is there (a file left by a
  /// killed run, a folder) is never overwritten, and the error names it.
  private func create(
    _ temporary: String,
    for path: String
  ) throws(FileWriteError) -> FileDescriptor {
    do throws(Errno) {
      return try FileDescriptor.createNew(temporary, permissions: 0o600)
    } catch {
      throw FileWriteError(
        path: path,
        step: .createTemporaryFile(temporary),
        errorNumber: error.rawValue
      )
    }
  }
}
