/// Writes usage lines and help texts from command declarations, wrapped to a width.
package enum HelpGenerator {
  /// The tool's name, as usage lines and messages show it.
  package static let toolName = "progression"

  /// The width help is wrapped to when standard output is not a terminal.
  package static let defaultWidth = 80

  /// The narrowest width help is wrapped to, whatever the terminal says: below it the option
  /// table has no room for its descriptions.
  package static let minimumWidth = 40

  /// `progression show [<options>] <framework>`: the command, `[<options>]` when it declares
  /// any, then its positionals. The options themselves are listed by `--help`.
  package static func usageLine(for command: CommandSpecification) -> String {
    var parts = [toolName, command.name]
    if !command.options.isEmpty { parts.append("[<options>]") }
    parts += command.positionals.map(synopsis)
    return parts.joined(separator: " ")
  }

  /// `<path> ...`, `[<to>]`: a positional as usage lines show it.
  package static func synopsis(of positional: PositionalSpecification) -> String {
    var part = positional.placeholder
    if positional.isRepeating { part += " ..." }
    return positional.isOptional ? "[\(part)]" : part
  }

  /// The usage line of the tool itself.
  package static let toolUsageLine = "\(toolName) <command> [<options>]"

  /// The full help of a command, as `progression COMMAND --help` prints it, wrapped at `width`
  /// columns.
  package static func help(for command: CommandSpecification, width: Int = defaultWidth) -> String {
    let layout = HelpLayout(width: width)
    var text = layout.paragraph("OVERVIEW: \(command.abstract)")
    if let discussion = command.discussion { text += "\n" + layout.reflow(discussion) }
    text += "\n" + layout.paragraph("USAGE: \(usageLine(for: command))", indent: 7)
    if !command.positionals.isEmpty {
      text += "\nARGUMENTS:\n"
      text += layout.table(command.positionals.map { ($0.placeholder, $0.help) })
    }
    text += "\nOPTIONS:\n"
    text += layout.table(command.allOptions.map { (label(for: $0), description(of: $0)) })
    if !command.examples.isEmpty {
      text += "\nEXAMPLES:\n"
      for example in command.examples {
        text += "  " + example.commandLine + "\n"
        text += layout.paragraph(example.summary, indent: 6, firstIndent: 6)
      }
    }
    return text
  }

  /// The tool's overview, as `progression --help` prints it: every command with its abstract.
  package static func overview(
    of commands: [CommandSpecification],
    width: Int = defaultWidth
  ) -> String {
    let layout = HelpLayout(width: width)
    var text = layout.paragraph(
      "OVERVIEW: Read, check and compare engineering progression frameworks."
    )
    text += "\nUSAGE: \(toolUsageLine)\n"
    text += "\nCOMMANDS:\n"
    text += layout.table(commands.map { ($0.name, $0.abstract) })
    text += "\nOPTIONS:\n"
    text += layout.table([
      (label(for: .help), OptionSpecification.help.help),
      ("--version", "Show the version."),
    ])
    text += "\n" + layout.paragraph("See '\(toolName) help <command>' for detailed help.")
    return text
  }

  /// `-f, --format <format>`.
  package static func label(for option: OptionSpecification) -> String {
    var label = option.shortName.map { "-\($0), " } ?? ""
    label += option.longForm
    switch option.kind {
    case .flag: break
    case .value: label += " <\(option.valueName)>"
    case .repeatable: label += " <\(option.valueName)> ..."
    }
    return label
  }

  /// The help line with the accepted values and the default appended.
  package static func description(of option: OptionSpecification) -> String {
    var notes: [String] = []
    if !option.choices.isEmpty { notes.append("values: " + option.choices.joined(separator: ", ")) }
    if let defaultValue = option.defaultValue { notes.append("default: \(defaultValue)") }
    guard !notes.isEmpty else { return option.help }
    return option.help + " (" + notes.joined(separator: "; ") + ")"
  }
}
