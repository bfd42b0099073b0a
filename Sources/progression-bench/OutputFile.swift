#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file being written in chunks, so that a generated 50 MB input never sits in the benchmark's
/// memory (see `BenchRunner` for why the benchmark's own peak memory must stay small).
final class OutputFile {
  let path: String
  private let descriptor: Int32
  /// The `errno` of the first failed write, reported by `close()`.
  private var writeError: Int32 = 0

  /// Creates (or truncates) the file at `path`.
  init(creating path: String) throws(BenchError) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw BenchError("cannot create '\(path)': \(systemError())") }
    self.path = path
  }

  /// Appends `bytes` to the file, retrying short writes.
  func write(_ bytes: [UInt8]) {
    var written = 0
    while written < bytes.count && writeError == 0 {
      let count = bytes.withUnsafeBytes { buffer in
        writeBytes(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        writeError = errno
        return
      }
      written += count
    }
  }

  /// Closes the file; throws if any write failed.
  func close() throws(BenchError) {
    closeDescriptor(descriptor)
    guard writeError == 0 else {
      throw BenchError("cannot write '\(path)': \(String(cString: strerror(writeError)))")
    }
  }
}

// The C functions, under names that the methods above don't hide.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

private func closeDescriptor(_ descriptor: Int32) {
  close(descriptor)
}

/// The text for the current `errno`.
func systemError() -> String {
  String(cString: strerror(errno))
}
