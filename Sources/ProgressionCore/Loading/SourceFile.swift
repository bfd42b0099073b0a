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

  private static func readAll(
    _ descriptor: Int32,
    path: String,
    sizeHint: Int
  ) throws(SourceFileError) -> [UInt8] {
    var bytes: [UInt8] = []
    var capacity = max(sizeHint + 1, 64 * 1024)
    while true {
      let start = bytes.count
      bytes.reserveCapacity(start + capacity)
      var readError: Int32 = 0
      var count = 0
      bytes.append(contentsOf: repeatElement(0, count: capacity))
      bytes.withUnsafeMutableBytes { buffer in
        count = read(descriptor, buffer.baseAddress.map { $0 + start }, capacity)
        if count < 0 { readError = errno }
      }
      if count < 0 {
        if readError == EINTR {
          bytes.removeLast(capacity)
          continue
        }
        throw SourceFileError(path: path, errorNumber: readError)
      }
      bytes.removeLast(capacity - count)
      if count == 0 { return bytes }
      capacity = max(capacity, bytes.count)
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
    default: "cannot read '\(path)': \(Self.lowercasingFirstLetter(of: strerror(errorNumber)))"
    }
  }

  public var description: String { message }

  /// The C library's description of an error, starting lowercase so that it reads on.
  private static func lowercasingFirstLetter(of description: UnsafeMutablePointer<CChar>?) -> String
  {
    guard let description else { return "unknown error" }
    let text = String(cString: description)
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
