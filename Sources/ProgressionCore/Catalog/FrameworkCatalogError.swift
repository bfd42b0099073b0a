/// Why a framework could not be found or loaded.
public enum FrameworkCatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No framework of that name in any searched place. `available` lists the names that are,
  /// sorted; `searched` lists the places looked in, in order (`built-in` for the built-ins).
  case notFound(name: String, available: [String], searched: [String])
  /// A path (a file given on the command line, or a required directory) that cannot be read.
  case unreadable(SourceFileError)
  /// A directory that must exist (from `--dir`) is a file.
  case notADirectory(path: String)
  /// A path whose extension is not `.md`, `.yml` or `.yaml`.
  case notAFrameworkFile(path: String)
  /// A file that was found but is not a framework: the framework itself, or the `generic`
  /// framework it inherits from. `file` is the file the error's position is in.
  case invalid(FrameworkError, file: SourceFile)

  /// The message shown after `error:`; for `.invalid`, without the file and position, which a
  /// caller shows from `file` and the error's position.
  public var message: String {
    switch self {
    case .notFound(let name, let available, _):
      available.isEmpty
        ? "no framework named '\(name)', and none are available; pass the path of a framework "
          + "file or a folder of them with '--dir'"
        : "no framework named '\(name)'; available: "
          + available.map { "'\($0)'" }.joined(separator: ", ")
    case .unreadable(let error):
      error.message
    case .notADirectory(let path):
      "'\(path)' is not a folder; pass a folder of framework files"
    case .notAFrameworkFile(let path):
      "'\(path)' is not a framework file; use a '.md', '.yml' or '.yaml' file"
    case .invalid(let error, _):
      error.message
    }
  }

  /// The message, with `path:line:column: ` before it for `.invalid`.
  public var description: String {
    if case .invalid(let error, let file) = self {
      return "\(file.path):\(error.position): \(error.message)"
    }
    return message
  }
}
