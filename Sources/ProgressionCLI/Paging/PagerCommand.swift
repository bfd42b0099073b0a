/// Which pager long output goes through, as git chooses one: `$PROGRESSION_PAGER`, else
/// `$PAGER`, else `less -FRX` when `less` is installed.
///
/// An empty pager or `cat` means no pager; so does an output that is not a terminal, and
/// `--no-pager` (which the tool applies itself).
package enum PagerCommand {
  /// The pager used when neither variable is set.
  package static let fallback = "less -FRX"

  /// The shell command to pipe output to, or `nil` for none.
  ///
  /// - Parameters:
  ///   - variables: the environment; `PROGRESSION_PAGER` and `PAGER` are read.
  ///   - isTerminal: whether standard output is a terminal.
  ///   - hasLess: whether `less` is on the `PATH`, asked only when needed.
  package static func resolve(
    variables: [String: String],
    isTerminal: Bool,
    hasLess: () -> Bool
  ) -> String? {
    guard isTerminal else { return nil }
    let command: String
    if let chosen = variables["PROGRESSION_PAGER"] ?? variables["PAGER"] {
      command = chosen
    } else if hasLess() {
      command = fallback
    } else {
      return nil
    }
    let trimmed = command.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
    return trimmed.isEmpty || String(trimmed) == "cat" ? nil : command
  }
}
