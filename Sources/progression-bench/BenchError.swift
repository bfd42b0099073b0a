#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure that stops the benchmark, with a message for standard error.
struct BenchError: Error, CustomStringConvertible {
  var message: String

  init(_ message: String) {
    self.message = message
  }

  var description: String { message }
}

/// Writes `text` to standard error, unbuffered.
func printToStandardError(_ text: String) {
  var bytes = Array(text.utf8)
  var written = 0
  while written < bytes.count {
    let count = bytes.withUnsafeMutableBytes { buffer in
      write(STDERR_FILENO, buffer.baseAddress.map { $0 + written }, buffer.count - written)
    }
    guard count > 0 else { return }
    written += count
  }
}
