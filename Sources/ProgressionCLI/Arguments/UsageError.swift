/// A command line the tool cannot run: an unknown command or option, a missing value, ...
///
/// Usage errors are data, rendered by the tool as the message, the usage line of the command
/// concerned and a pointer to its help, and they exit with status 2.
package struct UsageError: Error, Hashable, Sendable {
  /// What is wrong with the command line. Option and argument names are shown as the user
  /// writes them: `--format`, `-f`, `<path>`.
  package enum Reason: Hashable, Sendable {
    /// A command name that no command has, with the nearest known name if one is close.
    case unknownCommand(String, suggestion: String?)
    /// An option the command does not declare, with the nearest declared one if one is close.
    case unknownOption(String, suggestion: String?)
    /// An option that takes a value, given as the last argument or followed by another option.
    case missingValue(option: String)
    /// A flag given a value with `--flag=value`.
    case unexpectedValue(String, option: String)
    /// A value the option does not accept; `expected` says what it does accept.
    case invalidValue(String, option: String, expected: String)
    /// A required positional argument that was not given.
    case missingArgument(String)
    /// A positional argument the command cannot use, such as a level that is not a number;
    /// `argument` is its placeholder (`<from>`) and `expected` says what it accepts.
    case invalidArgument(String, argument: String, expected: String)
    /// An option that does not work with another option or with the arguments given; `context`
    /// completes "cannot be used with …", such as `'--format json'`.
    case incompatibleOption(String, with: String)
    /// More positional arguments than the command takes.
    case unexpectedArgument(String)
    /// An option that takes one value given twice with different values, the first one first.
    case repeatedOption(String, first: String, second: String)
    /// A framework name that several frameworks answer to; the message lists them.
    case ambiguousFramework(message: String)
  }

  /// The problem.
  package var reason: Reason
  /// The command whose usage to show, or `nil` for the tool itself (`progression --bad`).
  package var command: CommandSpecification?

  /// Creates a usage error; the tool fills in `command` when a command throws one without it.
  package init(_ reason: Reason, command: CommandSpecification? = nil) {
    self.reason = reason
    self.command = command
  }

  /// A value outside a fixed set of choices, with the choices listed.
  package static func invalidChoice(
    _ value: String,
    for option: OptionSpecification,
    command: CommandSpecification? = nil
  ) -> Self {
    let choices = option.choices.map { "'\($0)'" }.joined(separator: ", ")
    return Self(
      .invalidValue(value, option: option.longForm, expected: "one of \(choices)"),
      command: command
    )
  }

  /// The message shown after `error:`: lowercase, no final period, user values in quotes.
  package var message: String {
    switch reason {
    case .unknownCommand(let name, let suggestion):
      "unknown command '\(name)'" + Self.hint(suggestion)
    case .unknownOption(let name, let suggestion):
      "unknown option '\(name)'" + Self.hint(suggestion)
    case .missingValue(let option):
      "missing value for option '\(option)'"
    case .unexpectedValue(let value, let option):
      "option '\(option)' takes no value, but was given '\(value)'"
    case .invalidValue(let value, let option, let expected):
      "invalid value '\(value)' for option '\(option)'; expected \(expected)"
    case .missingArgument(let placeholder):
      "missing argument '\(placeholder)'"
    case .invalidArgument(let value, let argument, let expected):
      "invalid value '\(value)' for argument '\(argument)'; expected \(expected)"
    case .incompatibleOption(let option, let context):
      "option '\(option)' cannot be used with \(context)"
    case .unexpectedArgument(let value):
      "unexpected argument '\(value)'"
    case .repeatedOption(let option, let first, let second):
      "option '\(option)' takes one value, but was given '\(first)' and '\(second)'; give it once"
    case .ambiguousFramework(let message):
      message
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }
}
