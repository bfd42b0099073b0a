#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An error number of the C library (`errno`): why a system call failed.
package struct Errno: Error, Equatable, Sendable {
  /// The number, as `errno` holds it.
  package let rawValue: Int32

  /// The error numbered `rawValue`.
  package init(_ rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The error of the system call that failed last on this thread.
  package static var current: Errno { Errno(errno) }

  /// `ENOENT`: nothing is at the path.
  package static var noSuchFileOrDirectory: Errno { Errno(ENOENT) }
  /// `EISDIR`: a folder where a file was expected.
  package static var isADirectory: Errno { Errno(EISDIR) }
  /// `ENOTDIR`: a part of the path is not a folder.
  package static var notADirectory: Errno { Errno(ENOTDIR) }
  /// `EACCES`: permission denied.
  package static var permissionDenied: Errno { Errno(EACCES) }
  /// `EEXIST`: something is at the path already.
  package static var fileExists: Errno { Errno(EEXIST) }
  /// `EILSEQ`: an invalid byte sequence; the tool's error for a name that is not UTF-8.
  package static var illegalByteSequence: Errno { Errno(EILSEQ) }
  /// `EFBIG`: a file too large; the tool's error for an input larger than it reads.
  package static var fileTooLarge: Errno { Errno(EFBIG) }
  /// `EPIPE`: the reader of a pipe went away.
  package static var brokenPipe: Errno { Errno(EPIPE) }

  /// The C library's description, starting lowercase so that it reads on after a colon:
  /// `no space left on device`.
  package var message: String {
    guard let description = strerror(rawValue) else { return "unknown error" }
    let text = String(cString: description)
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
