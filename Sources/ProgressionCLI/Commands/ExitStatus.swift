/// How a run ended, as the process's exit status.
package enum ExitStatus: Int32, Hashable, Sendable {
  /// The command did what was asked.
  case success = 0
  /// The input was invalid: unreadable, malformed or failing validation.
  case failure = 1
  /// The command line was wrong: unknown command or option, missing argument, bad value.
  case usageError = 2
}
