#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh directory under `/tmp` for the generated inputs, removed with everything in it by
/// `remove()`.
final class TemporaryDirectory {
  /// The directory's absolute path.
  let path: String
  /// Files and folders created through this object, removed in reverse order.
  private var created: [(path: String, isDirectory: Bool)] = []

  init() throws(BenchError) {
    var template = Array("/tmp/progression-bench.XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) } != nil
    }
    guard made else { throw BenchError("cannot create a temporary directory: \(systemError())") }
    path = template.withUnsafeBufferPointer { buffer in
      String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }

  /// Creates a folder inside the directory and returns its path.
  @discardableResult
  func makeFolder(_ name: String) throws(BenchError) -> String {
    let folder = "\(path)/\(name)"
    guard mkdir(folder, 0o700) == 0 else {
      throw BenchError("cannot create '\(folder)': \(systemError())")
    }
    created.append((folder, true))
    return folder
  }

  /// Writes `bytes` to `name` (which may include a folder made by `makeFolder`) and returns the
  /// file's path.
  @discardableResult
  func write(_ bytes: [UInt8], to name: String) throws(BenchError) -> String {
    let file = "\(path)/\(name)"
    let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw BenchError("cannot create '\(file)': \(systemError())") }
    defer { close(descriptor) }
    created.append((file, false))
    guard writeAll(bytes, to: descriptor) else {
      throw BenchError("cannot write '\(file)': \(systemError())")
    }
    return file
  }

  /// Removes everything created here, then the directory itself.
  func remove() {
    for entry in created.reversed() {
      if entry.isDirectory { rmdir(entry.path) } else { unlink(entry.path) }
    }
    created.removeAll()
    rmdir(path)
  }
}

/// Writes all of `bytes`, retrying short writes; `false` on an error (see `errno`).
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
  var written = 0
  while written < bytes.count {
    let count = bytes.withUnsafeBytes { buffer in
      write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
    }
    if count < 0 && errno == EINTR { continue }
    guard count > 0 else { return false }
    written += count
  }
  return true
}

/// The text for the current `errno`.
func systemError() -> String {
  String(cString: strerror(errno))
}
