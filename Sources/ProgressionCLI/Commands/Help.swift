/// `progression help [<command>]`: the overview, or one command's help.
package enum Help: Command {
  static let topic = PositionalSpecification(
    "command",
    help: "The command to explain; without it, all commands.",
    isOptional: true
  )
  .completing(.commands)

  package static let specification = CommandSpecification(
    name: "help",
    abstract: "Show help for a command.",
    positionals: [topic],
    examples: [
      .init("progression help show", "Describe show: its arguments, options and examples."),
      .init("progression help", "List the commands."),
    ]
  )

  package static func run(
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws -> ExitStatus {
    guard let name = arguments.value(of: topic) else {
      context.write(
        HelpGenerator.overview(of: CommandRegistry.specifications, width: width(in: context))
      )
      return .success
    }
    guard let command = CommandRegistry.specification(named: name) else {
      throw CommandRegistry.unknownCommand(name, command: specification)
    }
    context.write(HelpGenerator.help(for: command, width: width(in: context)))
    return .success
  }

  /// The width help is wrapped to: the terminal's (or `COLUMNS`) when standard output is one,
  /// else 80 columns.
  static func width(in context: CommandContext) -> Int {
    Terminal(standardOutputOf: context.environment).wrapWidth(requested: nil)
      ?? HelpGenerator.defaultWidth
  }
}
