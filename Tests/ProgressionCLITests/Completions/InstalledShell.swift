import Foundation

/// A shell the completion tests load their scripts in, found on `$PATH`.
///
/// bash is on every machine. zsh and fish may not be on a developer's: their tests are then
/// skipped, saying so, unless `CI` is set, since `.ci/run` installs them and a missing shell
/// there must fail rather than pass unseen.
enum InstalledShell: String, Sendable {
  case bash
  case zsh
  case fish

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
