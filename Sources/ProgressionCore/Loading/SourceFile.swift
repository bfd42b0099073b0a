import YAMLSubset

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file (or of standard input) and the name to show for it in messages.
public struct SourceFile: Hashable, Sendable {
  /// The path as the user wrote it, or `<stdin>` for standard input; shown in messages.
  public var path: String
  /// The file's bytes, unchanged.
  public var bytes: [UInt8]

  /// Creates a source file from a display path and its bytes.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// The display name for standard input.
  public static let standardInputPath = "<stdin>"

  /// Reads the whole file at `path`.
  ///
  /// - Throws: `SourceFileError` when the file does not exist, is a directory, or cannot be read.
  public init(reading path: String) throws(SourceFileError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw SourceFileError(path: path, errorNumber: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw SourceFileError(path: path, errorNumber: errno)
    }
    guard (status.st_mode & S_IFMT) != S_IFDIR else {
      throw SourceFileError(path: path, errorNumber: EISDIR)
    }
    self.path = path
    self.bytes = try Self.readAll(descriptor, path: path, sizeHint: Int(status.st_size))
  }

  /// Reads standard input to its end.
  public static func readStandardInput() throws(SourceFileError) -> SourceFile {
    SourceFile(
      path: standardInputPath,
      bytes: try readAll(STDIN_FILENO, path: standardInputPath, sizeHint: 0)
    )
  }

  /// Reads `descriptor` to its end into one buffer sized from `sizeHint`, so a regular file is
  /// read without copying or zero-filling; a stream (standard input) grows the buffer by doubling.
  private static func readAll(
    _ descriptor: Int32,
    path: String,
    sizeHint: Int
  ) throws(SourceFileError) -> [UInt8] {
    var bytes: [UInt8] = []
    var capacity = sizeHint + 64 * 1024
    while true {
      let previous = bytes
      var failure: Int32 = 0
      var reachedEnd = false
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        guard let base = buffer.baseAddress else { return }
        HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
        previous.withUnsafeBufferPointer { old in
          if let oldBase = old.baseAddress { base.initialize(from: oldBase, count: old.count) }
        }
        count = previous.count
        while count < capacity {
          let result = read(descriptor, base + count, capacity - count)
          if result > 0 {
            count += result
          } else if result == 0 {
            reachedEnd = true
            return
          } else if errno != EINTR {
            failure = errno
            return
          }
        }
      }
      if failure != 0 { throw SourceFileError(path: path, errorNumber: failure) }
      if reachedEnd { return bytes }
      capacity *= 2
    }
  }
}

/// A file that could not be read.
public struct SourceFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path as the user wrote it.
  public var path: String
  /// The system's error number (`errno`), such as `ENOENT`.
  public var errorNumber: Int32

  /// Creates an error for `path` from an `errno` value.
  public init(path: String, errorNumber: Int32) {
    self.path = path
    self.errorNumber = errorNumber
  }

  /// What went wrong, in words: "no such file or directory", "is a directory", ...
  public var message: String {
    switch errorNumber {
    case ENOENT: "cannot read '\(path)': no such file or directory"
    case EISDIR: "cannot read '\(path)': it is a directory, not a file"
    case EACCES: "cannot read '\(path)': permission denied"
    case ENOTDIR: "cannot read '\(path)': a part of the path is not a directory"
    default: "cannot read '\(path)': \(SystemError.describe(errorNumber))"
    }
  }

  public var description: String { message }
}
