/// How a run ended, as the process's exit status.
package enum ExitStatus: Int32, Hashable, Sendable {
  /// The command did what was asked.
  case success = 0
  /// The input was invalid: unreadable, malformed or failing validation.
  case failure = 1
  /// The command line was wrong: unknown command or option, missing argument, bad value.
  case usageError = 2
  /// `diff --exit-code` found differences, as `git diff --exit-code` reports them with 1; 3
  /// here, because 1 already means invalid input.
  case differencesFound = 3
  /// Standard output or standard error could not be written (`> /dev/full`); a reader that
  /// went away, as after `| head`, is not a failure.
  case writeFailure = 4
  /// `search` found nothing, as `grep` reports it with 1; 5 here, because 1 already means
  /// invalid input and 3 means differences.
  case nothingFound = 5
}
