/// Where a framework file comes from.
public enum FrameworkOrigin: Hashable, Sendable, CustomStringConvertible {
  /// A folder on disk, as the user or the search path wrote it (`frameworks`, `/srv/ladders`, or
  /// `.` for a file named without a folder). Its `generic` framework is looked up there.
  case directory(String)
  /// Compiled into the tool; its `generic` framework is looked up among the built-in ones.
  case builtIn
  /// Read from standard input; it inherits from no `generic` framework.
  case standardInput

  /// The folder's path, `built-in`, or `standard input`: what a listing shows.
  public var description: String {
    switch self {
    case .directory(let path): path
    case .builtIn: "built-in"
    case .standardInput: "standard input"
    }
  }
}
