#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
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

  /// Creates the file `name` (which may include a folder made by `makeFolder`) for writing.
  func createFile(_ name: String) throws(BenchError) -> OutputFile {
    let file = "\(path)/\(name)"
    let output = try OutputFile(creating: file)
    created.append((file, false))
    return output
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
