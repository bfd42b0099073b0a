import SystemInterface

/// A file that could not be rewritten, or was refused, and was left as it was.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The step that failed, or the check that refused the file.
  public enum Step: Hashable, Sendable {
    /// Finding the file and its permissions, or resolving its symbolic links.
    case inspect
    /// The path is not a regular file: a FIFO, a device, a folder or a socket, named here.
    case notRegularFile(String)
    /// The file has this many hard links: replacing it would leave the other names with the
    /// old contents.
    case hardLinked(Int)
    /// The file no longer holds the bytes it was read with: someone changed it since.
    case changedSinceRead
    /// Creating the temporary file beside it, at this path.
    case createTemporaryFile(String)
    /// Writing and syncing the new contents to the temporary file.
    case write
    /// Renaming the temporary file over the original.
    case replace
    /// Creating a new file: something is already at the path, and was not to be replaced.
    case alreadyExists
    /// Creating a new file, or writing it.
    case create
  }

  /// The path of the file, as messages show it.
  public var path: String
  /// What failed.
  public var step: Step
  /// The system's error number (`errno`); 0 for a check that refused the file.
  public var errorNumber: Int32

  /// Creates an error.
  public init(path: String, step: Step, errorNumber: Int32 = 0) {
    self.path = path
    self.step = step
    self.errorNumber = errorNumber
  }

  /// What went wrong and that nothing changed, in words.
  public var message: String {
    let reason = Errno(errorNumber).message
    let what =
      switch step {
      case .inspect: "cannot write '\(path)': \(reason)"
      case .notRegularFile(let kind):
        "cannot write '\(path)': it is \(kind), not a regular file"
      case .hardLinked(let count):
        "cannot write '\(path)': it has \(count) hard links, and replacing it would leave the "
          + "other names with the old contents"
      case .changedSinceRead:
        "cannot write '\(path)': it changed since it was read; run again to check it as it is now"
      case .createTemporaryFile(let temporary):
        "cannot write '\(path)': cannot create the temporary file '\(temporary)' beside it: "
          + reason
      case .write: "cannot write '\(path)': \(reason)"
      case .replace: "cannot write '\(path)': cannot replace it: \(reason)"
      case .alreadyExists:
        "'\(path)' already exists; give --force to replace it, or another file name"
      case .create: "cannot create '\(path)': \(reason)"
      }
    return what + (step == .create ? "; nothing was written" : "; the file is left as it was")
  }

  public var description: String { message }
}
