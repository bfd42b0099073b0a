/// Why a framework could not be found or loaded.
public enum FrameworkCatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No framework of that name in any searched place. `available` lists the names that are,
  /// sorted; `searched` lists the places looked in, in order (`built-in` for the built-ins).
  case notFound(name: String, available: [String], searched: [String])
  /// A name that several frameworks of one place answer to; `matches` are their paths.
  case ambiguous(name: String, matches: [String], place: String)
  /// A path that is neither a file nor a framework's name; `suggestion` is a framework file
  /// next to where it points (`frameworks/web` → `frameworks/web.md`), when there is one.
  case noSuchFile(path: String, suggestion: String?)
  /// A path (a file given on the command line, or a required directory) that cannot be read.
  case unreadable(SourceFileError)
  /// A directory that must exist (from `--dir`) is a file.
  case notADirectory(path: String)
  /// A path that exists but is not a framework file: its extension is not `.md`, `.yml` or
  /// `.yaml`, or it is not a regular file (a folder, a pipe, a device).
  case notAFrameworkFile(path: String)
  /// A file that was found but is not a framework: the framework itself, or the `generic`
  /// framework it inherits from. `file` is the file the error's position is in.
  case invalid(FrameworkError, file: SourceFile)

  /// The message shown after `error:`; for `.invalid`, without the file and position, which a
  /// caller shows from `file` and the error's position.
  public var message: String {
    switch self {
    case .notFound(let name, let available, _):
      if available.isEmpty {
        "no framework named '\(name)', and none are available; pass the path of a framework "
          + "file or a folder of them with '--dir'"
      } else if let suggestion = EditDistance.suggestion(for: name, among: available) {
        "no framework named '\(name)'; did you mean '\(suggestion)'? available: "
          + available.map { "'\($0)'" }.joined(separator: ", ")
      } else {
        "no framework named '\(name)'; available: "
          + available.map { "'\($0)'" }.joined(separator: ", ")
      }
    case .ambiguous(let name, let matches, let place):
      "'\(name)' names \(matches.count) frameworks in '\(place)': "
        + matches.map { "'\($0)'" }.joined(separator: ", ")
        + "; name one by its path, such as '\(Self.pathName(matches[0], place: place))'"
    case .noSuchFile(let path, let suggestion):
      if let suggestion {
        "no such file or framework '\(path)'; did you mean '\(suggestion)'?"
      } else {
        "no such file or framework '\(path)'"
      }
    case .unreadable(let error):
      error.message
    case .notADirectory(let path):
      "'\(path)' is not a folder; pass a folder of framework files"
    case .notAFrameworkFile(let path) where FrameworkFormat(path: path) != nil:
      "'\(path)' is not a regular file; to read a framework from a pipe, pass '-' and give it "
        + "on standard input"
    case .notAFrameworkFile(let path):
      "'\(path)' is not a framework file; use a '.md', '.yml' or '.yaml' file"
    case .invalid(let error, _):
      error.message
    }
  }

  /// The name that reaches the file at `path` in `place`: its path inside the place without
  /// the extension (`frameworks/a/backend.md` in `frameworks` → `a/backend`).
  static func pathName(_ path: String, place: String) -> String {
    var inside = Substring(path)
    let prefix = place.hasSuffix("/") ? place : place + "/"
    if place != "." && inside.hasPrefix(prefix) { inside = inside.dropFirst(prefix.count) }
    return FilePath.removingExtension(String(inside))
  }

  /// The message, with `path:line:column: ` before it for `.invalid`.
  public var description: String {
    if case .invalid(let error, let file) = self {
      return "\(file.path):\(error.position): \(error.message)"
    }
    return message
  }
}
