import SystemInterface
import YAMLSubset

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

  /// The most bytes an input may have: 256 MiB, a thousand times the largest real framework,
  /// or the number of bytes in the environment variable `PROGRESSION_MAX_INPUT_BYTES`.
  ///
  /// A larger input is refused before memory is spent on it: a regular file by its size, a
  /// stream (standard input, `/dev/zero`) once it has sent one byte more than this.
  public static let maximumSize: Int = {
    let defaultSize = 256 * 1024 * 1024
    guard let text = ProcessEnvironment.variable(maximumSizeVariable) else { return defaultSize }
    return Int(text).flatMap { $0 > 0 ? $0 : nil } ?? defaultSize
  }()

  /// The environment variable that sets `maximumSize`.
  public static let maximumSizeVariable = "PROGRESSION_MAX_INPUT_BYTES"

  /// Reads the whole file at `path`.
  ///
  /// - Parameter sizeLimit: the most bytes to read; a larger file is refused unread.
  /// - Throws: `SourceFileError` when the file does not exist, is a directory, cannot be read,
  ///   or is larger than `sizeLimit`.
  public init(reading path: String, sizeLimit: Int = maximumSize) throws(SourceFileError) {
    let descriptor: FileDescriptor
    let status: FileStatus
    do throws(Errno) {
      descriptor = try FileDescriptor.openForReading(path)
    } catch {
      throw SourceFileError(path: path, errno: error)
    }
    defer { try? descriptor.close() }
    do throws(Errno) {
      status = try descriptor.status()
    } catch {
      throw SourceFileError(path: path, errno: error)
    }
    guard status.kind != .directory else {
      throw SourceFileError(path: path, errno: .isADirectory)
    }
    let size = status.size
    guard size <= sizeLimit else { throw SourceFileError(path: path, sizeLimit: sizeLimit) }
    self.path = path
    self.bytes = try Self.readAll(descriptor, path: path, sizeHint: size, sizeLimit: sizeLimit)
  }

  /// Reads standard input to its end.
  ///
  /// - Parameter sizeLimit: the most bytes to read; more is refused.
  public static func readStandardInput(
    sizeLimit: Int = maximumSize
  ) throws(SourceFileError) -> SourceFile {
    SourceFile(
      path: standardInputPath,
      bytes: try readAll(
        .standardInput,
        path: standardInputPath,
        sizeHint: 0,
        sizeLimit: sizeLimit
      )
    )
  }

  /// Reads `descriptor` to its end into one buffer sized from `sizeHint`, so a regular file is
  /// read without copying or zero-filling; a stream (standard input) grows the buffer by doubling.
  ///
  /// The buffer never grows past `sizeLimit + 1` bytes: filling it means the input is too large.
  private static func readAll(
    _ descriptor: FileDescriptor,
    path: String,
    sizeHint: Int,
    sizeLimit: Int
  ) throws(SourceFileError) -> [UInt8] {
    var bytes: [UInt8] = []
    let ceiling = sizeLimit < Int.max ? sizeLimit + 1 : sizeLimit
    var capacity = min(sizeHint + 64 * 1024, ceiling)
    while true {
      let previous = bytes
      var failure: Errno?
      var reachedEnd = false
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        guard let base = buffer.baseAddress else { return }
        HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
        previous.withUnsafeBufferPointer { old in
          if let oldBase = old.baseAddress { base.initialize(from: oldBase, count: old.count) }
        }
        count = previous.count
        while count < capacity {
          let unread = UnsafeMutableRawBufferPointer(start: base + count, count: capacity - count)
          do throws(Errno) {
            let received = try descriptor.read(into: unread)
            guard received > 0 else {
              reachedEnd = true
              return
            }
            count += received
          } catch {
            failure = error
            return
          }
        }
      }
      if let failure { throw SourceFileError(path: path, errno: failure) }
      if reachedEnd { return bytes }
      guard capacity < ceiling else { throw SourceFileError(path: path, sizeLimit: sizeLimit) }
      capacity = capacity > ceiling / 2 ? ceiling : capacity * 2
    }
  }
}

/// A file that could not be read.
public struct SourceFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path as the user wrote it.
  public var path: String
  /// The system's error number (`errno`), such as `ENOENT`; `EFBIG` for an input larger than
  /// `sizeLimit`.
  public var errorNumber: Int32
  /// The size an input was refused for exceeding, in bytes (see `SourceFile.maximumSize`).
  public var sizeLimit: Int?

  /// Creates an error for `path` from an `errno` value.
  public init(path: String, errorNumber: Int32) {
    self.path = path
    self.errorNumber = errorNumber
  }

  /// Creates an error for `path` from the layer's error number.
  package init(path: String, errno: Errno) {
    self.init(path: path, errorNumber: errno.rawValue)
  }

  /// Creates the error for an input larger than `sizeLimit` bytes.
  public init(path: String, sizeLimit: Int) {
    self.init(path: path, errno: .fileTooLarge)
    self.sizeLimit = sizeLimit
  }

  /// What went wrong, in words: "no such file or directory", "is a directory", ...
  public var message: String {
    if let sizeLimit {
      return "cannot read '\(path)': it is larger than \(Self.describeSize(sizeLimit)), the most "
        + "an input may be; set \(SourceFile.maximumSizeVariable) to a larger number of bytes to "
        + "read it"
    }
    return switch Errno(errorNumber) {
    case .noSuchFileOrDirectory: "cannot read '\(path)': no such file or directory"
    case .isADirectory: "cannot read '\(path)': it is a directory, not a file"
    case .permissionDenied: "cannot read '\(path)': permission denied"
    case .notADirectory: "cannot read '\(path)': a part of the path is not a directory"
    case .illegalByteSequence: "cannot read '\(path)': its name is not valid UTF-8; rename it"
    case let other: "cannot read '\(path)': \(other.message)"
    }
  }

  /// `256 MiB` for a whole number of mebibytes, else `1000 bytes`.
  private static func describeSize(_ bytes: Int) -> String {
    let mebibyte = 1024 * 1024
    return bytes % mebibyte == 0 ? "\(bytes / mebibyte) MiB" : "\(bytes) bytes"
  }

  public var description: String { message }
}
