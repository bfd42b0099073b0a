/// Writes usage lines and help texts from command declarations.
package enum HelpGenerator {
  /// The tool's name, as usage lines and messages show it.
  package static let toolName = "progression"

  /// `progression dump [--markdown] <path>`: the command, its options, then its positionals.
  ///
  /// `--help` is left out: every command has it, and the help says so.
  package static func usageLine(for command: CommandSpecification) -> String {
    var parts = [toolName, command.name]
    for option in command.options {
      switch option.kind {
      case .flag: parts.append("[\(option.longForm)]")
      case .value: parts.append("[\(option.longForm) <\(option.valueName)>]")
      case .repeatable: parts.append("[\(option.longForm) <\(option.valueName)> ...]")
      }
    }
    for positional in command.positionals {
      var part = positional.placeholder
      if positional.isRepeating { part += " ..." }
      parts.append(positional.isOptional ? "[\(part)]" : part)
    }
    return parts.joined(separator: " ")
  }

  /// The usage line of the tool itself.
  package static let toolUsageLine = "\(toolName) <command> [<options>]"

  /// The full help of a command, as `progression COMMAND --help` prints it.
  package static func help(for command: CommandSpecification) -> String {
    var text = "OVERVIEW: \(command.abstract)\n"
    if let discussion = command.discussion { text += "\n" + reflow(discussion, width: width) }
    text += "\nUSAGE: \(usageLine(for: command))\n"
    if !command.positionals.isEmpty {
      text += "\nARGUMENTS:\n"
      text += table(command.positionals.map { ($0.placeholder, $0.help) })
    }
    text += "\nOPTIONS:\n"
    text += table(command.allOptions.map { (label(for: $0), description(of: $0)) })
    return text
  }

  /// The tool's overview, as `progression --help` prints it: every command with its abstract.
  package static func overview(of commands: [CommandSpecification]) -> String {
    var text = "OVERVIEW: Read, check and compare engineering progression frameworks.\n"
    text += "\nUSAGE: \(toolUsageLine)\n"
    text += "\nCOMMANDS:\n"
    text += table(commands.map { ($0.name, $0.abstract) })
    text += "\nOPTIONS:\n"
    text += table([
      (label(for: .help), OptionSpecification.help.help),
      ("--version", "Show the version."),
    ])
    text += "\nSee '\(toolName) help <command>' for detailed help.\n"
    return text
  }

  /// `-f, --format <format>`.
  private static func label(for option: OptionSpecification) -> String {
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
  private static func description(of option: OptionSpecification) -> String {
    var notes: [String] = []
    if !option.choices.isEmpty { notes.append("values: " + option.choices.joined(separator: ", ")) }
    if let defaultValue = option.defaultValue { notes.append("default: \(defaultValue)") }
    guard !notes.isEmpty else { return option.help }
    return option.help + " (" + notes.joined(separator: "; ") + ")"
  }

  /// Labels in a column, descriptions aligned after them and wrapped at `width`; a label too
  /// long for the column puts its description on the next line.
  private static func table(_ rows: [(label: String, description: String)]) -> String {
    let column = 26
    let indent = String(repeating: " ", count: column)
    var text = ""
    for row in rows {
      let label = "  " + row.label
      let lines = wrap(row.description, width: width - column)
      if label.count + 2 <= column {
        text += label + String(repeating: " ", count: column - label.count)
      } else {
        text += label + "\n" + indent
      }
      text += lines.joined(separator: "\n" + indent) + "\n"
    }
    return text
  }

  /// The width help text is wrapped to.
  private static let width = 80

  /// The paragraphs of `discussion` wrapped at `width`; an indented line (a command to type)
  /// is kept as written.
  private static func reflow(_ discussion: String, width: Int) -> String {
    var text = ""
    var paragraph: [Substring] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      text += wrap(paragraph.joined(separator: " "), width: width).joined(separator: "\n") + "\n"
      paragraph = []
    }
    for line in discussion.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        flush()
        text += "\n"
      } else if line.first == " " {
        flush()
        text += line + "\n"
      } else {
        paragraph.append(line)
      }
    }
    flush()
    return text
  }

  /// Words of `text` in lines of at most `width` characters; a longer word gets a line alone.
  private static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    lines.append(line)
    return lines
  }
}
