#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or standard error of the process, written with `write(2)`, remembering how
/// writing ended so that the tool can report a failed write and exit accordingly.
///
/// A reader that went away (`EPIPE`, as after `| head`) ends the writing quietly: it is
/// `closed`, not `failed`. Any other error (`ENOSPC` on `/dev/full`, `EIO`) is remembered in
/// `failure`; nothing more is written after either. Used from the main thread only, hence
/// `@unchecked Sendable`: the streamed standard output must be a `@Sendable` closure.
final class ProcessOutputStream: @unchecked Sendable {
  /// The file descriptor written to.
  let descriptor: Int32
  /// Whether the reader went away.
  private(set) var isClosed = false
  /// The error number of the first failed write other than `EPIPE`, if any.
  private(set) var failure: Int32?

  /// A stream writing to `descriptor`.
  init(_ descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Writes every byte, retrying after interruptions, short writes and a full non-blocking
  /// descriptor; does nothing once closed or failed.
  func write(_ buffer: UnsafeRawBufferPointer) {
    guard !isClosed, failure == nil, var pointer = buffer.baseAddress else { return }
    var remaining = buffer.count
    while remaining > 0 {
      let written = systemWrite(descriptor, pointer, remaining)
      if written < 0 {
        switch errno {
        case EINTR: continue
        case EAGAIN: waitUntilWritable()
        case EPIPE:
          isClosed = true
          return
        default:
          failure = errno
          return
        }
        continue
      }
      pointer += written
      remaining -= written
    }
  }

  /// Writes every byte of `bytes`.
  func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { write($0) }
  }

  /// Waits for a non-blocking descriptor to accept more bytes.
  private func waitUntilWritable() {
    var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
    _ = poll(&request, 1, -1)
  }
}

/// `write(2)`, under a name the stream's own `write` methods do not hide.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, pointer, count)
}
