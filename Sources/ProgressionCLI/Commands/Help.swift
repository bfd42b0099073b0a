/// `progression help [<command>]`: the overview, or one command's help.
enum Help: Command {
  static let topic = PositionalSpecification(
    "command",
    help: "The command to show help for; without it, the list of commands.",
    isOptional: true
  )

  static let specification = CommandSpecification(
    name: "help",
    abstract: "Show help for a command.",
    positionals: [topic]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    guard let name = arguments.value(of: topic) else {
      context.write(HelpGenerator.overview(of: CommandRegistry.specifications))
      return .success
    }
    guard let command = CommandRegistry.specification(named: name) else {
      throw CommandRegistry.unknownCommand(name, command: specification)
    }
    context.write(HelpGenerator.help(for: command))
    return .success
  }
}
