#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals the tool chooses to ignore.
package enum Signals {
  /// Ignores `SIGPIPE`, so that writing to a pipe whose reader went away fails with
  /// `Errno.brokenPipe` instead of ending the process.
  package static func ignoreBrokenPipe() {
    _ = signal(SIGPIPE, SIG_IGN)
  }

  /// Ignores `SIGINT` (Control-C), which a pager running in the foreground handles itself.
  package static func ignoreInterrupt() {
    _ = signal(SIGINT, SIG_IGN)
  }
}
