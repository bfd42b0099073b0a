import ProgressionCore

/// Every command the tool has, in the order the overview lists them.
package enum CommandRegistry {
  /// The commands; adding a command is adding it here.
  package static var commands: [any Command.Type] {
    [
      ChecklistCommand.self,
      Compare.self,
      Completion.self,
      Diff.self,
      Dump.self,
      Help.self,
      List.self,
      Matrix.self,
      Progress.self,
      Search.self,
      Show.self,
      Site.self,
      Validate.self,
    ]
  }

  /// The command called `name`, if there is one.
  package static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.specification.name == name }
  }

  /// The declarations of every command, in order.
  package static var specifications: [CommandSpecification] {
    commands.map { $0.specification }
  }

  /// The declaration of the command called `name`, if there is one.
  package static func specification(named name: String) -> CommandSpecification? {
    command(named: name)?.specification
  }

  /// The error for a name no command has, with the nearest command name if one is close.
  static func unknownCommand(_ name: String, command: CommandSpecification? = nil) -> UsageError {
    let names = specifications.map(\.name)
    return UsageError(
      .unknownCommand(name, suggestion: EditDistance.suggestion(for: name, among: names)),
      command: command
    )
  }
}
