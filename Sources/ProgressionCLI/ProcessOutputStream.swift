import SystemInterface

/// Standard output or standard error of the process, written with `write(2)`, remembering how
/// writing ended so that the tool can report a failed write and exit accordingly.
///
/// A reader that went away (`EPIPE`, as after `| head`) ends the writing quietly: it is
/// `closed`, not `failed`. Any other error (`ENOSPC` on `/dev/full`, `EIO`) is remembered in
/// `failure`; nothing more is written after either. Used from the main thread only, hence
/// `@unchecked Sendable`: the streamed standard output must be a `@Sendable` closure.
final class ProcessOutputStream: @unchecked Sendable {
  /// The file descriptor written to.
  let descriptor: FileDescriptor
  /// Whether the reader went away.
  private(set) var isClosed = false
  /// The first failed write other than `EPIPE`, if any.
  private(set) var failure: Errno?

  /// A stream writing to `descriptor`.
  init(_ descriptor: FileDescriptor) {
    self.descriptor = descriptor
  }

  /// Writes every byte, retrying after interruptions, short writes and a full non-blocking
  /// descriptor; does nothing once closed or failed.
  func write(_ buffer: UnsafeRawBufferPointer) {
    guard !isClosed, failure == nil else { return }
    do throws(Errno) {
      try descriptor.writeAll(buffer)
    } catch .brokenPipe {
      isClosed = true
    } catch {
      failure = error
    }
  }

  /// Writes every byte of `bytes`.
  func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { write($0) }
  }
}
