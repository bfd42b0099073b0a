/// A subcommand of the tool, such as `dump`.
///
/// A command declares what it accepts as data in `specification`; the tool parses the command
/// line against it, answers `--help` from it, and calls `run` with the parsed values. To add a
/// command, write a type conforming to `Command` and list it in `CommandRegistry.commands`.
package protocol Command {
  /// The command's name, help and accepted options and arguments.
  static var specification: CommandSpecification { get }

  /// Runs the command.
  ///
  /// Write output with `context.write`, findings with `context.report`. Throw `UsageError` for
  /// a command line the declaration could not catch (the tool adds the usage line), and
  /// `SourceFileError` for an unreadable file.
  ///
  /// - Returns: `.success`, or `.failure` when the input was invalid.
  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus
}
