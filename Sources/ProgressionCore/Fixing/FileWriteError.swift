#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be rewritten, and was left as it was.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The step that failed.
  public enum Step: Hashable, Sendable {
    /// Finding the file and its permissions.
    case inspect
    /// Creating the temporary file beside it, at this path.
    case createTemporaryFile(String)
    /// Writing and syncing the new contents to the temporary file.
    case write
    /// Renaming the temporary file over the original.
    case replace
  }

  /// The path of the file, as messages show it.
  public var path: String
  /// What failed.
  public var step: Step
  /// The system's error number (`errno`).
  public var errorNumber: Int32

  /// Creates an error.
  public init(path: String, step: Step, errorNumber: Int32) {
    self.path = path
    self.step = step
    self.errorNumber = errorNumber
  }

  /// What went wrong and that nothing changed, in words.
  public var message: String {
    let reason = SystemError.describe(errorNumber)
    let what =
      switch step {
      case .inspect: "cannot write '\(path)': \(reason)"
      case .createTemporaryFile(let temporary):
        "cannot write '\(path)': cannot create the temporary file '\(temporary)' beside it: "
          + reason
      case .write: "cannot write '\(path)': \(reason)"
      case .replace: "cannot write '\(path)': cannot replace it: \(reason)"
      }
    return what + "; the file is left as it was"
  }

  public var description: String { message }
}
