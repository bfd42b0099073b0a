#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file that must not exist yet, as `checklist --output` does: whatever is at the path
/// (a checklist someone has been ticking for months) is never overwritten.
public enum NewFileWriter {
  /// Creates the file at `path` with `bytes`, readable as the umask allows.
  ///
  /// - Throws: `FileWriteError` with step `.alreadyExists` when something is at `path`, or
  ///   `.create` when the file cannot be created or written; a partly written file is removed.
  public static func create(_ path: String, with bytes: [UInt8]) throws(FileWriteError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let number = errno
      throw FileWriteError(
        path: path,
        step: number == EEXIST ? .alreadyExists : .create,
        errorNumber: number
      )
    }
    var failure = AtomicFileWriter.writeAll(bytes, to: descriptor)
    if close(descriptor) != 0, failure == nil { failure = errno }
    if let failure {
      unlink(path)
      throw FileWriteError(path: path, step: .create, errorNumber: failure)
    }
  }
}
