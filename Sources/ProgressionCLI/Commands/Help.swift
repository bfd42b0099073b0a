/// `progression help [--man] [<command>]`: the overview, or one command's help; with `--man`,
/// the tool's or the command's man page.
package enum Help: Command {
  static let topic = PositionalSpecification(
    "command",
    help: "The command to explain; without it, all commands.",
    isOptional: true
  )
  .completing(.commands)

  static let man = OptionSpecification.flag(
    "man",
    help: "Print the man page (roff) instead: the tool's, or the command's."
  )

  package static let specification = CommandSpecification(
    name: "help",
    abstract: "Show help for a command.",
    discussion: """
      With --man, prints the man page of the tool, or of the command, as roff to read with
      man or to install: 'progression help --man show > progression-show.1'.
      """,
    options: [man],
    positionals: [topic],
    examples: [
      .init("progression help show", "Describe show: its arguments, options and examples."),
      .init("progression help", "List the commands."),
      .init("progression help --man validate | man -l -", "Read validate's man page."),
    ]
  )

  package static func run(
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws -> ExitStatus {
    let isManual = arguments.isSet(man)
    guard let name = arguments.value(of: topic) else {
      let commands = CommandRegistry.specifications
      context.write(
        isManual
          ? ManPageGenerator.toolPage(commands: commands)
          : HelpGenerator.overview(of: commands, width: width(in: context))
      )
      return .success
    }
    guard let command = CommandRegistry.specification(named: name) else {
      throw CommandRegistry.unknownCommand(name, command: specification)
    }
    context.write(
      isManual
        ? ManPageGenerator.page(for: command)
        : HelpGenerator.help(for: command, width: width(in: context))
    )
    return .success
  }

  /// The width help is wrapped to: the terminal's (or `COLUMNS`) when standard output is one,
  /// else 80 columns.
  static func width(in context: CommandContext) -> Int {
    Terminal(standardOutputOf: context.environment).wrapWidth(requested: nil)
      ?? HelpGenerator.defaultWidth
  }
}
