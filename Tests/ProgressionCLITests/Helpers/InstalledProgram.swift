import Foundation

/// A program tests run, found on `$PATH`: the shells the completion scripts are loaded in,
/// and `script`, which runs the tool on a pseudo-terminal.
///
/// bash and script (util-linux) are on every Debian machine. zsh and fish may not be on a
/// developer's: their tests are then skipped, saying so, unless `CI` is set, since `.ci/run`
/// installs them and a missing program there must fail rather than pass unseen.
enum InstalledProgram: String, Sendable {
  case bash
  case zsh
  case fish
  case script

  /// The shell's executable, if it is installed.
  var executable: URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":")
      .map { URL(filePath: String($0)).appending(path: rawValue) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path(percentEncoded: false)) }
  }

  /// Whether its tests run: it is installed, or this is CI, where it must be.
  var isTested: Bool {
    executable != nil || ProcessInfo.processInfo.environment["CI"] == "true"
  }
}
