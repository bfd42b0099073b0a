#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes a temporary file when SIGTERM, SIGINT or SIGHUP ends the process while it exists,
/// so that an interrupted `--fix` leaves no `.NAME.progression-PID.tmp` behind.
///
/// While the file exists, a handler for the three signals removes it and then ends the process
/// by the same signal, as it would have ended without the handler. The signals are blocked
/// while the file is created and its name recorded, so that none falls in between, and are
/// unblocked for the rest (even when the parent blocked them: one sent meanwhile then arrives
/// at once and cleans up). A signal ignored on entry, as under `nohup`, stays ignored. The
/// previous handlers and signal mask are restored afterwards. One temporary file at a time per
/// process: concurrent callers (in-process tests) take turns.
package enum TemporaryFileCleanup {
  /// The signals that end a process and that a program is expected to clean up after.
  static let signals = [SIGTERM, SIGINT, SIGHUP]

  /// Creates a temporary file with `create`, which returns its open descriptor, then runs
  /// `body` with it; the file at `path` is removed if one of the signals arrives in between.
  ///
  /// `body` must leave nothing at `path` when it returns or throws (it renames or removes the
  /// file): the handler is gone by then.
  package static func whileCreated<Failure: Error>(
    at path: String,
    create: () throws(Failure) -> FileDescriptor,
    _ body: (FileDescriptor) throws(Failure) -> Void
  ) throws(Failure) {
    try lock.withLock { () throws(Failure) in
      var blocked = sigset_t()
      sigemptyset(&blocked)
      for number in signals { sigaddset(&blocked, number) }
      var previousMask = sigset_t()
      pthread_sigmask(SIG_BLOCK, &blocked, &previousMask)
      let previousHandlers = signals.map { signal($0, removeAndEnd) }
      let name = strdup(path)
      defer {
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        pending = nil
        free(name)
        for (number, handler) in zip(signals, previousHandlers) { _ = signal(number, handler) }
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
      }
      for (number, handler) in zip(signals, previousHandlers) where isIgnore(handler) {
        _ = signal(number, SIG_IGN)
      }
      let descriptor = try create()
      pending = name
      pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
      try body(descriptor)
    }
  }

  /// The temporary file to remove on a signal, as a C string; `nil` when there is none.
  ///
  /// The one mutable global of the tool: a signal handler is a C function that receives only
  /// the signal's number, so what it must remove can only be left where it finds it. It is
  /// written only under `lock` with the signals blocked, and read only by the handler.
  nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

  /// Serializes callers, since signal handlers belong to the whole process.
  private static let lock = Lock()

  /// Whether `handler` is `SIG_IGN`. (The handler's type is spelled out: Glibc calls it
  /// `sighandler_t`, Darwin `sig_t`.)
  private static func isIgnore(_ handler: (@convention(c) (Int32) -> Void)?) -> Bool {
    unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// The handler: removes the pending file (`unlink` is async-signal-safe), then ends the
  /// process with the signal's default action.
  private static let removeAndEnd: @convention(c) (Int32) -> Void = { signalNumber in
    if let path = TemporaryFileCleanup.pending { unlink(path) }
    _ = signal(signalNumber, SIG_DFL)
    _ = raise(signalNumber)
  }
}
