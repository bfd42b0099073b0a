#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file, by the number the system knows it by, with the few calls the tool makes on it.
///
/// Each call is the system call and nothing more, except that reads and writes are retried when
/// a signal interrupts them; nothing is buffered or copied.
package struct FileDescriptor: Sendable {
  /// The descriptor's number.
  package let rawValue: Int32

  /// The open file numbered `rawValue`.
  package init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The process's standard input.
  package static var standardInput: FileDescriptor { FileDescriptor(rawValue: STDIN_FILENO) }
  /// The process's standard output.
  package static var standardOutput: FileDescriptor { FileDescriptor(rawValue: STDOUT_FILENO) }
  /// The process's standard error.
  package static var standardError: FileDescriptor { FileDescriptor(rawValue: STDERR_FILENO) }

  /// Opens the file at `path` for reading.
  package static func openForReading(_ path: String) throws(Errno) -> FileDescriptor {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .current }
    return FileDescriptor(rawValue: descriptor)
  }

  /// Creates a file at `path`, where nothing may be yet, and opens it for writing; it gets
  /// `permissions` (such as `0o644`) less what the umask removes. The descriptor is closed in
  /// processes this one starts.
  ///
  /// - Throws: `.fileExists` when something is at `path`, whatever it is.
  package static func createNew(
    _ path: String,
    permissions: UInt32
  ) throws(Errno) -> FileDescriptor {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions))
    guard descriptor >= 0 else { throw .current }
    return FileDescriptor(rawValue: descriptor)
  }

  /// Reads at most `buffer.count` bytes into `buffer`, retrying when a signal interrupts.
  ///
  /// - Returns: how many bytes were read; 0 at the end of the file.
  package func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
    while true {
      let count = systemRead(rawValue, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      guard errno == EINTR else { throw .current }
    }
  }

  /// Writes every byte of `buffer`, retrying after interruptions and short writes, and waiting
  /// while a non-blocking descriptor is full.
  ///
  /// - Throws: the error of the write that failed, such as `.brokenPipe`; some bytes may have
  ///   been written before it.
  package func writeAll(_ buffer: UnsafeRawBufferPointer) throws(Errno) {
    guard var pointer = buffer.baseAddress else { return }
    var remaining = buffer.count
    while remaining > 0 {
      let written = systemWrite(rawValue, pointer, remaining)
      if written < 0 {
        switch errno {
        case EINTR: continue
        case EAGAIN: waitUntilWritable()
        default: throw .current
        }
        continue
      }
      pointer += written
      remaining -= written
    }
  }

  /// Writes every byte of `bytes`, as `writeAll(_:)` writes a buffer.
  package func writeAll(_ bytes: [UInt8]) throws(Errno) {
    var failure: Errno?
    bytes.withUnsafeBytes { buffer in
      do throws(Errno) {
        try writeAll(buffer)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// Waits for a non-blocking descriptor to accept more bytes.
  private func waitUntilWritable() {
    var request = pollfd(fd: rawValue, events: Int16(POLLOUT), revents: 0)
    _ = poll(&request, 1, -1)
  }

  /// Closes the descriptor; it may not be used again, even when closing fails.
  ///
  /// - Throws: the error a delayed write reported on closing, such as `ENOSPC`.
  package func close() throws(Errno) {
    guard systemClose(rawValue) == 0 else { throw .current }
  }

  /// The status of the open file.
  package func status() throws(Errno) -> FileStatus {
    var status = stat()
    guard fstat(rawValue, &status) == 0 else { throw .current }
    return FileStatus(status)
  }

  /// Gives the file to `owner` and `group`, as far as the process may.
  package func setOwner(_ owner: UInt32, group: UInt32) throws(Errno) {
    guard fchown(rawValue, uid_t(owner), gid_t(group)) == 0 else { throw .current }
  }

  /// Sets the file's permission bits (the lowest twelve bits of `permissions`).
  package func setPermissions(_ permissions: UInt32) throws(Errno) {
    guard fchmod(rawValue, mode_t(truncatingIfNeeded: permissions & 0o7777)) == 0 else {
      throw .current
    }
  }

  /// Waits until the file's contents are on the disk.
  package func synchronize() throws(Errno) {
    guard fsync(rawValue) == 0 else { throw .current }
  }

  /// Whether the descriptor is a terminal.
  package var isTerminal: Bool { isatty(rawValue) == 1 }
}

/// `read(2)`, `write(2)` and `close(2)`, under names the descriptor's own methods do not hide.
private func systemRead(
  _ descriptor: Int32,
  _ buffer: UnsafeMutableRawPointer?,
  _ count: Int
) -> Int {
  read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
